import type { ApiContext } from '../context';
import { allowedInput, refusePathFromInterface } from '../file-access';
import type { DesignerApi, DesignerDraft, HandlersOf } from '../spec';
import { codedError } from '../../common/errors';
import type { FormDefinition } from '../../form/model';
import { isMarker } from '../../form/model';
import { checkForm } from '../../form/check';
import { readXlsForm } from '../../form/xlsform/read';
import { writeXlsForm } from '../../form/xlsform/write';
import { diffForms, isUnchanged } from '../../form/edit/diff';
import { nextVersion } from '../../form/edit/version';
import { emptyForm, formIdProblem } from '../../form/edit/new-form';
import {
  addFormIfMissing, deleteFormWithoutVersions, ensureForm, formVersions, getForm, getFormDraft, latestFormVersion, listForms,
  saveFormDraft, type FormVersionRow,
} from '../../store/forms';
import { readSourceFile, writeFileAtomically } from '../../io/files';
import { formsHandlers } from './forms';

export function designerHandlers(ctx: ApiContext): HandlersOf<DesignerApi> {
  return {
    'designer.list': async () =>
      listForms(ctx.db).map((form) => ({
        formId: form.formId,
        title: form.title,
        versions: form.versions,
        draftSavedAt: form.draftSavedAt,
        responses: form.drafts + form.finals,
      })),

    'designer.create': async ({ formId, title, languages, defaultLanguage }) => {
      if (formIdProblem(formId)) {
        throw codedError('bad-input', 'form-id-invalid', { formId: String(formId) });
      }
      if (!Array.isArray(languages) || !languages.length || languages.some((code) => typeof code !== 'string' || !code.trim())) {
        throw codedError('bad-input', 'form-needs-language', {});
      }
      const form = emptyForm({ formId, title: title.trim() || formId, languages, defaultLanguage });
      ctx.db.transaction(() => {
        if (!addFormIfMissing(ctx.db, formId, form.title)) throw codedError('conflict', 'form-id-taken', { formId });
        saveFormDraft(ctx.db, formId, JSON.stringify(form));
      }).immediate();
      return openDraft(ctx, formId);
    },

    'designer.open': async ({ formId }) => openDraft(ctx, formId),

    'designer.save': async ({ formId, form }) => storeWorkingCopy(ctx, formId, form),

    'designer.discard': async ({ formId }) => {
      requireForm(ctx, formId);
      if (deleteFormWithoutVersions(ctx.db, formId)) return { formId, deleted: true };
      saveFormDraft(ctx.db, formId, null);
      return { formId, deleted: false };
    },

    'designer.publish': async ({ formId, form }, progress) => {
      // Saved first, so that a refused publish keeps every edit.
      const { formId: key } = storeWorkingCopy(ctx, formId, form);
      if (!form.survey.some((row) => !isMarker(row.type))) throw codedError('bad-input', 'form-no-questions', {});
      const problems = checkForm(form);
      if (problems.length) throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
      const latest = latestFormVersion(ctx.db, key);
      const previous = latest ? (JSON.parse(latest.definition) as FormDefinition) : null;
      if (latest && previous && isUnchanged(diffForms(previous, form))) {
        throw codedError('conflict', 'form-unchanged', { version: latest.version });
      }
      const versions = formVersions(ctx.db, key).map((v) => v.version);
      const toPublish: FormDefinition = { ...form, version: nextVersion(versions, form.version) };
      const published = await formsHandlers(ctx)['forms.publish']({ form: toPublish }, progress);
      saveFormDraft(ctx.db, key, null);
      return { published, previousVersion: latest?.version ?? null, diff: previous ? diffForms(previous, toPublish) : null };
    },

    'designer.import': async ({ file, replaceDraft }) => {
      const source = await readSourceFile(allowedInput(ctx, file, 'file'));
      const form = await readXlsForm(source.bytes, source.name);
      const draft = getForm(ctx.db, form.formId) && getFormDraft(ctx.db, form.formId);
      if (draft && !replaceDraft && !isUnchangedAgainst(JSON.parse(draft.draft) as FormDefinition, form)) {
        throw codedError('conflict', 'form-has-unpublished-edits', { formId: form.formId });
      }
      addFormIfMissing(ctx.db, form.formId, form.title);
      storeWorkingCopy(ctx, form.formId, form);
      return openDraft(ctx, form.formId);
    },

    'designer.export': async ({ form, outPath }) => {
      refusePathFromInterface(ctx, outPath, 'outPath');
      requireFormShape(form);
      const latest = latestFormVersion(ctx.db, form.formId);
      // The workbook carries the version these edits would be published as: tools that take it
      // (ODK Central, Kobo) refuse a changed form under a version they already have.
      const version = latest && isPublishedAs(latest, form)
        ? form.version
        : nextVersion(formVersions(ctx.db, form.formId).map((v) => v.version), form.version);
      const bytes = await writeXlsForm({ ...form, version });
      const fileName = `${form.formId}-${version}.xlsx`;
      if (!outPath) return { fileName, bytes };
      await writeFileAtomically(outPath, bytes);
      return { fileName, path: outPath };
    },
  };
}

