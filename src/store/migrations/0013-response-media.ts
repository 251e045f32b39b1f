import type { Migration } from './migration';

/**
 * Files attached to answers (photo, audio, video, file, signature): one row per answered media
 * question of a response, keyed by the answer's path ("photo", or "household[2].photo" inside a
 * repeat). The answer itself holds the file name, as ODK's does; the bytes live here so that one
 * database file still holds the whole survey. The size is kept beside the bytes so that the limits
 * per form are summed without reading any BLOB. A rowid table (not WITHOUT ROWID), as SQLite advises
 * for rows this large.
 */
export const responseMedia: Migration = {
  id: 13,
  name: 'response-media',
  sql: `
    CREATE TABLE response_media (
      response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
      question    TEXT NOT NULL,
      file_name   TEXT NOT NULL,
      mime        TEXT NOT NULL,
      size        INTEGER NOT NULL CHECK (size >= 0),
      bytes       BLOB NOT NULL,
      PRIMARY KEY (response_id, question)
    );
  `,
};
