/**
 * The designer's working copy: a form's unpublished edits, kept in the database between publishes (saved after every
 * change), dropped when they equal the latest published version. A form never published may still change its
 * form_id; a published one may not, because its responses are filed under it.
 */
import { codedError } from '../common/errors';
import type { FormDefinition } from '../form/model';
import { isMarker } from '../form/model';
import { isFormModel } from '../form/model-shape';
import { diffForms, isUnchanged } from '../form/edit/diff';
import { nextVersion } from '../form/edit/version';
import { emptyForm, formIdProblem } from '../form/edit/new-form';
import type { Db } from '../store/database';
import {
  addFormIfMissing,
  deleteFormWithoutVersions,
  ensureForm,
  formOf,
  formVersions,
  getForm,
  getFormDraft,
  latestFormVersion,
  saveFormDraft,
  type FormVersionRow,
} from '../store/forms';
import { publishCheckedForm, requireNoProblems } from './publish';
import type { DesignerDraft, DesignerPublishResult } from './types';

export interface NewForm {
  formId: string;
  title: string;
  languages: string[];
  defaultLanguage?: string;
}

/** A new form that exists only as a working copy until it is published. */
export function createForm(db: Db, { formId, title, languages, defaultLanguage }: NewForm): DesignerDraft {
  if (formIdProblem(formId)) {
    throw codedError('bad-input', 'form-id-invalid', { formId: String(formId) });
  }
  if (!Array.isArray(languages) || !languages.length || languages.some((code) => typeof code !== 'string' || !code.trim())) {
    throw codedError('bad-input', 'form-needs-language', {});
  }
  const form = emptyForm({ formId, title: title.trim() || formId, languages, defaultLanguage });
  db.transaction(() => {
    if (!addFormIfMissing(db, formId, form.title)) throw codedError('conflict', 'form-id-taken', { formId });
    saveFormDraft(db, formId, form);
  }).immediate();
  return openWorkingCopy(db, formId);
}

/** The working copy (the saved draft, else the latest version, else an empty form) and what it will be compared with. */
export function openWorkingCopy(db: Db, formId: string): DesignerDraft {
  const row = getForm(db, formId);
  if (!row) throw codedError('not-found', 'form-not-found', { formId });
  const draft = getFormDraft(db, formId);
  const latest = latestFormVersion(db, formId);
  const published = latest ? { version: latest.version, publishedAt: latest.publishedAt, form: formOf(latest) } : null;
  const form: FormDefinition = draft?.form ?? published?.form ?? emptyForm({ formId, title: row.title, languages: ['kk', 'ru', 'en'] });
  return {
    formId,
    form,
    draftSavedAt: draft?.savedAt ?? null,
    published,
    versions: formVersions(db, formId).map((v) => v.version),
  };
}

/**
 * Keeps `form` as the working copy of `formId`, or drops the working copy when it equals the
 * latest published version. A form never published may take another form_id here.
 */
export function saveWorkingCopy(db: Db, formId: string, form: FormDefinition): { formId: string; draftSavedAt: number | null } {
  requireFormShape(form);
  return db
    .transaction(() => {
      requireForm(db, formId);
      const published = formVersions(db, formId).length > 0;
      let key = formId;
      if (form.formId !== formId) {
        if (published) {
          throw codedError('conflict', 'form-id-frozen', { formId });
        }
        if (formIdProblem(form.formId)) {
          throw codedError('bad-input', 'form-id-invalid', { formId: String(form.formId) });
        }
        if (getForm(db, form.formId)) throw codedError('conflict', 'form-id-taken', { formId: form.formId });
        deleteFormWithoutVersions(db, formId);
        addFormIfMissing(db, form.formId, form.title);
        key = form.formId;
      }
      const latest = latestFormVersion(db, key);
      if (latest && isPublishedAs(latest, form)) {
        saveFormDraft(db, key, null);
        return { formId: key, draftSavedAt: null };
      }
      // A published form keeps the title it was published with until the next publish.
      if (!published) ensureForm(db, key, form.title);
      const savedAt = Date.now();
      saveFormDraft(db, key, form, savedAt);
      return { formId: key, draftSavedAt: savedAt };
    })
    .immediate();
}

/** Drops the working copy; a form never published goes with it. */
export function discardWorkingCopy(db: Db, formId: string): { formId: string; deleted: boolean } {
  requireForm(db, formId);
  if (deleteFormWithoutVersions(db, formId)) return { formId, deleted: true };
  saveFormDraft(db, formId, null);
  return { formId, deleted: false };
}

/**
 * Publishes the working copy as the next version and says what changed since the previous one. Saved first, so
 * that a refused publish keeps every edit; an unchanged form is refused rather than published twice.
 */
export function publishWorkingCopy(db: Db, formId: string, form: FormDefinition): DesignerPublishResult {
  const { formId: key } = saveWorkingCopy(db, formId, form);
  if (!form.survey.some((row) => !isMarker(row.type))) throw codedError('bad-input', 'form-no-questions', {});
  requireNoProblems(form);
  const latest = latestFormVersion(db, key);
  const previous = latest ? formOf(latest) : null;
  if (latest && previous && isUnchanged(diffForms(previous, form))) {
    throw codedError('conflict', 'form-unchanged', { version: latest.version });
  }
  const versions = formVersions(db, key).map((v) => v.version);
  const toPublish: FormDefinition = { ...form, version: nextVersion(versions, form.version) };
  const published = publishCheckedForm(db, toPublish);
  saveFormDraft(db, key, null);
  return { published, previousVersion: latest?.version ?? null, diff: previous ? diffForms(previous, toPublish) : null };
}

/** A form read from a workbook becomes the working copy; unpublished edits that differ are kept unless replaceDraft. */
export function importWorkingCopy(db: Db, form: FormDefinition, replaceDraft: boolean): DesignerDraft {
  const draft = getForm(db, form.formId) && getFormDraft(db, form.formId);
  if (draft && !replaceDraft && !isUnchangedAgainst(draft.form, form)) {
    throw codedError('conflict', 'form-has-unpublished-edits', { formId: form.formId });
  }
  addFormIfMissing(db, form.formId, form.title);
  saveWorkingCopy(db, form.formId, form);
  return openWorkingCopy(db, form.formId);
}

/**
 * The version a workbook of these edits carries: the version they would be published as. Tools that take it
 * (ODK Central, Kobo) refuse a changed form under a version they already have.
 */
export function exportedVersion(db: Db, form: FormDefinition): string {
  requireFormShape(form);
  const latest = latestFormVersion(db, form.formId);
  return latest && isPublishedAs(latest, form)
    ? form.version
    : nextVersion(
        formVersions(db, form.formId).map((v) => v.version),
        form.version,
      );
}

function requireForm(db: Db, formId: string): void {
  if (!getForm(db, formId)) throw codedError('not-found', 'form-not-found', { formId });
}

/** Refuses, before anything is stored, what is not a form model at all (a caller of the core may pass any value). */
function requireFormShape(form: unknown): asserts form is FormDefinition {
  if (!isFormModel(form)) throw codedError('bad-input', 'form-model-invalid', {});
}

const isUnchangedAgainst = (before: FormDefinition, after: FormDefinition) =>
  before.version === after.version && isUnchanged(diffForms(before, after));

/** Whether `form` is exactly the published version `row` (then there is no working copy to keep). */
function isPublishedAs(row: FormVersionRow, form: FormDefinition): boolean {
  return isUnchangedAgainst(formOf(row), form);
}
