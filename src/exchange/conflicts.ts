/** The conflicts a merge set aside: shown side by side, and resolved by the lead. */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { encodeAnswers } from '../store/answer-codec';
import {
  closeConflict,
  conflictMediaList,
  getResolution,
  listOpenConflicts,
  listResolutions,
  markResolutionUndone,
  openConflictFor,
  recordResolution,
  reopenConflict,
} from '../store/conflicts';
import { getFormVersionById } from '../store/forms';
import { responseRecordsByUuid, responseWriter, type ResponseRecord } from '../store/responses';
import type {
  AnswerDifference,
  ConflictResolutionRecord,
  ConflictSideName,
  PackageConflict,
  PackageResolveArgs,
  PackageResolveResult,
  PackageResponse,
  PackageUndoResolutionResult,
} from './types';
import {
  canonicalFacts,
  contentHash,
  factsOfRecord,
  normalizedAnswers,
  storedContentHash,
  toPackageResponse,
  type ResponseFacts,
} from './canonical';
import { compileStoredDefinition, finalResponseProblems } from './carried-forms';
import { VersionCatalog } from './versions';
import { installConflictMedia } from './media';

const FACT_NAMES: readonly (keyof ResponseFacts)[] = [
  'formId',
  'version',
  'status',
  'interviewer',
  'deviceId',
  'language',
  'startedAt',
  'finishedAt',
  'updatedAt',
  'revision',
  'position',
];

/** Open conflicts, oldest first, each with both sides and what differs between them. */
export function listConflicts(db: Db): PackageConflict[] {
  const rows = listOpenConflicts(db);
  const versions = new VersionCatalog(db);
  const stored = responseRecordsByUuid(
    db,
    rows.map((row) => row.responseUuid),
  );
  const media = conflictMediaList(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const kept = media.get(row.id) ?? [];
    const filesOf = (side: ConflictSideName) => kept.filter((file) => file.side === side).map(({ side: _side, ...file }) => file);
    const current = JSON.parse(row.currentVersion) as PackageResponse;
    const incoming = JSON.parse(row.incomingVersion) as PackageResponse;
    const fields = [...versions.get(current.formId, current.version).fields, ...versions.get(incoming.formId, incoming.version).fields];
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
      files: { current: filesOf('current'), incoming: filesOf('incoming') },
    };
  });
}

/**
 * Makes the database hold the chosen side of a response's open conflict, or a version that takes
 * each differing answer from the side the lead chose. A mixed version is new: a revision above both
 * sides, saved now, checked as finalizing checks an interview when it is final. With `preview`
 * nothing is written. Otherwise the decision is recorded with the version it replaced, so that it
 * can be undone (undoResolution); when the database already holds the outcome the conflict is only
 * marked resolved. A version edited here after the conflict was recorded is kept in the conflict
 * record rather than lost.
 */
export function resolveConflict(db: Db, args: PackageResolveArgs, now = Date.now()): PackageResolveResult {
  const { uuid, keep } = args;
  return db
    .transaction((): PackageResolveResult => {
      const conflict = openConflictFor(db, uuid);
      if (!conflict) throw codedError('not-found', 'package-no-open-conflict', { uuid });
      const versions = new VersionCatalog(db);
      const record = responseRecordsByUuid(db, [uuid]).get(uuid)!;
      const fields = versions.byStoredId(record.formVersionId).fields;
      const stored = toPackageResponse(factsOfRecord(record), fields, record.answerValues);
      const storedHash = storedContentHash(record, fields.length);
      const sides: Record<ConflictSideName, PackageResponse> = {
        current: JSON.parse(conflict.currentVersion) as PackageResponse,
        incoming: JSON.parse(conflict.incomingVersion) as PackageResponse,
      };
      const base = sides[keep];
      const version = versions.get(base.formId, base.version);
      const mixed = mixedAnswers(sides, keep, args.choices ?? {}, version.fields);
      const resolved: PackageResponse = mixed.length
        ? {
            ...base,
            answers: {
              ...base.answers,
              ...Object.fromEntries(mixed.map((field) => [field, sides[args.choices![field]].answers[field] ?? ''])),
            },
            revision: Math.max(sides.current.revision, sides.incoming.revision, record.revision) + 1,
            updatedAt: now,
          }
        : base;
      if (mixed.length && resolved.status === 'final') requireValidFinal(db, version.id, resolved);
      const encoded = encodeAnswers(version.fields, resolved.answers);
      const { answers: _answers, ...facts } = resolved;
      const keptHash = mixed.length
        ? contentHash(canonicalFacts(facts), normalizedAnswers(encoded, version.fields.length))
        : keep === 'current'
          ? conflict.currentHash
          : conflict.incomingHash;
      const replaced = storedHash !== keptHash;
      const outcome = { uuid, conflictId: conflict.id, kept: keep, replaced, resolved, mixed, preview: Boolean(args.preview) };
      if (args.preview) return { ...outcome, resolutionId: null };

      if (replaced) responseWriter(db).replace(record.id, { ...facts, formVersionId: version.id }, encoded);
      // The files follow the answers: a photo answered on the package's side comes back from the conflict's copy.
      installConflictMedia(db, conflict.id, record.id, resolved.answers, (field) => (mixed.includes(field) ? args.choices![field] : keep));
      const editedSince = storedHash !== conflict.currentHash && storedHash !== conflict.incomingHash;
      closeConflict(db, conflict.id, keep, now, replaced && editedSince ? JSON.stringify(stored) : null);
      const resolutionId = recordResolution(db, {
        conflictId: conflict.id,
        resolvedAt: now,
        kept: keep,
        choices: mixed.length ? JSON.stringify(args.choices) : null,
        replacedVersion: JSON.stringify(stored),
        resolvedVersion: JSON.stringify(resolved),
      });
      return { ...outcome, resolutionId };
    })
    .immediate();
}

