import type { Migration } from './migration';

/**
 * The core tables. Timestamps are integer milliseconds since the epoch (UTC).
 *
 * Answers are stored one row per response, not one row per answer: the values, in the order of
 * the frozen field list of the response's form version (see answer-codec.ts). One row per answer
 * would be 60 million rows for a million respondents, which no SQLite insert path writes at the
 * 100,000 respondents/s the import target asks for (measured: 2 B-tree inserts per respondent
 * reach ~110k/s; 61 reach ~8k/s).
 */
export const initial: Migration = {
  id: 1,
  name: 'initial',
  sql: `
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE forms (
      form_id    TEXT PRIMARY KEY,
      title      TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      -- the designer's working copy (JSON form model) between publishes; NULL when there is none
      draft      TEXT,
      draft_saved_at INTEGER
    );

    CREATE TABLE form_versions (
      id           INTEGER PRIMARY KEY,
      form_id      TEXT NOT NULL REFERENCES forms(form_id),
      version      TEXT NOT NULL,
      -- the frozen form model as JSON; never updated after insert
      definition   TEXT NOT NULL,
      -- JSON array of the field names answers of this version are stored against, in order
      fields       TEXT NOT NULL,
      -- SHA-256 of definition: recognizes the same version arriving from another laptop
      content_hash TEXT NOT NULL,
      published_at INTEGER NOT NULL,
      UNIQUE (form_id, version)
    );

    CREATE TABLE responses (
      id              INTEGER PRIMARY KEY,
      uuid            TEXT NOT NULL UNIQUE,
      form_version_id INTEGER NOT NULL REFERENCES form_versions(id),
      status          TEXT NOT NULL CHECK (status IN ('draft', 'final')),
      interviewer     TEXT NOT NULL DEFAULT '',
      device_id       TEXT NOT NULL,
      language        TEXT,
      started_at      INTEGER NOT NULL,
      finished_at     INTEGER,
      updated_at      INTEGER NOT NULL,
      revision        INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
      -- increases with every write to the response, database-wide; drives --since-last
      -- package exports and tells the analysis column cache when it is stale
      change_seq      INTEGER NOT NULL,
      -- where an unfinished interview stopped (question name), to resume exactly there
      position        TEXT
    );
    CREATE INDEX responses_by_form_version ON responses (form_version_id, status);
    CREATE INDEX responses_by_change ON responses (change_seq);

    CREATE TABLE answers (
      response_id   INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
      answer_values TEXT NOT NULL
    );
  `,
};