function requireForm(ctx: ApiContext, formId: string): void {
  if (!getForm(ctx.db, formId)) throw codedError('not-found', 'form-not-found', { formId });
}

/** Refuses, before anything is stored, what is not a form model at all (the transports carry any JSON). */
function requireFormShape(form: unknown): asserts form is FormDefinition {
  const candidate = form as Partial<FormDefinition> | null;
  const valid = typeof candidate === 'object' && candidate !== null &&
    typeof candidate.formId === 'string' && typeof candidate.title === 'string' && typeof candidate.version === 'string' &&
    typeof candidate.defaultLanguage === 'string' && Array.isArray(candidate.languages) &&
    Array.isArray(candidate.survey) && Array.isArray(candidate.choiceLists);
  if (!valid) throw codedError('bad-input', 'form-model-invalid', {});
}

const isUnchangedAgainst = (before: FormDefinition, after: FormDefinition) =>
  before.version === after.version && isUnchanged(diffForms(before, after));

/** Whether `form` is exactly the published version `row` (then there is no working copy to keep). */
function isPublishedAs(row: FormVersionRow, form: FormDefinition): boolean {
  return isUnchangedAgainst(JSON.parse(row.definition) as FormDefinition, form);
}

/**
 * Keeps `form` as the working copy of `formId`, or drops the working copy when it equals the
 * latest published version. A form never published may take another form_id here.
 */
function storeWorkingCopy(ctx: ApiContext, formId: string, form: FormDefinition): { formId: string; draftSavedAt: number | null } {
  requireFormShape(form);
  return ctx.db.transaction(() => {
    requireForm(ctx, formId);
    const published = formVersions(ctx.db, formId).length > 0;
    let key = formId;
    if (form.formId !== formId) {
      if (published) {
        throw codedError('conflict', 'form-id-frozen', { formId });
      }
      if (formIdProblem(form.formId)) {
        throw codedError('bad-input', 'form-id-invalid', { formId: String(form.formId) });
      }
      if (getForm(ctx.db, form.formId)) throw codedError('conflict', 'form-id-taken', { formId: form.formId });
      deleteFormWithoutVersions(ctx.db, formId);
      addFormIfMissing(ctx.db, form.formId, form.title);
      key = form.formId;
    }
    const latest = latestFormVersion(ctx.db, key);
    if (latest && isPublishedAs(latest, form)) {
      saveFormDraft(ctx.db, key, null);
      return { formId: key, draftSavedAt: null };
    }
    // A published form keeps the title it was published with until the next publish.
    if (!published) ensureForm(ctx.db, key, form.title);
    const savedAt = Date.now();
    saveFormDraft(ctx.db, key, JSON.stringify(form), savedAt);
    return { formId: key, draftSavedAt: savedAt };
  }).immediate();
}

function openDraft(ctx: ApiContext, formId: string): DesignerDraft {
  const row = getForm(ctx.db, formId);
  if (!row) throw codedError('not-found', 'form-not-found', { formId });
  const draft = getFormDraft(ctx.db, formId);
  const latest = latestFormVersion(ctx.db, formId);
  const published = latest ? { version: latest.version, publishedAt: latest.publishedAt, form: JSON.parse(latest.definition) as FormDefinition } : null;
  const form: FormDefinition = draft
    ? (JSON.parse(draft.draft) as FormDefinition)
    : published?.form ?? emptyForm({ formId, title: row.title, languages: ['kk', 'ru', 'en'] });
  return {
    formId,
    form,
    draftSavedAt: draft?.savedAt ?? null,
    published,
    versions: formVersions(ctx.db, formId).map((v) => v.version),
  };
}
