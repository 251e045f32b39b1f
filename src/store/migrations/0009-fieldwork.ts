import type { Migration } from './migration';

/**
 * The lead's fieldwork records. Reviews are keyed by response uuid, not row id, so that a verdict
 * travels with the response between databases. A plan's assignments keep the location answers and
 * quota cells as JSON: they are read whole, never queried by their parts.
 */
export const fieldwork: Migration = {
  id: 9,
  name: 'fieldwork',
  sql: `
    CREATE TABLE response_reviews (
      response_uuid TEXT PRIMARY KEY,
      verdict       TEXT NOT NULL CHECK (verdict IN ('keep', 'reject')),
      reason        TEXT NOT NULL DEFAULT '',
      reviewed_at   INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE plan_assignments (
      form_id       TEXT NOT NULL REFERENCES forms(form_id),
      assignment_id TEXT NOT NULL,
      position      INTEGER NOT NULL,
      interviewer   TEXT NOT NULL,
      target        INTEGER NOT NULL CHECK (target >= 0),
      -- JSON object: question name → the answer an interview from this assignment starts with
      location      TEXT NOT NULL,
      -- JSON array of {question, choice, target}
      quotas        TEXT NOT NULL,
      PRIMARY KEY (form_id, assignment_id)
    ) WITHOUT ROWID;
  `,
};
