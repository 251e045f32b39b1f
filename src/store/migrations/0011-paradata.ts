import type { Migration } from './migration';

/**
 * The interview's event log (paradata), as ODK's audit log keeps it: one row per event. Keyed by
 * the device that recorded the event and its sequence on that device, so that the same event
 * brought again by a package is recognised and kept once. The row id of the response (not its
 * uuid) keeps each row short: a log is many small rows. Times are monotonic offsets (ms) from the
 * start of the recording session, whose wall-clock start (`anchor_ms`) each row repeats.
 */
export const paradata: Migration = {
  id: 11,
  name: 'paradata',
  sql: `
    CREATE TABLE paradata_events (
      response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
      device_id   TEXT NOT NULL,
      seq         INTEGER NOT NULL CHECK (seq >= 1),
      event       TEXT NOT NULL CHECK (event IN (
                    'start', 'resume', 'suspend', 'question', 'answer', 'language', 'back', 'jump', 'finalize', 'reopen')),
      -- the question (a path inside a repeat) the event concerns, or NULL
      question    TEXT,
      old_value   TEXT,
      new_value   TEXT,
      anchor_ms   INTEGER NOT NULL,
      offset_ms   INTEGER NOT NULL CHECK (offset_ms >= 0),
      -- 'question': when it was left (offset, ms); NULL for the other events
      end_ms      INTEGER,
      PRIMARY KEY (response_id, device_id, seq)
    ) WITHOUT ROWID;
  `,
};
