import type { Migration } from './migration';

/**
 * Trust in packages (src/exchange/trust.ts) and careful conflict resolution.
 *
 * device_keys: the public key each exporting device signed with, remembered the first time a
 * package from it was imported (trust on first use). A later package that names the device but is
 * signed with another key is refused. Revoking a key keeps its row (its packages stay refused);
 * the next key that device signs with is trusted on first use again.
 *
 * conflict_resolutions: every decision the lead took on a conflict, with the version of the
 * response it replaced, so that a decision can be undone; the per-answer choices when the lead
 * took answers from both sides.
 *
 * The installation's own signing key lives in settings (signing_private_key), made on first need:
 * databases made before this migration get theirs the first time they are opened.
 */
export const packageTrust: Migration = {
  id: 6,
  name: 'package-trust',
  sql: `
    CREATE TABLE device_keys (
      id             INTEGER PRIMARY KEY,
      device_id      TEXT NOT NULL,
      -- base64 of the 32 raw bytes of the Ed25519 public key
      public_key     TEXT NOT NULL,
      first_seen_at  INTEGER NOT NULL,
      -- the file name of the package that introduced the key
      first_package  TEXT NOT NULL,
      last_seen_at   INTEGER NOT NULL,
      packages       INTEGER NOT NULL DEFAULT 0,
      revoked_at     INTEGER,
      UNIQUE (device_id, public_key)
    );
    -- at most one trusted (not revoked) key per device
    CREATE UNIQUE INDEX device_keys_trusted ON device_keys (device_id) WHERE revoked_at IS NULL;

    -- the key that signed each imported package (NULL for packages imported before signing)
    ALTER TABLE packages ADD COLUMN signer_key TEXT;

    CREATE TABLE conflict_resolutions (
      id               INTEGER PRIMARY KEY,
      conflict_id      INTEGER NOT NULL REFERENCES response_conflicts(id),
      resolved_at      INTEGER NOT NULL,
      -- the side whose facts (status, interviewer, times) the resolved version keeps
      kept             TEXT NOT NULL CHECK (kept IN ('current', 'incoming')),
      -- JSON {field: "current" | "incoming"} for answers taken from the other side; NULL: a whole side
      choices          TEXT,
      -- the response as the database held it before, and as the resolution wrote it (package response JSON)
      replaced_version TEXT NOT NULL,
      resolved_version TEXT NOT NULL,
      undone_at        INTEGER
    );
    CREATE INDEX conflict_resolutions_by_conflict ON conflict_resolutions (conflict_id);
  `,
};