/**
 * Undoes a decision: the response gets back the version the resolution replaced, and the conflict
 * is open again. Refused when the response changed after the decision (undoing would erase that).
 */
export function undoResolution(db: Db, resolutionId: number, now = Date.now()): PackageUndoResolutionResult {
  return db.transaction((): PackageUndoResolutionResult => {
    const resolution = getResolution(db, resolutionId);
    if (!resolution || !resolution.current) throw codedError('not-found', 'package-resolution-not-found', { id: resolutionId });
    const uuid = resolution.responseUuid;
    const versions = new VersionCatalog(db);
    const record = responseRecordsByUuid(db, [uuid]).get(uuid);
    const resolved = JSON.parse(resolution.resolvedVersion) as PackageResponse;
    const unchanged =
      record !== undefined &&
      sameVersion(
        toPackageResponse(factsOfRecord(record), versions.byStoredId(record.formVersionId).fields, record.answerValues),
        resolved,
      );
    if (!unchanged || openConflictFor(db, uuid)) throw codedError('conflict', 'package-resolution-changed-since', { uuid });
    const { answers, ...facts } = JSON.parse(resolution.replacedVersion) as PackageResponse;
    const version = versions.get(facts.formId, facts.version);
    const encoded = encodeAnswers(version.fields, answers);
    responseWriter(db).replace(record!.id, { ...facts, formVersionId: version.id }, encoded);
    markResolutionUndone(db, resolutionId, now);
    reopenConflict(db, resolution.conflictId);
    // The files of the version restored: from the side it was (a version edited since takes the merge's winner's).
    const conflict = openConflictFor(db, uuid)!;
    const restoredHash = contentHash(canonicalFacts(facts), normalizedAnswers(encoded, version.fields.length));
    const side = restoredHash === conflict.currentHash ? 'current' : restoredHash === conflict.incomingHash ? 'incoming' : conflict.winner;
    installConflictMedia(db, conflict.id, record!.id, answers, () => side);
    return { uuid, resolutionId, restored: { ...facts, answers } };
  })();
}

/** Every decision on a conflict, newest first, for the history. */
export function listConflictResolutions(db: Db): ConflictResolutionRecord[] {
  return listResolutions(db).map((row) => ({
    id: row.id,
    uuid: row.responseUuid,
    resolvedAt: row.resolvedAt,
    kept: row.kept,
    choices: row.choices === null ? null : (JSON.parse(row.choices) as Record<string, ConflictSideName>),
    undoneAt: row.undoneAt,
    canUndo: row.current,
    replaced: JSON.parse(row.replacedVersion) as PackageResponse,
    resolved: JSON.parse(row.resolvedVersion) as PackageResponse,
  }));
}

/** The questions whose answer comes from the other side than `keep`; a choice that is not a differing question is refused. */
function mixedAnswers(
  sides: Record<ConflictSideName, PackageResponse>,
  keep: ConflictSideName,
  choices: Record<string, unknown>,
  fields: readonly string[],
): string[] {
  const differing = new Set(answerDifferences(fields, sides.current.answers, sides.incoming.answers).map((d) => d.field));
  const mixed: string[] = [];
  for (const [field, side] of Object.entries(choices)) {
    if ((side !== 'current' && side !== 'incoming') || !differing.has(field))
      throw codedError('bad-input', 'package-resolve-bad-choice', { field });
    if (side !== keep) mixed.push(field);
  }
  return mixed;
}

function requireValidFinal(db: Db, formVersionId: number, response: PackageResponse): void {
  const row = getFormVersionById(db, formVersionId)!;
  const checked = compileStoredDefinition(row.formId, row.version, row.definition);
  const problems = 'compiled' in checked ? finalResponseProblems(checked.compiled, response, response.answers) : checked.problems;
  if (problems.length) throw codedError('bad-input', 'package-content-refused', { file: response.uuid, count: problems.length }, problems);
}

function sameVersion(a: PackageResponse, b: PackageResponse): boolean {
  const { answers: answersA, ...factsA } = a;
  const { answers: answersB, ...factsB } = b;
  if (canonicalFacts(factsA) !== canonicalFacts(factsB)) return false;
  const keys = new Set([...Object.keys(answersA), ...Object.keys(answersB)]);
  return [...keys].every((key) => (answersA[key] ?? '') === (answersB[key] ?? ''));
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

function answerDifferences(
  fields: readonly string[],
  current: Record<string, string>,
  incoming: Record<string, string>,
): AnswerDifference[] {
  return fields
    .filter((field) => (current[field] ?? '') !== (incoming[field] ?? ''))
    .map((field) => ({ field, current: current[field] ?? null, incoming: incoming[field] ?? null }));
}
