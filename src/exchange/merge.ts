/**
 * Merging checked packages into the database, all of them in ONE transaction: a crash, a kill or
 * an error anywhere leaves the database exactly as it was.
 *
 * Each incoming version of a response is, compared with the stored one of the same uuid:
 *   - added      no stored response has its uuid;
 *   - duplicate  identical content (canonical.ts), or a version this database met before (a package
 *                that brought it, or a conflict that recorded it): re-importing any package, even an
 *                old one, changes nothing. A package imported before (the same package id and file
 *                hash) is recognised as a whole; otherwise versions packages brought are recognised
 *                by their content hash, looked up for a whole package at once before any response
 *                is read;
 *   - updated    a later version (higher revision, or the same revision saved later) from the device
 *                whose package brought the stored version, which nobody has changed here since: the
 *                laptop edited or finished its own response again;
 *   - conflict   anything else: both sides changed. The merge rule keeps one in `responses`:
 *                the higher revision; on equal revisions the later updatedAt; on equal times the
 *                version with the greater content hash (an arbitrary but fixed choice, so every
 *                database merging the same packages, in any order, keeps the same version). Both
 *                sides go to `response_conflicts` for the lead to confirm or reverse; when the
 *                incoming side wins, the response is also counted as updated.
 * Form versions a package brings that the database lacks are added first (their forms too).
 */
import type { Db } from '../store/database';
import { addFormIfMissing, insertFormVersion } from '../store/forms';
import { responseRecordsByUuid, responseWriter, type NewResponse, type ResponseRecord, type ResponseWriter } from '../store/responses';
import {
  finishPackageRecord,
  provenanceWriter,
  startPackageRecord,
  versionMemory,
  versionsNotBroughtBefore,
  wasImportedBefore,
  type InterviewerTally,
  type MergeTally,
  type VersionMemory,
} from '../store/packages';
import { conflictRecorder, putConflictMedia } from '../store/conflicts';
import { mediaFilesOf } from '../store/media';
import { rememberDeviceKey } from '../store/device-keys';
import { deviceId } from '../store/installation';
import { throttledProgress, type ProgressReporter } from '../common/progress';
import type { PackageImportResult, PackageMergeCounts } from './types';
import { canonicalFacts, contentHash, factsOfRecord, normalizedAnswers, toPackageResponse } from './canonical';
import type { IncomingResponse } from './content';
import { VersionCatalog } from './versions';
import { mergePackageParadata } from './paradata';
import { mergeCarriedPlan } from './carried-plan';
import { mergePackageReviews } from './reviews';
import { mergePackageMedia } from './media';
import type { ReadPackage } from './read';

export interface MergeOutcome {
  totals: PackageMergeCounts;
  packages: PackageImportResult['packages'];
}

type Verdict = 'added' | 'duplicate' | 'updated' | 'conflict-won' | 'conflict-lost';

export interface VersionTiebreak {
  revision: number;
  updatedAt: number;
  hash: string;
}

/** The merge rule for two versions that do not descend from each other (see the module comment). */
export function conflictWinner(current: VersionTiebreak, incoming: VersionTiebreak): 'current' | 'incoming' {
  if (incoming.revision !== current.revision) return incoming.revision > current.revision ? 'incoming' : 'current';
  if (incoming.updatedAt !== current.updatedAt) return incoming.updatedAt > current.updatedAt ? 'incoming' : 'current';
  return incoming.hash > current.hash ? 'incoming' : 'current';
}

export function mergePackages(db: Db, packages: readonly ReadPackage[], now: number, progress: ProgressReporter): MergeOutcome {
  return db.transaction(() => new Merge(db, now, packages, progress).run()).immediate();
}

class Merge {
  private readonly writer: ResponseWriter;
  private readonly remember: ReturnType<typeof provenanceWriter>;
  private readonly memory: VersionMemory;
  private readonly recordConflict: ReturnType<typeof conflictRecorder>;
  private readonly versions: VersionCatalog;
  private readonly report: ProgressReporter;
  private readonly total: number;
  private readonly ownDevice: string;
  private done = 0;

  constructor(
    private readonly db: Db,
    private readonly now: number,
    private readonly packages: readonly ReadPackage[],
    progress: ProgressReporter,
  ) {
    this.writer = responseWriter(db);
    this.remember = provenanceWriter(db);
    this.memory = versionMemory(db);
    this.recordConflict = conflictRecorder(db);
    this.versions = new VersionCatalog(db);
    this.report = throttledProgress(progress);
    this.total = packages.reduce((sum, p) => sum + p.content.responses.length, 0);
    this.ownDevice = deviceId(db);
  }

