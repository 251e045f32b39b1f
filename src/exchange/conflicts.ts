/** The conflicts a merge set aside: shown side by side, and resolved by the lead. */
import { notFound } from '../common/errors';
import type { Db } from '../store/database';
import { encodeAnswers } from '../store/answer-codec';
import { closeConflict, listOpenConflicts, openConflictFor } from '../store/conflicts';
import { responseRecordsByUuid, responseWriter, type ResponseRecord } from '../store/responses';
import type { AnswerDifference, ConflictSideName, PackageConflict, PackageResolveResult, PackageResponse } from '../api/spec';
import { factsOfRecord, storedContentHash, toPackageResponse, type ResponseFacts } from './canonical';
import { VersionCatalog } from './versions';

const FACT_NAMES: readonly (keyof ResponseFacts)[] = [
  'formId', 'version', 'status', 'interviewer', 'deviceId', 'language', 'startedAt', 'finishedAt', 'updatedAt', 'revision', 'position',
];

/** Open conflicts, oldest first, each with both sides and what differs between them. */
export function listConflicts(db: Db): PackageConflict[] {
  const rows = listOpenConflicts(db);
  const versions = new VersionCatalog(db);
  const stored = responseRecordsByUuid(db, rows.map((row) => row.responseUuid));
  return rows.map((row) => {
    const current = JSON.parse(row.currentVersion) as PackageResponse;
    const incoming = JSON.parse(row.incomingVersion) as PackageResponse;
    const fields = [
      ...versions.get(current.formId, current.version).fields,
      ...versions.get(incoming.formId, incoming.version).fields,
    ];
    return {
      id: row.id,
      uuid: row.responseUuid,
      formId: current.formId,
      detectedAt: row.detectedAt,
      package: { file: row.packageFile, deviceId: row.packageDeviceId, createdAt: row.packageCreatedAt, importedAt: row.packageImportedAt },
      current,
      incoming,
      winner: row.winner,
      inDatabase: sideInDatabase(stored.get(row.responseUuid), versions, row),
      differences: answerDifferences([...new Set(fields)], current.answers, incoming.answers),
      metadataDifferences: FACT_NAMES.filter((name) => current[name] !== incoming[name]),
    };
  });
}

/**
 * Makes the database hold the chosen side of a response's open conflict. When it already does,
 * the conflict is only marked resolved; otherwise the response is replaced (its change sequence
 * advances, so the next --since-last export carries the decision). A version edited here after
 * the conflict was recorded is kept in the conflict record rather than lost.
 */
export function resolveConflict(db: Db, uuid: string, keep: ConflictSideName, now = Date.now()): PackageResolveResult {
  return db.transaction(() => {
    const conflict = openConflictFor(db, uuid);
    if (!conflict) throw notFound(`there is no open conflict for response ${uuid} (kelisim package conflicts lists them)`);
    const versions = new VersionCatalog(db);
    const record = responseRecordsByUuid(db, [uuid]).get(uuid)!;
    const fields = versions.byStoredId(record.formVersionId).fields;
    const storedHash = storedContentHash(record, fields.length);
    const keptHash = keep === 'current' ? conflict.currentHash : conflict.incomingHash;
    if (storedHash === keptHash) {
      closeConflict(db, conflict.id, keep, now, null);
      return { uuid, conflictId: conflict.id, kept: keep, replaced: false };
    }
    const editedSince = storedHash !== conflict.currentHash && storedHash !== conflict.incomingHash;
    const displaced = editedSince ? JSON.stringify(toPackageResponse(factsOfRecord(record), fields, record.answerValues)) : null;
    const { answers, ...facts } = JSON.parse(keep === 'current' ? conflict.currentVersion : conflict.incomingVersion) as PackageResponse;
    const version = versions.get(facts.formId, facts.version);
    responseWriter(db).replace(record.id, { ...facts, formVersionId: version.id }, encodeAnswers(version.fields, answers));
    closeConflict(db, conflict.id, keep, now, displaced);
    return { uuid, conflictId: conflict.id, kept: keep, replaced: true };
  }).immediate();
}

function sideInDatabase(
  record: ResponseRecord | undefined,
  versions: VersionCatalog,
  conflict: { currentHash: string; incomingHash: string },
): PackageConflict['inDatabase'] {
  if (!record) return 'neither';
  const hash = storedContentHash(record, versions.byStoredId(record.formVersionId).fields.length);
  if (hash === conflict.currentHash) return 'current';
  return hash === conflict.incomingHash ? 'incoming' : 'neither';
}

function answerDifferences(fields: readonly string[], current: Record<string, string>, incoming: Record<string, string>): AnswerDifference[] {
  return fields
    .filter((field) => (current[field] ?? '') !== (incoming[field] ?? ''))
    .map((field) => ({ field, current: current[field] ?? null, incoming: incoming[field] ?? null }));
}
