import type { Migration } from './migration';

/**
 * The answers' files of both sides of a conflict, kept with the conflict: the side a merge sets
 * aside (the package's, when the database's version wins) would otherwise lose its photos and
 * recordings, and the lead who later takes answers from that side needs them back. `side` is the
 * conflict's: 'current' (the database's version when the conflict was found) or 'incoming' (the
 * package's). Deleted with the conflict.
 */
export const conflictMedia: Migration = {
  id: 15,
  name: 'conflict-media',
  sql: `
    CREATE TABLE conflict_media (
      conflict_id INTEGER NOT NULL REFERENCES response_conflicts(id) ON DELETE CASCADE,
      side        TEXT NOT NULL CHECK (side IN ('current', 'incoming')),
      question    TEXT NOT NULL,
      file_name   TEXT NOT NULL,
      mime        TEXT NOT NULL,
      size        INTEGER NOT NULL CHECK (size >= 0),
      bytes       BLOB NOT NULL,
      PRIMARY KEY (conflict_id, side, question)
    );
  `,
};
