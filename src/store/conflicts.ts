import type { Db } from './database';
import type { MediaFile } from './media';

export type ConflictSide = 'current' | 'incoming';
export type ConflictState = 'open' | 'resolved' | 'superseded';

/** Two versions of one response, each as JSON text in the package response format. */
export interface NewConflict {
  responseUuid: string;
  packageRowId: number;
  detectedAt: number;
  currentHash: string;
  currentVersion: string;
  incomingHash: string;
  incomingVersion: string;
  winner: ConflictSide;
}

export interface ConflictRow extends NewConflict {
  id: number;
  state: ConflictState;
  kept: ConflictSide | null;
  resolvedAt: number | null;
  displacedVersion: string | null;
}

export interface OpenConflictRow extends ConflictRow {
  packageFile: string;
  packageDeviceId: string;
  packageCreatedAt: number;
  packageImportedAt: number;
}

const CONFLICT_COLUMNS = `c.id, c.response_uuid AS responseUuid, c.package_id AS packageRowId, c.detected_at AS detectedAt,
  c.current_hash AS currentHash, c.current_version AS currentVersion, c.incoming_hash AS incomingHash,
  c.incoming_version AS incomingVersion, c.winner, c.state, c.kept, c.resolved_at AS resolvedAt,
  c.displaced_version AS displacedVersion`;

/**
 * Records conflicts during a merge (statements prepared once). A response has at most one open
 * conflict: a newer one supersedes the open one, whose versions stay recorded.
 */
export function conflictRecorder(db: Db): (conflict: NewConflict) => number {
  const supersede = db.prepare(
    "UPDATE response_conflicts SET state = 'superseded', resolved_at = ? WHERE response_uuid = ? AND state = 'open'",
  );
  const insert = db.prepare(
    `INSERT INTO response_conflicts (response_uuid, package_id, detected_at, current_hash, current_version, incoming_hash,
                                     incoming_version, winner)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (conflict) => {
    supersede.run(conflict.detectedAt, conflict.responseUuid);
    return Number(
      insert.run(
        conflict.responseUuid,
        conflict.packageRowId,
        conflict.detectedAt,
        conflict.currentHash,
        conflict.currentVersion,
        conflict.incomingHash,
        conflict.incomingVersion,
        conflict.winner,
      ).lastInsertRowid,
    );
  };
}

/** Open conflicts, oldest first, with the package that raised each. */
export function listOpenConflicts(db: Db): OpenConflictRow[] {
  return db
    .prepare(
      `SELECT ${CONFLICT_COLUMNS}, p.file_name AS packageFile, p.device_id AS packageDeviceId,
              p.created_at AS packageCreatedAt, p.imported_at AS packageImportedAt
         FROM response_conflicts c JOIN packages p ON p.id = c.package_id
        WHERE c.state = 'open' ORDER BY c.id`,
    )
    .all() as OpenConflictRow[];
}

export function openConflictFor(db: Db, uuid: string): ConflictRow | undefined {
  return db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM response_conflicts c WHERE c.response_uuid = ? AND c.state = 'open'`).get(uuid) as
    ConflictRow | undefined;
}

export function closeConflict(db: Db, id: number, kept: ConflictSide, resolvedAt: number, displacedVersion: string | null): void {
  db.prepare("UPDATE response_conflicts SET state = 'resolved', kept = ?, resolved_at = ?, displaced_version = ? WHERE id = ?").run(
    kept,
    resolvedAt,
    displacedVersion,
    id,
  );
}

