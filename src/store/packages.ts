import type { Db } from './database';

/** Facts about one package this installation exported. */
export interface ExportRow {
  packageId: string;
  deviceId: string;
  file: string;
  sha256: string;
  createdAt: number;
  formId: string | null;
  includeDrafts: boolean;
  encrypted: boolean;
  afterChangeSeq: number;
  upToChangeSeq: number;
  responses: number;
}

export function recordExport(db: Db, row: ExportRow): void {
  db.prepare(
    `INSERT INTO package_exports (package_id, device_id, file, sha256, created_at, form_id, include_drafts, encrypted,
                                  after_change_seq, up_to_change_seq, responses)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.packageId,
    row.deviceId,
    row.file,
    row.sha256,
    row.createdAt,
    row.formId,
    Number(row.includeDrafts),
    Number(row.encrypted),
    row.afterChangeSeq,
    row.upToChangeSeq,
    row.responses,
  );
}

/**
 * Where the previous export of this device stopped, among exports that covered at least the asked
 * scope: an export of one form does not cover the others, and one without drafts does not cover
 * drafts. 0 when there was none (everything is new).
 */
export function lastExportedChangeSeq(db: Db, deviceId: string, scope: { formId: string | null; includeDrafts: boolean }): number {
  const row = db
    .prepare(
      `SELECT coalesce(max(up_to_change_seq), 0) AS upTo FROM package_exports
        WHERE device_id = ? AND (form_id IS NULL OR form_id = ?) AND (include_drafts = 1 OR ? = 0)`,
    )
    .get(deviceId, scope.formId, Number(scope.includeDrafts)) as { upTo: number };
  return row.upTo;
}

export function listExports(db: Db): ExportRow[] {
  const rows = db
    .prepare(
      `SELECT package_id AS packageId, device_id AS deviceId, file, sha256, created_at AS createdAt, form_id AS formId,
              include_drafts AS includeDrafts, encrypted, after_change_seq AS afterChangeSeq,
              up_to_change_seq AS upToChangeSeq, responses
         FROM package_exports ORDER BY id DESC`,
    )
    .all() as (Omit<ExportRow, 'includeDrafts' | 'encrypted'> & { includeDrafts: number; encrypted: number })[];
  return rows.map((row) => ({ ...row, includeDrafts: Boolean(row.includeDrafts), encrypted: Boolean(row.encrypted) }));
}

/** Facts about an imported package file, known before merging it. */
export interface ImportedPackageFacts {
  packageId: string;
  fileName: string;
  sha256: string;
  format: number;
  encrypted: boolean;
  deviceId: string;
  appVersion: string;
  createdAt: number;
  importedAt: number;
  responses: number;
  /** base64 of the Ed25519 public key that signed the package; null for packages imported before signing. */
  signerKey: string | null;
}

export interface MergeTally {
  added: number;
  updated: number;
  duplicates: number;
  conflicts: number;
}

export interface InterviewerTally extends MergeTally {
  deviceId: string;
  interviewer: string;
  responses: number;
  firstStartedAt: number | null;
  lastUpdatedAt: number | null;
}

/** This very package (the same package id and file hash) was imported into this database before. */
export function wasImportedBefore(db: Db, packageId: string, sha256: string): boolean {
  return Boolean(db.prepare('SELECT EXISTS (SELECT 1 FROM packages WHERE package_id = ? AND sha256 = ?)').pluck().get(packageId, sha256));
}

/** Starts the record of one imported package (counts filled in by finishPackageRecord); returns its id. */
export function startPackageRecord(db: Db, facts: ImportedPackageFacts): number {
  const result = db
    .prepare(
      `INSERT INTO packages (package_id, file_name, sha256, format_version, encrypted, device_id, app_version, created_at,
                             imported_at, responses, signer_key, added, updated, duplicates, conflicts, form_versions_added)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)`,
    )
    .run(
      facts.packageId,
      facts.fileName,
      facts.sha256,
      facts.format,
      Number(facts.encrypted),
      facts.deviceId,
      facts.appVersion,
      facts.createdAt,
      facts.importedAt,
      facts.responses,
      facts.signerKey,
    );
  return Number(result.lastInsertRowid);
}

export function finishPackageRecord(
  db: Db,
  packageRowId: number,
  totals: MergeTally & { formVersionsAdded: number },
  byInterviewer: Iterable<InterviewerTally>,
): void {
  db.prepare('UPDATE packages SET added = ?, updated = ?, duplicates = ?, conflicts = ?, form_versions_added = ? WHERE id = ?').run(
    totals.added,
    totals.updated,
    totals.duplicates,
    totals.conflicts,
    totals.formVersionsAdded,
    packageRowId,
  );
  const insert = db.prepare(
    `INSERT INTO package_interviewers (package_id, device_id, interviewer, responses, added, updated, duplicates, conflicts,
                                       first_started_at, last_updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of byInterviewer) {
    insert.run(
      packageRowId,
      row.deviceId,
      row.interviewer,
      row.responses,
      row.added,
      row.updated,
      row.duplicates,
      row.conflicts,
      row.firstStartedAt,
      row.lastUpdatedAt,
    );
  }
}

