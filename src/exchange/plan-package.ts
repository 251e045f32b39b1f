/**
 * Lead-to-laptop packages: the form's versions and one interviewer's assignments, in the same signed (and,
 * unless chosen otherwise, encrypted) container as field data packages, so a laptop imports them the same way.
 * The plan inside is checked with the rest of the package before anything is written; importing it replaces
 * that interviewer's previous copy of the plan.
 */
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { formVersions, getForm } from '../store/forms';
import { deviceId, installationKey, keyFingerprint } from '../store/installation';
import { recordExport } from '../store/packages';
import { interviewerResponseUuids, planOfForm, reviewsOfResponses } from '../store/fieldwork';
import type { CarriedPlan, PackageExportResult, PackageFormVersion, PackageManifest } from './types';
import { PACKAGE_EXTENSION, PACKAGE_FORMAT_VERSION, sealPackage } from './container';
import { checkEncryptionChoice } from './export';
import { checkWritableTarget, writeFileAtomically } from '../io/files';

export interface PlanExportOptions {
  formId: string;
  interviewers: readonly string[] | 'all';
  /** The file to write when there is one interviewer, or the folder for one file each. */
  out: { file: string } | { folder: string };
  passphrase?: string;
  unencrypted?: boolean;
  appVersion: string;
  now?: number;
}

/** One package per interviewer; every name is checked against the plan before any file is written. */
export async function exportPlanPackages(db: Db, options: PlanExportOptions): Promise<PackageExportResult[]> {
  checkEncryptionChoice(options);
  const form = getForm(db, options.formId);
  if (!form) throw codedError('not-found', 'plan-no-form', { formId: options.formId });
  const plan = planOfForm(db, options.formId);
  const planned = [...new Set(plan.map((a) => a.interviewer))];
  const interviewers = options.interviewers === 'all' ? planned : [...new Set(options.interviewers)];
  if (!interviewers.length) throw codedError('bad-input', 'plan-package-recipient-needed', undefined);
  for (const interviewer of interviewers) {
    if (!planned.includes(interviewer)) throw codedError('bad-input', 'plan-interviewer-unknown', { interviewer, formId: options.formId });
  }
  if ('file' in options.out && interviewers.length > 1) throw codedError('bad-input', 'plan-package-recipient-needed', undefined);
  const files = interviewers.map((interviewer) =>
    'file' in options.out
      ? path.resolve(options.out.file)
      : path.join(path.resolve(options.out.folder), `plan-${safeName(options.formId)}-${safeName(interviewer)}${PACKAGE_EXTENSION}`),
  );
  files.forEach((file) => checkWritableTarget(file));

  const versions: PackageFormVersion[] = formVersions(db, options.formId).map(({ id: _id, ...version }) => ({
    ...version,
    title: form.title,
  }));
  const signer = installationKey(db);
  const device = deviceId(db);
  const now = options.now ?? Date.now();
  const results: PackageExportResult[] = [];
  for (const [i, interviewer] of interviewers.entries()) {
    const carried: CarriedPlan = { formId: options.formId, interviewer, assignments: plan.filter((a) => a.interviewer === interviewer) };
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT_VERSION,
      packageId: randomUUID(),
      deviceId: device,
      createdAt: now,
      appVersion: options.appVersion,
      interviewers: [],
      counts: [],
      responses: 0,
      scope: { formId: options.formId, includeDrafts: false, afterChangeSeq: 0, upToChangeSeq: 0 },
      recipient: interviewer,
    };
    // The lead's verdicts on this interviewer's responses go back with the plan (a rejected one must be done again).
    const reviews = reviewsOfResponses(db, interviewerResponseUuids(db, options.formId, interviewer));
    const content = { manifest, formVersions: versions, responses: [], plan: carried, ...(reviews.length ? { reviews } : {}) };
    const bytes = await sealPackage(JSON.stringify(content), signer, options.passphrase);
    await writeFileAtomically(files[i], bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Recorded as an export of no responses, so the interface may hand the file over and no later export's range moves.
    recordExport(db, {
      packageId: manifest.packageId,
      deviceId: device,
      file: files[i],
      sha256,
      createdAt: now,
      formId: options.formId,
      includeDrafts: false,
      encrypted: options.passphrase !== undefined,
      afterChangeSeq: 0,
      upToChangeSeq: 0,
      responses: 0,
    });
    results.push({
      file: files[i],
      bytes: bytes.length,
      sha256,
      encrypted: options.passphrase !== undefined,
      signer: keyFingerprint(signer.publicKey),
      manifest,
    });
  }
  return results;
}

/** Letters (any script), digits, - and _ survive in a file name; anything else becomes one dash. */
const safeName = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'x';
