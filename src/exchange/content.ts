/**
 * The content of a package (the JSON inside the container, see container.ts) and its validation.
 * A package is checked completely before anything is merged: its shape, its own counts, every
 * form version it carries (parsed and checked as `form import` checks a form, carried-forms.ts),
 * every response's form version (carried by the package or known to the database, with the same
 * content hash), uuids, statuses, that answers name only fields of their version, and every final
 * response's answers as finalizing an interview checks them. Checking and
 * preparing happen in one pass, so a large package is walked once and its answer maps are dropped
 * as soon as each response is encoded for storage.
 */
import { codedError, codedProblem, type Problem } from '../common/errors';
import type { CompiledForm } from '../form';
import { isUuid } from '../common/ids';
import { encodeAnswerArray, encodeCleanAnswerArray } from '../store/answer-codec';
import type { CarriedPlan, PackageFormVersion, PackageManifest, PackageResponse, PackageVersionCount } from './types';
import type { ParadataEvent } from '../store/paradata-types';
import type { ResponseFacts } from './canonical';
import { checkCarriedVersion, compileStoredDefinition, finalResponseProblems } from './carried-forms';
import { checkPackageParadata } from './paradata';
import { checkCarriedPlan } from './carried-plan';
import { checkPackageReviews } from './reviews';
import type { StoredReview } from '../store/fieldwork';
import { checkPackageMedia, type IncomingMedia } from './media';

export interface PackageContent {
  manifest: PackageManifest;
  formVersions: PackageFormVersion[];
  responses: PackageResponse[];
  /** Quality reviews of the responses the package concerns (added after format 2; optional). */
  reviews?: StoredReview[];
}

/** A response ready to merge. */
export interface IncomingResponse {
  facts: ResponseFacts;
  /** The answers in the version's field order (answer-codec.ts); '' when the version is unknown (inspect only). */
  encoded: string;
  /** Its event log, when the package carries one (exchange/paradata.ts). */
  paradata?: ParadataEvent[];
  /** Its answers' files, when the package carries some (exchange/media.ts). */
  media?: IncomingMedia[];
}

export interface CheckedContent {
  manifest: PackageManifest;
  formVersions: PackageFormVersion[];
  responses: IncomingResponse[];
  /** A lead-to-laptop package: one interviewer's assignments (carried-plan.ts). */
  plan?: CarriedPlan;
  /** Quality reviews of responses (reviews.ts); empty when the package carries none. */
  reviews: StoredReview[];
}

/** A form version known outside the package: in the database, or in another package of the same import. */
export type VersionLookup = (
  formId: string,
  version: string,
) => { fields: readonly string[]; contentHash: string; definition: string } | undefined;

export interface CheckOptions {
  /** The header's format version, which the manifest must repeat. */
  format: number;
  /**
   * Versions known outside the package. Without it (inspect, which has no database) a response
   * of a version the package does not carry is accepted unchecked.
   */
  knownVersions?: VersionLookup;
}

/** Enough to list every problem of a laptop's bad day; beyond it, the count says how many more. */
const MAX_LISTED_PROBLEMS = 200;
/**
 * Raw control characters cannot stand in JSON strings, so an answer can only hold one through an
 * escape (or as a raw DEL). Text without these needs no per-answer cleaning. The search over-matches
 * (\\u00e9 is é; an escaped backslash before "b"), which only costs the cleaning; plain substring
 * searches scan one-byte text at memory speed, unlike a regular expression.
 */
const CONTROL_CHARACTER_SIGNS = ['\\u00', '\\b', '\\f', '\x7f'];
const mayHoldControlCharacters = (json: string) => CONTROL_CHARACTER_SIGNS.some((sign) => json.includes(sign));
const STATUSES = new Set(['draft', 'final']);

export const versionKey = (formId: string, version: string) => `${formId}\u0000${version}`;