export type ProvenanceOutcome = 'added' | 'updated' | 'conflict-won' | 'conflict-lost';

/** Records which package brought which version of a response (statement prepared once per merge). */
export function provenanceWriter(db: Db): (packageRowId: number, uuid: string, outcome: ProvenanceOutcome, contentHash: string) => void {
  const insert = db.prepare('INSERT INTO package_responses (package_id, response_uuid, outcome, content_hash) VALUES (?, ?, ?, ?)');
  return (packageRowId, uuid, outcome, contentHash) => {
    insert.run(packageRowId, uuid, outcome, contentHash);
  };
}

/** What the database remembers about earlier versions of a response (statements prepared once per merge). */
export interface VersionMemory {
  /** A package or a conflict brought or recorded this version of the response before. */
  seenBefore(uuid: string, contentHash: string): boolean;
  /** This version of the response arrived in a package exported by that device. */
  receivedFrom(uuid: string, contentHash: string, deviceId: string): boolean;
}

export function versionMemory(db: Db): VersionMemory {
  const seen = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM package_responses WHERE response_uuid = ? AND content_hash = ?)
         OR EXISTS (SELECT 1 FROM response_conflicts WHERE response_uuid = ? AND ? IN (current_hash, incoming_hash))`,
    )
    .pluck();
  const received = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM package_responses pr JOIN packages p ON p.id = pr.package_id
                     WHERE pr.response_uuid = ? AND pr.content_hash = ? AND p.device_id = ?
                       AND pr.outcome IN ('added', 'updated', 'conflict-won'))`,
    )
    .pluck();
  return {
    seenBefore: (uuid, hash) => Boolean(seen.get(uuid, hash, uuid, hash)),
    receivedFrom: (uuid, hash, deviceId) => Boolean(received.get(uuid, hash, deviceId)),
  };
}

/**
 * Which of the given versions (each `uuid + content hash`, the uuid being 36 characters) no package
 * brought before: their positions in the list, found in one query without reading the responses.
 */
export function versionsNotBroughtBefore(db: Db, versionKeys: readonly string[]): number[] {
  return db
    .prepare(
      `SELECT j.key FROM json_each(?) j
        WHERE NOT EXISTS (SELECT 1 FROM package_responses pr
                           WHERE pr.response_uuid = substr(j.value, 1, 36) AND pr.content_hash = substr(j.value, 37))`,
    )
    .pluck()
    .all(JSON.stringify(versionKeys)) as number[];
}

export interface ImportedPackageRow extends ImportedPackageFacts, MergeTally {
  id: number;
  formVersionsAdded: number;
  interviewers: InterviewerTally[];
}

/** Every imported package, newest first, with its counts by device and interviewer. */
export function listImportedPackages(db: Db): ImportedPackageRow[] {
  const packages = db
    .prepare(
      `SELECT id, package_id AS packageId, file_name AS fileName, sha256, format_version AS format, encrypted,
              device_id AS deviceId, app_version AS appVersion, created_at AS createdAt, imported_at AS importedAt,
              responses, signer_key AS signerKey, added, updated, duplicates, conflicts, form_versions_added AS formVersionsAdded
         FROM packages ORDER BY id DESC`,
    )
    .all() as (Omit<ImportedPackageRow, 'encrypted' | 'interviewers'> & { encrypted: number })[];
  const interviewers = db
    .prepare(
      `SELECT package_id AS packageId, device_id AS deviceId, interviewer, responses, added, updated, duplicates, conflicts,
              first_started_at AS firstStartedAt, last_updated_at AS lastUpdatedAt
         FROM package_interviewers ORDER BY package_id, device_id, interviewer`,
    )
    .all() as (InterviewerTally & { packageId: number })[];
  const byPackage = new Map<number, InterviewerTally[]>();
  for (const { packageId, ...row } of interviewers) {
    const list = byPackage.get(packageId) ?? [];
    list.push(row);
    byPackage.set(packageId, list);
  }
  return packages.map((row) => ({ ...row, encrypted: Boolean(row.encrypted), interviewers: byPackage.get(row.id) ?? [] }));
}
