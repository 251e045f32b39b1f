/**
 * Publishing: a checked form model frozen as a version. A version never changes once responses may have been
 * collected with it, so the same number with different content is refused, and new content gets a new number.
 */
import { createHash } from 'node:crypto';
import { codedError } from '../common/errors';
import type { FormAttachment, FormDefinition } from '../form/model';
import { checkForm, countQuestions, storedFields } from '../form';
import type { Db } from '../store/database';
import {
  ensureForm,
  formOf,
  formVersions,
  getFormVersion,
  insertFormVersion,
  latestFormVersion,
  type FormVersionRow,
} from '../store/forms';
import type { PublishedForm } from './types';

/** Refuses a form checkForm finds problems in, with every problem. */
export function requireNoProblems(form: FormDefinition): void {
  const problems = checkForm(form);
  if (problems.length) throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
}

/** Checks a form model and publishes it. */
export function publishCheckedForm(db: Db, form: FormDefinition): PublishedForm {
  requireNoProblems(form);
  return publishForm(db, form);
}

/**
 * Freezes a form model as a version (a form read from a workbook was checked as it was read). Re-publishing the
 * identical model is a no-op; a different model under an existing version number is refused, because responses
 * collected with that version must keep meaning what they meant.
 */
export function publishForm(db: Db, form: FormDefinition, now = new Date()): PublishedForm {
  const frozen: FormDefinition = { ...form, version: form.version || versionStamp(now) };
  const definition = JSON.stringify(frozen);
  const contentHash = createHash('sha256').update(definition).digest('hex');
  const summary = (created: boolean): PublishedForm => ({
    formId: frozen.formId,
    version: frozen.version,
    title: frozen.title,
    languages: frozen.languages.map((language) => language.code),
    questions: countQuestions(frozen),
    created,
  });
  return db
    .transaction(() => {
      const existing = getFormVersion(db, frozen.formId, frozen.version);
      if (existing) {
        if (existing.contentHash === contentHash) return summary(false);
        throw codedError('conflict', 'form-version-differs', { formId: frozen.formId, version: frozen.version });
      }
      ensureForm(db, frozen.formId, frozen.title);
      insertFormVersion(db, {
        formId: frozen.formId,
        version: frozen.version,
        definition,
        fields: storedFields(frozen),
        contentHash,
        publishedAt: Date.now(),
      });
      return summary(true);
    })
    .immediate();
}

/** A form read from a workbook with these files attached, checked as a whole when files were attached. */
export function publishImportedForm(db: Db, form: FormDefinition, attachments: readonly FormAttachment[]): PublishedForm {
  if (!attachments.length) return publishForm(db, form);
  return publishCheckedForm(db, withAttachments(form, attachments));
}

/**
 * The latest version with these files attached, published as a new version: responses already collected keep
 * meaning what they meant. The files are read (by `read`, which checks each) only once the form is known.
 */
export async function attachToForm<File>(
  db: Db,
  formId: string,
  files: readonly File[],
  read: (files: readonly File[]) => Promise<FormAttachment[]>,
  now = new Date(),
): Promise<PublishedForm> {
  if (!Array.isArray(files) || !files.length) throw codedError('bad-input', 'form-attachments-missing', {});
  const latest = findVersion(db, formId);
  const form = withAttachments(formOf(latest), await read(files));
  requireNoProblems(form);
  return publishForm(db, { ...form, version: versionAfter(latest.version, now) });
}

/** The named version, or the latest; a clear message when the form or version does not exist. */
export function findVersion(db: Db, formId: string, version?: string): FormVersionRow {
  const row = version === undefined ? latestFormVersion(db, formId) : getFormVersion(db, formId, version);
  if (row) return row;
  const known = formVersions(db, formId).map((v) => v.version);
  if (!known.length) throw codedError('not-found', 'form-not-found', { formId });
  throw codedError('not-found', 'form-version-not-found', { formId, version: String(version), versions: known.join(', ') });
}

/** The named (or latest) published version with its form model. */
export function publishedVersion(db: Db, formId: string, version?: string): { row: FormVersionRow; form: FormDefinition } {
  const row = findVersion(db, formId, version);
  return { row, form: formOf(row) };
}

/** The form with these files attached, replacing any of the same name (case aside). */
function withAttachments(form: FormDefinition, attachments: readonly FormAttachment[]): FormDefinition {
  const names = new Set(attachments.map((a) => a.fileName.toLowerCase()));
  const kept = (form.attachments ?? []).filter((a) => !names.has(a.fileName.toLowerCase()));
  return { ...form, attachments: [...kept, ...attachments] };
}

/** A version after `current` that sorts after it: the time stamp, or the stamp with a counter when that is not later. */
function versionAfter(current: string, date: Date): string {
  const stamp = versionStamp(date);
  return stamp > current ? stamp : `${current}.1`;
}

/** A version for a workbook without one: yyyymmddhhmm, which sorts in time as ODK's convention does. */
function versionStamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}