  run(): MergeOutcome {
    const totals: PackageMergeCounts = { added: 0, updated: 0, duplicates: 0, conflicts: 0, forms: 0 };
    const results = this.packages.map((pkg) => {
      const counts = this.mergePackage(pkg);
      for (const key of Object.keys(totals) as (keyof PackageMergeCounts)[]) totals[key] += counts[key];
      const { packageId, deviceId } = pkg.content.manifest;
      const plan = pkg.content.plan;
      const carried = plan ? { plan: { formId: plan.formId, interviewer: plan.interviewer, assignments: plan.assignments.length } } : {};
      return { file: pkg.name, sha256: pkg.sha256, packageId, deviceId, responses: pkg.content.responses.length, ...counts, ...carried };
    });
    return { totals, packages: results };
  }

  private mergePackage(pkg: ReadPackage): PackageMergeCounts {
    const { manifest, formVersions, responses } = pkg.content;
    const importedBefore = wasImportedBefore(this.db, manifest.packageId, pkg.sha256);
    const packageRowId = startPackageRecord(this.db, {
      packageId: manifest.packageId,
      fileName: pkg.name,
      sha256: pkg.sha256,
      format: pkg.format,
      encrypted: pkg.encrypted,
      deviceId: manifest.deviceId,
      appVersion: manifest.appVersion,
      createdAt: manifest.createdAt,
      importedAt: this.now,
      responses: responses.length,
      signerKey: pkg.signerKey.toString('base64'),
    });
    // Trust on first use: the key this package was signed with now speaks for its device (import.ts checked it may).
    if (manifest.deviceId !== this.ownDevice) {
      rememberDeviceKey(this.db, {
        deviceId: manifest.deviceId,
        publicKey: pkg.signerKey.toString('base64'),
        packageFile: pkg.name,
        at: this.now,
      });
    }
    let forms = 0;
    for (const version of formVersions) {
      if (this.versions.has(version.formId, version.version)) continue;
      addFormIfMissing(this.db, version.formId, version.title, this.now);
      const { title: _title, ...stored } = version;
      this.versions.add({ ...version, id: insertFormVersion(this.db, stored) });
      forms++;
    }

    const tally: MergeTally = { added: 0, updated: 0, duplicates: 0, conflicts: 0 };
    const byInterviewer = new Map<string, InterviewerTally>();
    const verdicts = importedBefore
      ? responses.map((): Verdict => 'duplicate')
      : this.mergeResponses(responses, packageRowId, manifest.deviceId);
    // The logs merge whatever became of the answers; a package imported before brought them already.
    if (!importedBefore) mergePackageParadata(this.db, responses);
    // A plan from the lead replaces this interviewer's copy even when the same package comes again: it is the lead's word.
    if (pkg.content.plan) mergeCarriedPlan(this.db, pkg.content.plan);
    mergePackageReviews(this.db, pkg.content.reviews);
    // Files follow the answers the merge kept (a package imported before brought them already).
    if (!importedBefore) mergePackageMedia(this.db, responses);
    for (const [i, incoming] of responses.entries()) {
      count(tally, verdicts[i]);
      count(this.interviewerTally(byInterviewer, incoming), verdicts[i]);
    }
    this.done += responses.length;
    this.report({ phase: 'merge', done: this.done, total: this.total });
    finishPackageRecord(this.db, packageRowId, { ...tally, formVersionsAdded: forms }, byInterviewer.values());
    return { ...tally, forms };
  }

  /** Verdicts for a package's responses, in order; only versions no package brought before are read and compared. */
  private mergeResponses(responses: readonly IncomingResponse[], packageRowId: number, packageDevice: string): Verdict[] {
    const hashes = responses.map((r) => contentHash(canonicalFacts(r.facts), r.encoded));
    const verdicts = responses.map((): Verdict => 'duplicate');
    const fresh = versionsNotBroughtBefore(
      this.db,
      responses.map((r, i) => r.facts.uuid + hashes[i]),
    );
    const stored = responseRecordsByUuid(
      this.db,
      fresh.map((i) => responses[i].facts.uuid),
    );
    for (const i of fresh) {
      verdicts[i] = this.mergeResponse(responses[i], hashes[i], stored.get(responses[i].facts.uuid), packageRowId, packageDevice);
      this.report({ phase: 'merge', done: this.done + i + 1, total: this.total });
    }
    return verdicts;
  }

