import type { Migration } from './migration';

/**
 * Field data packages (src/exchange): what this laptop exported, what the lead imported from which
 * package, and the conflicts a merge set aside. Nothing here is needed to read responses; these
 * tables are the memory of the exchange, so that re-importing a package adds nothing, `--since-last`
 * knows where the previous export stopped, and no version of a response is ever lost.
 *
 * Content hashes are SHA-256 (hex) of a response's canonical content (src/exchange/canonical.ts):
 * they recognise a version of a response seen before without storing it again.
 */
export const exchange: Migration = {
  id: 2,
  name: 'exchange',
  sql: `
    -- Every package this installation wrote. --since-last continues from the highest change_seq
    -- a previous export covered (the laptop's clock can be wrong; change_seq cannot).
    CREATE TABLE package_exports (
      id               INTEGER PRIMARY KEY,
      package_id       TEXT NOT NULL,
      device_id        TEXT NOT NULL,
      file             TEXT NOT NULL,
      sha256           TEXT NOT NULL,
      created_at       INTEGER NOT NULL,
      -- NULL: every form
      form_id          TEXT,
      include_drafts   INTEGER NOT NULL,
      encrypted        INTEGER NOT NULL,
      -- the package holds responses whose change_seq is above after_change_seq, up to up_to_change_seq
      after_change_seq INTEGER NOT NULL,
      up_to_change_seq INTEGER NOT NULL,
      responses        INTEGER NOT NULL
    );
    CREATE INDEX package_exports_by_device ON package_exports (device_id, up_to_change_seq);

    -- Every package file imported, with what it did.
    CREATE TABLE packages (
      id                  INTEGER PRIMARY KEY,
      -- the identifier the exporting laptop gave the package, and the SHA-256 of the file's bytes
      package_id          TEXT NOT NULL,
      file_name           TEXT NOT NULL,
      sha256              TEXT NOT NULL,
      format_version      INTEGER NOT NULL,
      encrypted           INTEGER NOT NULL,
      device_id           TEXT NOT NULL,
      app_version         TEXT NOT NULL,
      -- by the exporting laptop's clock
      created_at          INTEGER NOT NULL,
      imported_at         INTEGER NOT NULL,
      responses           INTEGER NOT NULL,
      added               INTEGER NOT NULL,
      updated             INTEGER NOT NULL,
      duplicates          INTEGER NOT NULL,
      conflicts           INTEGER NOT NULL,
      form_versions_added INTEGER NOT NULL
    );

    -- The same counts broken down by the device and interviewer each response names.
    CREATE TABLE package_interviewers (
      package_id  INTEGER NOT NULL REFERENCES packages(id),
      device_id   TEXT NOT NULL,
      interviewer TEXT NOT NULL,
      responses   INTEGER NOT NULL,
      added       INTEGER NOT NULL,
      updated     INTEGER NOT NULL,
      duplicates  INTEGER NOT NULL,
      conflicts   INTEGER NOT NULL,
      first_started_at INTEGER,
      last_updated_at  INTEGER,
      PRIMARY KEY (package_id, device_id, interviewer)
    ) WITHOUT ROWID;

    -- Provenance: which package brought which version of which response. Duplicates are only
    -- counted (in packages), since they brought nothing. Keyed by response first: a merge asks
    -- "which versions of these responses came before?" for a whole package at once.
    CREATE TABLE package_responses (
      response_uuid TEXT NOT NULL,
      package_id    INTEGER NOT NULL REFERENCES packages(id),
      outcome       TEXT NOT NULL CHECK (outcome IN ('added', 'updated', 'conflict-won', 'conflict-lost')),
      content_hash  TEXT NOT NULL,
      PRIMARY KEY (response_uuid, package_id)
    ) WITHOUT ROWID;
    CREATE INDEX package_responses_by_package ON package_responses (package_id);

    -- Two versions of one response that neither descends from the other. The merge rule put one of
    -- them in responses; both are kept here, as JSON in the package response format, until the
    -- lead resolves the conflict (and after).
    CREATE TABLE response_conflicts (
      id                INTEGER PRIMARY KEY,
      response_uuid     TEXT NOT NULL,
      package_id        INTEGER NOT NULL REFERENCES packages(id),
      detected_at       INTEGER NOT NULL,
      -- current: the database's version when the package arrived; incoming: the package's
      current_hash      TEXT NOT NULL,
      current_version   TEXT NOT NULL,
      incoming_hash     TEXT NOT NULL,
      incoming_version  TEXT NOT NULL,
      winner            TEXT NOT NULL CHECK (winner IN ('current', 'incoming')),
      state             TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved', 'superseded')),
      kept              TEXT CHECK (kept IN ('current', 'incoming')),
      resolved_at       INTEGER,
      -- a version edited after the conflict was recorded and replaced by the resolution
      displaced_version TEXT
    );
    CREATE INDEX response_conflicts_by_response ON response_conflicts (response_uuid, state);
  `,
};
