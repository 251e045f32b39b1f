import type { Migration } from './migration';

/**
 * Answers stored column by column for analysis (see columns.ts): one row per form and field,
 * holding every response's value as a dictionary code. A cache only — rebuilt from the responses
 * whenever it no longer matches them — so it can be dropped at any time.
 */
export const columnCache: Migration = {
  id: 3,
  name: 'column-cache',
  sql: `
    CREATE TABLE column_cache (
      form_id        TEXT NOT NULL,
      field          TEXT NOT NULL,
      -- what the cached column was built from: the form's responses up to this response id,
      -- their number and their highest change_seq; any write to them changes one of these
      max_response_id INTEGER NOT NULL,
      row_count      INTEGER NOT NULL,
      max_change_seq INTEGER NOT NULL,
      -- 'codes': Int32 per response (id order) indexing the JSON array in dictionary, -1 = no answer;
      -- 'float64': one number per response (ids, timestamps), dictionary unused
      encoding       TEXT NOT NULL CHECK (encoding IN ('codes', 'float64')),
      dictionary     TEXT NOT NULL,
      -- the array's bytes, little-endian
      data           BLOB NOT NULL,
      PRIMARY KEY (form_id, field)
    ) WITHOUT ROWID;
  `,
};