  private mergeResponse(
    incoming: IncomingResponse,
    incomingHash: string,
    current: ResponseRecord | undefined,
    packageRowId: number,
    packageDevice: string,
  ): Verdict {
    const { facts } = incoming;
    const target = this.versions.get(facts.formId, facts.version);
    const meta: NewResponse = { ...facts, formVersionId: target.id };
    if (!current) {
      this.writer.insert(meta, incoming.encoded);
      this.remember(packageRowId, facts.uuid, 'added', incomingHash);
      return 'added';
    }

    const sameFacts = sameStoredFacts(current, meta);
    if (sameFacts && current.answerValues === incoming.encoded) return 'duplicate';
    const currentFields = this.versions.byStoredId(current.formVersionId).fields;
    const currentAnswers = normalizedAnswers(current.answerValues, currentFields.length);
    if (sameFacts && currentAnswers === incoming.encoded) return 'duplicate';

    if (this.memory.seenBefore(facts.uuid, incomingHash)) return 'duplicate';
    const currentFacts = factsOfRecord(current);
    const currentHash = contentHash(canonicalFacts(currentFacts), currentAnswers);
    const later = facts.revision > current.revision || (facts.revision === current.revision && facts.updatedAt > current.updatedAt);
    if (later && this.memory.receivedFrom(facts.uuid, currentHash, packageDevice)) {
      this.writer.replace(current.id, meta, incoming.encoded);
      this.remember(packageRowId, facts.uuid, 'updated', incomingHash);
      return 'updated';
    }

    const winner = conflictWinner(
      { revision: current.revision, updatedAt: current.updatedAt, hash: currentHash },
      { revision: facts.revision, updatedAt: facts.updatedAt, hash: incomingHash },
    );
    const conflictId = this.recordConflict({
      responseUuid: facts.uuid,
      packageRowId,
      detectedAt: this.now,
      currentHash,
      currentVersion: JSON.stringify(toPackageResponse(currentFacts, currentFields, currentAnswers)),
      incomingHash,
      incomingVersion: JSON.stringify(toPackageResponse(facts, target.fields, incoming.encoded)),
      winner,
    });
    // Both sides' files stay with the conflict: the side set aside keeps its photos for the lead's decision.
    putConflictMedia(this.db, conflictId, 'current', mediaFilesOf(this.db, current.id));
    putConflictMedia(
      this.db,
      conflictId,
      'incoming',
      (incoming.media ?? []).map((file) => ({ ...file, size: file.bytes.length })),
    );
    if (winner === 'incoming') this.writer.replace(current.id, meta, incoming.encoded);
    const verdict = winner === 'incoming' ? 'conflict-won' : 'conflict-lost';
    this.remember(packageRowId, facts.uuid, verdict, incomingHash);
    return verdict;
  }

  private interviewerTally(byInterviewer: Map<string, InterviewerTally>, incoming: IncomingResponse): InterviewerTally {
    const { deviceId, interviewer, startedAt, updatedAt } = incoming.facts;
    const key = `${deviceId}\u0000${interviewer}`;
    let tally = byInterviewer.get(key);
    if (!tally) {
      tally = {
        deviceId,
        interviewer,
        responses: 0,
        added: 0,
        updated: 0,
        duplicates: 0,
        conflicts: 0,
        firstStartedAt: startedAt,
        lastUpdatedAt: updatedAt,
      };
      byInterviewer.set(key, tally);
    }
    tally.responses++;
    tally.firstStartedAt = Math.min(tally.firstStartedAt!, startedAt);
    tally.lastUpdatedAt = Math.max(tally.lastUpdatedAt!, updatedAt);
    return tally;
  }
}

/** Every stored fact equal (the form version by its id, which stands for form and version name). */
function sameStoredFacts(stored: ResponseRecord, incoming: NewResponse): boolean {
  return (
    stored.formVersionId === incoming.formVersionId &&
    stored.status === incoming.status &&
    stored.interviewer === incoming.interviewer &&
    stored.deviceId === incoming.deviceId &&
    stored.language === incoming.language &&
    stored.startedAt === incoming.startedAt &&
    stored.finishedAt === incoming.finishedAt &&
    stored.updatedAt === incoming.updatedAt &&
    stored.revision === incoming.revision &&
    stored.position === incoming.position
  );
}

function count(tally: MergeTally, verdict: Verdict): void {
  if (verdict === 'added') tally.added++;
  else if (verdict === 'duplicate') tally.duplicates++;
  else if (verdict === 'updated') tally.updated++;
  else {
    tally.conflicts++;
    if (verdict === 'conflict-won') tally.updated++;
  }
}