/** Parses, checks and prepares a package's content; a bad-input error lists every problem found. */
export function checkPackageContent(json: string, fileName: string, options: CheckOptions): CheckedContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw codedError('bad-input', 'package-content-not-json', { file: fileName });
  }
  if (!isObject(parsed) || !isObject(parsed.manifest) || !Array.isArray(parsed.formVersions) || !Array.isArray(parsed.responses)) {
    throw codedError('bad-input', 'package-content-incomplete', { file: fileName });
  }
  const problems = new ProblemList(fileName);
  const manifest = checkManifest(parsed.manifest, options.format, problems);
  const versions = checkFormVersions(parsed.formVersions, options.knownVersions, problems);
  const clean = !mayHoldControlCharacters(json);
  const responses = checkResponses(parsed.responses, versions.fieldsByKey, options.knownVersions, clean, problems);
  if (manifest) checkManifestCounts(manifest, responses, problems);
  const carried = checkCarriedPlan(parsed.plan, parsed.manifest.recipient, versions.list);
  carried.problems.forEach((problem) => problems.addProblem(problem));
  const reviews = checkPackageReviews(parsed.reviews);
  reviews.problems.forEach((problem) => problems.addProblem(problem));
  problems.throwIfAny();
  return {
    manifest: manifest as PackageManifest,
    formVersions: versions.list,
    responses,
    reviews: reviews.reviews,
    ...(carried.plan ? { plan: carried.plan } : {}),
  };
}

function checkManifest(value: Record<string, unknown>, format: number, problems: ProblemList): PackageManifest | undefined {
  const scope = isObject(value.scope) ? value.scope : undefined;
  const valid =
    value.format === format &&
    typeof value.packageId === 'string' &&
    isText(value.deviceId) &&
    isTime(value.createdAt) &&
    typeof value.appVersion === 'string' &&
    isStringArray(value.interviewers) &&
    Array.isArray(value.counts) &&
    value.counts.every(isVersionCount) &&
    Number.isSafeInteger(value.responses) &&
    scope !== undefined &&
    (scope.formId === null || typeof scope.formId === 'string') &&
    typeof scope.includeDrafts === 'boolean' &&
    Number.isSafeInteger(scope.afterChangeSeq) &&
    Number.isSafeInteger(scope.upToChangeSeq);
  if (!valid) {
    problems.addProblem(codedProblem('package-manifest-incomplete', { format }));
    return undefined;
  }
  return value as unknown as PackageManifest;
}

interface VersionFields {
  fields: readonly string[];
  /** Field name → position in the stored answers. */
  positions: Map<string, number>;
  /** The compiled form final responses are checked against; null when the form itself was refused. */
  compiled: () => CompiledForm | null;
}

const positionsOf = (fields: readonly string[]) => new Map(fields.map((field, position) => [field, position]));

function checkFormVersions(values: unknown[], known: VersionLookup | undefined, problems: ProblemList) {
  const versions = new Map<string, VersionFields>();
  const list: PackageFormVersion[] = [];
  values.forEach((value, index) => {
    if (
      !isObject(value) ||
      !isText(value.formId) ||
      typeof value.title !== 'string' ||
      !isText(value.version) ||
      typeof value.definition !== 'string' ||
      !isStringArray(value.fields) ||
      !isText(value.contentHash) ||
      !isTime(value.publishedAt)
    ) {
      problems.addProblem(codedProblem('package-version-incomplete', { index: index + 1 }));
      return;
    }
    const version = value as unknown as PackageFormVersion;
    const name = { formId: version.formId, version: version.version };
    const key = versionKey(version.formId, version.version);
    if (versions.has(key)) return problems.addProblem(codedProblem('package-version-twice', name));
    const positions = positionsOf(version.fields);
    if (positions.size !== version.fields.length || version.fields.some((field) => field === '')) {
      return problems.addProblem(codedProblem('package-version-fields-bad', name));
    }
    const existing = known?.(version.formId, version.version);
    if (existing && existing.contentHash !== version.contentHash) {
      return problems.addProblem(
        codedProblem('package-version-differs', { ...name, here: short(version.contentHash), there: short(existing.contentHash) }),
      );
    }
    if (existing && !sameList(existing.fields, version.fields)) {
      return problems.addProblem(codedProblem('package-version-fields-differ', name));
    }
    const checked = checkCarriedVersion(version);
    if ('problems' in checked) {
      checked.problems.forEach((problem) => problems.addProblem(problem));
      versions.set(key, { fields: version.fields, positions, compiled: () => null });
      return;
    }
    versions.set(key, { fields: version.fields, positions, compiled: () => checked.compiled });
    list.push(version);
  });
  return { list, fieldsByKey: versions };
}

