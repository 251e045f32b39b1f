import type { Db } from './database';

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
export function conflictRecorder(db: Db): (conflict: NewConflict) => void {
  const supersede = db.prepare("UPDATE response_conflicts SET state = 'superseded', resolved_at = ? WHERE response_uuid = ? AND state = 'open'");
  const insert = db.prepare(
    `INSERT INTO response_conflicts (response_uuid, package_id, detected_at, current_hash, current_version, incoming_hash,
                                     incoming_version, winner)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (conflict) => {
    supersede.run(conflict.detectedAt, conflict.responseUuid);
    insert.run(
      conflict.responseUuid, conflict.packageRowId, conflict.detectedAt, conflict.currentHash, conflict.currentVersion,
      conflict.incomingHash, conflict.incomingVersion, conflict.winner,
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
  return db
    .prepare(`SELECT ${CONFLICT_COLUMNS} FROM response_conflicts c WHERE c.response_uuid = ? AND c.state = 'open'`)
    .get(uuid) as ConflictRow | undefined;
}

export function closeConflict(db: Db, id: number, kept: ConflictSide, resolvedAt: number, displacedVersion: string | null): void {
  db.prepare("UPDATE response_conflicts SET state = 'resolved', kept = ?, resolved_at = ?, displaced_version = ? WHERE id = ?").run(
    kept, resolvedAt, displacedVersion, id,
  );
}

export function countConflictsByState(db: Db): Record<ConflictState, number> {
  const rows = db.prepare('SELECT state, count(*) AS n FROM response_conflicts GROUP BY state').all() as { state: ConflictState; n: number }[];
  const counts: Record<ConflictState, number> = { open: 0, resolved: 0, superseded: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}