export function countConflictsByState(db: Db): Record<ConflictState, number> {
  const rows = db.prepare('SELECT state, count(*) AS n FROM response_conflicts GROUP BY state').all() as {
    state: ConflictState;
    n: number;
  }[];
  const counts: Record<ConflictState, number> = { open: 0, resolved: 0, superseded: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}

/** Puts a resolved conflict back in the list of open ones (its resolution was undone). */
export function reopenConflict(db: Db, id: number): void {
  db.prepare("UPDATE response_conflicts SET state = 'open', kept = NULL, resolved_at = NULL, displaced_version = NULL WHERE id = ?").run(
    id,
  );
}

export interface NewResolution {
  conflictId: number;
  resolvedAt: number;
  kept: ConflictSide;
  /** JSON {field: side} of answers taken per question; null when one side was kept whole. */
  choices: string | null;
  replacedVersion: string;
  resolvedVersion: string;
}

export interface ResolutionRow extends NewResolution {
  id: number;
  responseUuid: string;
  undoneAt: number | null;
  /** The conflict is resolved by this very resolution (not reopened, superseded or resolved again). */
  current: boolean;
}

export function recordResolution(db: Db, resolution: NewResolution): number {
  const result = db
    .prepare(
      `INSERT INTO conflict_resolutions (conflict_id, resolved_at, kept, choices, replaced_version, resolved_version)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      resolution.conflictId,
      resolution.resolvedAt,
      resolution.kept,
      resolution.choices,
      resolution.replacedVersion,
      resolution.resolvedVersion,
    );
  return Number(result.lastInsertRowid);
}

const RESOLUTION_COLUMNS = `r.id, r.conflict_id AS conflictId, r.resolved_at AS resolvedAt, r.kept, r.choices,
  r.replaced_version AS replacedVersion, r.resolved_version AS resolvedVersion, r.undone_at AS undoneAt,
  c.response_uuid AS responseUuid,
  (r.undone_at IS NULL AND c.state = 'resolved' AND r.id = (SELECT max(id) FROM conflict_resolutions WHERE conflict_id = c.id)) AS current`;

/** Every resolution, newest first. */
export function listResolutions(db: Db): ResolutionRow[] {
  const rows = db
    .prepare(
      `SELECT ${RESOLUTION_COLUMNS} FROM conflict_resolutions r JOIN response_conflicts c ON c.id = r.conflict_id ORDER BY r.id DESC`,
    )
    .all() as (Omit<ResolutionRow, 'current'> & { current: number })[];
  return rows.map((row) => ({ ...row, current: Boolean(row.current) }));
}

export function getResolution(db: Db, id: number): ResolutionRow | undefined {
  const row = db
    .prepare(`SELECT ${RESOLUTION_COLUMNS} FROM conflict_resolutions r JOIN response_conflicts c ON c.id = r.conflict_id WHERE r.id = ?`)
    .get(id) as (Omit<ResolutionRow, 'current'> & { current: number }) | undefined;
  return row && { ...row, current: Boolean(row.current) };
}

export function markResolutionUndone(db: Db, id: number, at: number): void {
  db.prepare('UPDATE conflict_resolutions SET undone_at = ? WHERE id = ?').run(at, id);
}

export interface ConflictMediaFile extends MediaFile {
  side: ConflictSide;
}

/** Keeps the files of one side of a conflict (migration 15). */
export function putConflictMedia(db: Db, conflictId: number, side: ConflictSide, files: readonly MediaFile[]): void {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO conflict_media (conflict_id, side, question, file_name, mime, size, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const file of files) insert.run(conflictId, side, file.question, file.fileName, file.mime, file.size, file.bytes);
}

/** The files kept with a conflict, both sides, with their bytes. */
export function conflictMediaFiles(db: Db, conflictId: number): ConflictMediaFile[] {
  return db
    .prepare(
      `SELECT side, question, file_name AS fileName, mime, size, bytes FROM conflict_media WHERE conflict_id = ? ORDER BY side, question`,
    )
    .all(conflictId) as ConflictMediaFile[];
}

/** The files kept with conflicts, without their bytes, by conflict id (for listing both sides). */
export function conflictMediaList(db: Db, conflictIds: readonly number[]): Map<number, Omit<ConflictMediaFile, 'bytes'>[]> {
  const byConflict = new Map<number, Omit<ConflictMediaFile, 'bytes'>[]>();
  const statement = db.prepare(
    `SELECT side, question, file_name AS fileName, mime, size FROM conflict_media WHERE conflict_id = ? ORDER BY side, question`,
  );
  for (const id of conflictIds) byConflict.set(id, statement.all(id) as Omit<ConflictMediaFile, 'bytes'>[]);
  return byConflict;
}