function checkResponses(
  values: unknown[],
  carried: Map<string, VersionFields>,
  known: VersionLookup | undefined,
  clean: boolean,
  problems: ProblemList,
): IncomingResponse[] {
  const seen = new Set<string>();
  const external = new Map<string, VersionFields | null>();
  const versionOf = (formId: string, version: string): VersionFields | null | undefined => {
    const key = versionKey(formId, version);
    const inPackage = carried.get(key);
    if (inPackage) return inPackage;
    if (!known) return undefined;
    if (!external.has(key)) {
      const stored = known(formId, version);
      external.set(
        key,
        stored
          ? {
              fields: stored.fields,
              positions: positionsOf(stored.fields),
              compiled: storedCompiler(formId, version, stored.definition, problems),
            }
          : null,
      );
    }
    return external.get(key);
  };

  const prepared: IncomingResponse[] = new Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!isObject(value)) {
      problems.addProblem(codedProblem('package-response-not-record', { index: index + 1 }));
      continue;
    }
    const problemsBefore = problems.count;
    const uuid = value.uuid;
    const at = { index: index + 1, uuid: typeof uuid === 'string' ? uuid : '' };
    // Named in other languages' messages too: the uuid, or the place in the package when it has none.
    const label = at.uuid || `#${at.index}`;
    if (typeof uuid !== 'string' || !isUuid(uuid)) problems.addProblem(codedProblem('package-response-uuid-bad', at));
    else if (seen.has(uuid)) problems.addProblem(codedProblem('package-response-uuid-twice', at));
    else seen.add(uuid);
    if (!STATUSES.has(value.status as string))
      problems.addProblem(codedProblem('package-response-status-bad', { ...at, status: JSON.stringify(value.status) ?? 'undefined' }));
    if (
      typeof value.interviewer !== 'string' ||
      !isText(value.deviceId) ||
      !isNullableString(value.language) ||
      !isNullableString(value.position) ||
      !isTime(value.startedAt) ||
      !(value.finishedAt === null || isTime(value.finishedAt)) ||
      !isTime(value.updatedAt) ||
      !Number.isSafeInteger(value.revision) ||
      (value.revision as number) < 1
    ) {
      problems.addProblem(codedProblem('package-response-facts-bad', at));
    }
    if (!isText(value.formId) || !isText(value.version)) {
      problems.addProblem(codedProblem('package-response-no-version', at));
      continue;
    }
    const answers = value.answers;
    if (!isObject(answers)) {
      problems.addProblem(codedProblem('package-response-answers-bad', at));
      continue;
    }
    const version = versionOf(value.formId, value.version);
    if (version === null) {
      problems.addProblem(codedProblem('package-response-version-unknown', { ...at, formId: value.formId, version: value.version }));
      continue;
    }
    const facts: ResponseFacts = {
      uuid: uuid as string,
      formId: value.formId,
      version: value.version,
      status: value.status as ResponseFacts['status'],
      interviewer: value.interviewer as string,
      deviceId: value.deviceId as string,
      language: value.language as string | null,
      startedAt: value.startedAt as number,
      finishedAt: value.finishedAt as number | null,
      updatedAt: value.updatedAt as number,
      revision: value.revision as number,
      position: value.position as string | null,
    };
    const log = checkPackageParadata(value.paradata, label);
    log.problems.forEach((problem) => problems.addProblem(problem));
    const files = checkPackageMedia(value.media, label);
    files.problems.forEach((problem) => problems.addProblem(problem));
    const carried = { ...(log.events ? { paradata: log.events } : {}), ...(files.files?.length ? { media: files.files } : {}) };
    if (version === undefined) {
      prepared[index] = { facts, encoded: '', ...carried };
      continue;
    }
    // One pass over the answers both checks them and puts them in storage order.
    const stored = new Array<string>(version.fields.length).fill('');
    for (const field in answers) {
      const position = version.positions.get(field);
      const answer = answers[field];
      if (position === undefined) {
        problems.addProblem(codedProblem('package-response-field-unknown', { ...at, field, formId: value.formId, version: value.version }));
      } else if (typeof answer !== 'string') {
        problems.addProblem(codedProblem('package-response-answer-not-text', { ...at, field }));
      } else {
        stored[position] = answer;
      }
    }
    // Only a response whose shape is sound is checked as an interview: its other problems are listed already.
    if (facts.status === 'final' && problems.count === problemsBefore) {
      const compiled = version.compiled();
      if (compiled)
        finalResponseProblems(compiled, facts, answers as Record<string, string>).forEach((problem) => problems.addProblem(problem));
    }
    prepared[index] = { facts, encoded: clean ? encodeCleanAnswerArray(stored) : encodeAnswerArray(stored), ...carried };
  }
  return prepared;
}

