/** Writing a field data package: this laptop's responses and the form versions they need, in one file. */
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { codedError } from '../common/errors';
import { ignoreProgress, throttledProgress, type ProgressReporter } from '../common/progress';
import type { Db } from '../store/database';
import { getForm, getFormVersionById } from '../store/forms';
import { deviceId, installationKey, keyFingerprint } from '../store/installation';
import { lastExportedChangeSeq, recordExport } from '../store/packages';
import { highestChangeSeq, listResponseRecords } from '../store/responses';
import type { PackageExportArgs, PackageExportResult, PackageFormVersion, PackageManifest, PackageResponse } from './types';
import { factsOfRecord, toPackageResponse } from './canonical';
import { MIN_PASSPHRASE_LENGTH, PACKAGE_FORMAT_VERSION, sealPackage } from './container';
import { countByVersion, type PackageContent } from './content';
import { checkWritableTarget, writeFileAtomically } from '../io/files';
import { attachParadata } from './paradata';
import { paradataOfResponses } from '../store/paradata';
import { reviewsOfResponses } from '../store/fieldwork';
import { attachMediaToPackage } from './media';
import { mediaFilesOf } from '../store/media';

export interface ExportOptions extends Omit<PackageExportArgs, 'out'> {
  /** The package file to write (the API layer has decided where it may go). */
  out: string;
  appVersion: string;
  now?: number;
}

/**
 * Exports responses (finalized ones and those ended over quota, unless all drafts are asked for) into one package file. With
 * `sinceLast`, only responses written after this device's previous export of the same or a wider
 * scope: the database's change sequence decides, not the laptop's clock, which may be wrong.
 * The export is recorded once the file is in place.
 */
export async function exportPackage(
  db: Db,
  options: ExportOptions,
  progress: ProgressReporter = ignoreProgress,
): Promise<PackageExportResult> {
  const file = path.resolve(options.out);
  checkWritableTarget(file);
  checkEncryptionChoice(options);
  const formId = options.formId ?? null;
  if (formId !== null && !getForm(db, formId)) throw codedError('not-found', 'form-not-found', { formId });
  const includeDrafts = Boolean(options.includeDrafts);
  const device = deviceId(db);
  const now = options.now ?? Date.now();

  const snapshot = db.transaction(() => {
    const afterChangeSeq = options.sinceLast ? lastExportedChangeSeq(db, device, { formId, includeDrafts }) : 0;
    const records = listResponseRecords(db, {
      formId: formId ?? undefined,
      statuses: includeDrafts ? undefined : ['final'],
      // Interviews ended over quota are ended, not unfinished work: they travel with their "over quota" review, so
      // the lead's progress counts them (and analysis leaves them out there as here).
      withOverQuota: true,
      changedAfter: afterChangeSeq,
      // Practice (demo) responses are never field data: no package carries them, so no merge can bring them in.
      includeDemo: false,
    });
    const media = new Map(records.map((r) => [r.id, mediaFilesOf(db, r.id)] as const));
    return {
      afterChangeSeq,
      upToChangeSeq: highestChangeSeq(db),
      records,
      paradata: paradataOfResponses(
        db,
        records.map((r) => r.id),
      ),
      media,
    };
  })();

  const formVersions = new Map<number, PackageFormVersion>();
  const report = throttledProgress(progress);
  const responses: PackageResponse[] = snapshot.records.map((record, index) => {
    let version = formVersions.get(record.formVersionId);
    if (!version) {
      const stored = getFormVersionById(db, record.formVersionId)!;
      const { id: _id, ...carried } = stored;
      version = { ...carried, title: getForm(db, stored.formId)?.title ?? stored.formId };
      formVersions.set(record.formVersionId, version);
    }
    report({ phase: 'read', done: index + 1, total: snapshot.records.length });
    return toPackageResponse(factsOfRecord(record), version.fields, record.answerValues);
  });
  attachParadata(responses, snapshot.records, snapshot.paradata);
  attachMediaToPackage(responses, snapshot.records, snapshot.media);

  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT_VERSION,
    packageId: randomUUID(),
    deviceId: device,
    createdAt: now,
    appVersion: options.appVersion,
    interviewers: [...new Set(responses.map((r) => r.interviewer))].sort(),
    counts: countByVersion(responses),
    responses: responses.length,
    scope: { formId, includeDrafts, afterChangeSeq: snapshot.afterChangeSeq, upToChangeSeq: snapshot.upToChangeSeq },
  };
  const reviews = reviewsOfResponses(
    db,
    responses.map((r) => r.uuid),
  );
  const content: PackageContent = { manifest, formVersions: [...formVersions.values()], responses, ...(reviews.length ? { reviews } : {}) };

  progress({ phase: 'write', done: 0, total: 1 });
  const signer = installationKey(db);
  const bytes = await sealPackage(JSON.stringify(content), signer, options.passphrase);
  await writeFileAtomically(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  recordExport(db, {
    packageId: manifest.packageId,
    deviceId: device,
    file,
    sha256,
    createdAt: now,
    formId,
    includeDrafts,
    encrypted: options.passphrase !== undefined,
    afterChangeSeq: snapshot.afterChangeSeq,
    upToChangeSeq: snapshot.upToChangeSeq,
    responses: responses.length,
  });
  progress({ phase: 'write', done: 1, total: 1 });
  return {
    file,
    bytes: bytes.length,
    sha256,
    encrypted: options.passphrase !== undefined,
    signer: keyFingerprint(signer.publicKey),
    manifest,
  };
}

/**
 * Responses hold ethnicity and religion: a package is encrypted unless a plain one is chosen
 * explicitly, and a passphrase must be worth its name.
 */
export function checkEncryptionChoice(options: Pick<ExportOptions, 'passphrase' | 'unencrypted'>): void {
  if (options.passphrase === undefined) {
    if (options.unencrypted !== true) throw codedError('bad-input', 'package-encryption-choice-needed', undefined);
    return;
  }
  if (options.unencrypted === true) throw codedError('bad-input', 'package-passphrase-and-plain', undefined);
  if (!isStrongEnoughPassphrase(options.passphrase))
    throw codedError('bad-input', 'package-passphrase-too-short', { min: MIN_PASSPHRASE_LENGTH });
}

/** At least MIN_PASSPHRASE_LENGTH characters besides spaces at its ends (the screens check the same before calling). */
export function isStrongEnoughPassphrase(passphrase: string): boolean {
  return [...passphrase.normalize('NFC').trim()].length >= MIN_PASSPHRASE_LENGTH;
}
