import { createHash } from 'node:crypto';
import type { ApiContext } from '../context';
import path from 'node:path';
import { allowedInput, refusePathFromInterface } from '../file-access';
import type { FileInput, FormsApi, HandlersOf, PublishedForm } from '../spec';
import { codedError } from '../../common/errors';
import type { FormAttachment, FormDefinition } from '../../form/model';
import { checkForm, countQuestions, readCsvAttachment, readXlsForm, storedFields, writeXlsForm } from '../../form';
import {
  ensureForm, formVersions, getFormVersion, insertFormVersion, latestFormVersion, listForms, type FormVersionRow,
} from '../../store/forms';
import { readSourceFile, writeFileAtomically } from '../../io/files';

export function formsHandlers(ctx: ApiContext): HandlersOf<FormsApi> {
  return {
    // Forms that can be interviewed: a form only the designer knows (never published) is listed by designer.list.
    'forms.list': async () =>
      listForms(ctx.db).filter((form) => form.versions.length).map((form) => ({
        formId: form.formId,
        title: form.title,
        versions: form.versions,
        responses: form.drafts + form.finals,
        drafts: form.drafts,
        finals: form.finals,
        demo: form.demo,
      })),

    'forms.import': async ({ file, attachments }) => {
      const source = await readSourceFile(allowedInput(ctx, file, 'file'));
      const read = await readXlsForm(source.bytes, source.name);
      const form = attachments?.length ? withAttachments(read, await readAttachments(ctx, attachments)) : read;
      const problems = attachments?.length ? checkForm(form) : [];
      if (problems.length) throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
      return publishForm(ctx, form);
    },

    'forms.attach': async ({ formId, files }) => {
      if (!Array.isArray(files) || !files.length) throw codedError('bad-input', 'form-attachments-missing', {});
      const latest = findVersion(ctx, formId);
      const attached = await readAttachments(ctx, files);
      const form = withAttachments(JSON.parse(latest.definition) as FormDefinition, attached);
      const problems = checkForm(form);
      if (problems.length) throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
      // New content needs a new version: responses already collected keep meaning what they meant.
      return publishForm(ctx, { ...form, version: nextVersion(latest.version, new Date()) });
    },

    'forms.publish': async ({ form }) => {
      const problems = checkForm(form);
      if (problems.length) throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
      return publishForm(ctx, form);
    },

    'forms.get': async ({ formId, version }) => {
      const row = findVersion(ctx, formId, version);
      return {
        formId,
        version: row.version,
        versionId: row.id,
        publishedAt: row.publishedAt,
        form: JSON.parse(row.definition) as FormDefinition,
        versions: formVersions(ctx.db, formId).map((v) => v.version),
      };
    },

    'forms.export': async ({ formId, version, outPath }) => {
      refusePathFromInterface(ctx, outPath, 'outPath');
      const row = findVersion(ctx, formId, version);
      const bytes = await writeXlsForm(JSON.parse(row.definition) as FormDefinition);
      const fileName = `${formId}-${row.version}.xlsx`;
      if (!outPath) return { fileName, bytes };
      await writeFileAtomically(outPath, bytes);
      return { fileName, path: outPath };
    },
  };
}

/** The named version, or the latest; a clear message when the form or version does not exist. */
export function findVersion(ctx: ApiContext, formId: string, version?: string): FormVersionRow {
  const row = version === undefined ? latestFormVersion(ctx.db, formId) : getFormVersion(ctx.db, formId, version);
  if (row) return row;
  const known = formVersions(ctx.db, formId).map((v) => v.version);
  if (!known.length) throw codedError('not-found', 'form-not-found', { formId });
  throw codedError('not-found', 'form-version-not-found', { formId, version: String(version), versions: known.join(', ') });
}

/**
 * Freezes a checked form model as a version. Re-publishing the identical model is a no-op; a
 * different model under an existing version number is refused, because responses collected with
 * that version must keep meaning what they meant.
 */
function publishForm(ctx: ApiContext, form: FormDefinition): PublishedForm {
  const frozen: FormDefinition = { ...form, version: form.version || versionStamp(new Date()) };
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
  return ctx.db.transaction(() => {
    const existing = getFormVersion(ctx.db, frozen.formId, frozen.version);
    if (existing) {
      if (existing.contentHash === contentHash) return summary(false);
      throw codedError('conflict', 'form-version-differs', { formId: frozen.formId, version: frozen.version });
    }
    ensureForm(ctx.db, frozen.formId, frozen.title);
    insertFormVersion(ctx.db, {
      formId: frozen.formId,
      version: frozen.version,
      definition,
      fields: storedFields(frozen),
      contentHash,
      publishedAt: Date.now(),
    });
    return summary(true);
  }).immediate();
}

/** Every file checked (a .csv name, UTF-8, a readable table, the size limit) before anything is stored. */
async function readAttachments(ctx: ApiContext, files: readonly FileInput[]): Promise<FormAttachment[]> {
  const attachments: FormAttachment[] = [];
  for (const file of files) {
    const source = await readSourceFile(allowedInput(ctx, file, 'attachments'));
    attachments.push(readCsvAttachment(path.basename(source.name), source.bytes));
  }
  return attachments;
}

/** The form with these files attached, replacing any of the same name (case aside). */
function withAttachments(form: FormDefinition, attachments: readonly FormAttachment[]): FormDefinition {
  const names = new Set(attachments.map((a) => a.fileName.toLowerCase()));
  const kept = (form.attachments ?? []).filter((a) => !names.has(a.fileName.toLowerCase()));
  return { ...form, attachments: [...kept, ...attachments] };
}

/** A version after `current` that sorts after it: the time stamp, or the stamp with a counter when that is not later. */
function nextVersion(current: string, date: Date): string {
  const stamp = versionStamp(date);
  return stamp > current ? stamp : `${current}.1`;
}

/** A version for a workbook without one: yyyymmddhhmm, which sorts in time as ODK's convention does. */
function versionStamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}