/** Compiles a version the database holds the first time a final response of it is checked. */
function storedCompiler(formId: string, version: string, definition: string, problems: ProblemList): () => CompiledForm | null {
  let compiled: CompiledForm | null | undefined;
  return () => {
    if (compiled === undefined) {
      const checked = compileStoredDefinition(formId, version, definition);
      if ('problems' in checked) checked.problems.forEach((problem) => problems.addProblem(problem));
      compiled = 'compiled' in checked ? checked.compiled : null;
    }
    return compiled;
  };
}

/** The manifest's counts must be the content's: a package that miscounts itself is not trusted. */
function checkManifestCounts(manifest: PackageManifest, responses: IncomingResponse[], problems: ProblemList): void {
  if (problems.count > 0) return;
  if (manifest.responses !== responses.length) {
    problems.addProblem(codedProblem('package-manifest-total-wrong', { announced: manifest.responses, held: responses.length }));
    return;
  }
  const actual = countByVersion(responses.map((r) => r.facts));
  const announced = new Map(manifest.counts.map((c) => [versionKey(c.formId, c.version), c]));
  const agree =
    actual.length === announced.size &&
    actual.every((c) => {
      const other = announced.get(versionKey(c.formId, c.version));
      return other !== undefined && other.final === c.final && other.draft === c.draft;
    });
  if (!agree) problems.addProblem(codedProblem('package-manifest-counts-wrong', {}));
}

/** Final and draft responses per form version, in order of first appearance. */
export function countByVersion(responses: Iterable<Pick<ResponseFacts, 'formId' | 'version' | 'status'>>): PackageVersionCount[] {
  const counts = new Map<string, PackageVersionCount>();
  for (const r of responses) {
    const key = versionKey(r.formId, r.version);
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { formId: r.formId, version: r.version, final: 0, draft: 0 }));
    count[r.status]++;
  }
  return [...counts.values()];
}

class ProblemList {
  private readonly problems: Problem[] = [];
  count = 0;

  constructor(private readonly file: string) {}

  addProblem(problem: Problem): void {
    this.count++;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ file: this.file, ...problem });
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    const more = this.count - this.problems.length;
    const listed =
      more > 0
        ? [...this.problems, codedProblem('problems-more', { count: more, listed: this.problems.length }, { file: this.file })]
        : this.problems;
    throw codedError('bad-input', 'package-content-refused', { file: this.file, count: this.count }, listed);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isNullableString = (value: unknown) => value === null || typeof value === 'string';
const isTime = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isVersionCount = (value: unknown) =>
  isObject(value) &&
  isText(value.formId) &&
  isText(value.version) &&
  Number.isSafeInteger(value.final) &&
  Number.isSafeInteger(value.draft);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const short = (hash: string) => hash.slice(0, 12);
