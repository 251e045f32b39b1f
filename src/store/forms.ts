import type { Db } from './database';
import type { FormDefinition, Translations } from '../form/model';
import { parseFormDefinition } from './form-definition';
import { OVER_QUOTA_SQL } from './fieldwork';

export interface FormRow {
  formId: string;
  title: string;
  createdAt: number;
}

export interface FormVersionRow {
  id: number;
  formId: string;
  version: string;
  /**
   * The frozen form model as the exact JSON text its content hash was taken of (a field package carries this text).
   * Read the model itself with formOf.
   */
  definition: string;
  /** The field names answers of this version are stored against, in order. */
  fields: string[];
  contentHash: string;
  publishedAt: number;
}

export interface FormListRow extends FormRow {
  /** The title per language (see formTitles); absent when the form gives none. */
  titles?: Translations;
  versions: string[];
  /** Drafts still to continue: those ended over quota are counted in `overQuota` instead. */
  drafts: number;
  overQuota: number;
  finals: number;
  /** Of those, practice (demo) responses. */
  demo: number;
  latestVersionId: number | null;
  hasDraftDefinition: boolean;
  /** When the designer last saved the working copy; null when there is none. */
  draftSavedAt: number | null;
}

interface VersionRecord {
  id: number;
  form_id: string;
  version: string;
  definition: string;
  fields: string;
  content_hash: string;
  published_at: number;
}

const toVersionRow = (row: VersionRecord): FormVersionRow => ({
  id: row.id,
  formId: row.form_id,
  version: row.version,
  definition: row.definition,
  fields: JSON.parse(row.fields) as string[],
  contentHash: row.content_hash,
  publishedAt: row.published_at,
});

export function listForms(db: Db): FormListRow[] {
  const forms = db
    .prepare(
      `SELECT f.form_id AS formId, f.title, f.created_at AS createdAt, f.draft IS NOT NULL AS hasDraftDefinition, f.draft_saved_at AS draftSavedAt,
              (SELECT max(id) FROM form_versions v WHERE v.form_id = f.form_id) AS latestVersionId,
              (SELECT count(*) FROM responses r JOIN form_versions v ON v.id = r.form_version_id
                WHERE v.form_id = f.form_id AND r.status = 'draft' AND NOT ${OVER_QUOTA_SQL}) AS drafts,
              (SELECT count(*) FROM responses r JOIN form_versions v ON v.id = r.form_version_id
                WHERE v.form_id = f.form_id AND ${OVER_QUOTA_SQL}) AS overQuota,
              (SELECT count(*) FROM responses r JOIN form_versions v ON v.id = r.form_version_id
                WHERE v.form_id = f.form_id AND r.status = 'final') AS finals,
              (SELECT count(*) FROM responses r WHERE r.demo = 1
                  AND r.form_version_id IN (SELECT id FROM form_versions v WHERE v.form_id = f.form_id)) AS demo
         FROM forms f ORDER BY f.title COLLATE NOCASE, f.form_id`,
    )
    .all() as (Omit<FormListRow, 'versions' | 'hasDraftDefinition'> & { hasDraftDefinition: number })[];
  const versions = db.prepare('SELECT form_id, version FROM form_versions ORDER BY published_at, id').all() as {
    form_id: string;
    version: string;
  }[];
  const titles = formTitles(db);
  return forms.map((form) => ({
    ...form,
    ...(titles.has(form.formId) ? { titles: titles.get(form.formId) } : {}),
    hasDraftDefinition: Boolean(form.hasDraftDefinition),
    versions: versions.filter((v) => v.form_id === form.formId).map((v) => v.version),
  }));
}

/**
 * Each form's title per language (settings `form_title::LANGUAGE`), by form id: the titles of its latest published
 * version, like `forms.title` (a published form keeps the title it was published with until the next publish), or of
 * its working copy when it was never published. Forms that give no title per language are left out. One JSON
 * extraction per form, so lists of responses ask once, not per row.
 */
export function formTitles(db: Db, formId?: string): Map<string, Translations> {
  const rows = db
    .prepare(
      `SELECT f.form_id AS formId,
              CASE WHEN EXISTS (SELECT 1 FROM form_versions v WHERE v.form_id = f.form_id)
                   THEN (SELECT json_extract(v.definition, '$.titles') FROM form_versions v
                          WHERE v.form_id = f.form_id ORDER BY v.published_at DESC, v.id DESC LIMIT 1)
                   ELSE json_extract(f.draft, '$.titles') END AS titles
         FROM forms f WHERE ? IS NULL OR f.form_id = ?`,
    )
    .all(formId ?? null, formId ?? null) as { formId: string; titles: string | null }[];
  const found = new Map<string, Translations>();
  for (const row of rows) {
    const titles = row.titles === null ? undefined : textsByLanguage(JSON.parse(row.titles));
    if (titles) found.set(row.formId, titles);
  }
  return found;
}

/** A stored `titles` object as language → text, keeping only texts (it was checked when stored; this is its shape). */
function textsByLanguage(value: unknown): Translations | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const texts = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return texts.length ? Object.fromEntries(texts) : undefined;
}

export function getForm(db: Db, formId: string): FormRow | undefined {
  return db.prepare('SELECT form_id AS formId, title, created_at AS createdAt FROM forms WHERE form_id = ?').get(formId) as
    FormRow | undefined;
}

export function ensureForm(db: Db, formId: string, title: string, now = Date.now()): void {
  db.prepare(
    `INSERT INTO forms (form_id, title, created_at) VALUES (?, ?, ?)
     ON CONFLICT (form_id) DO UPDATE SET title = excluded.title`,
  ).run(formId, title, now);
}

export function insertFormVersion(db: Db, version: Omit<FormVersionRow, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO form_versions (form_id, version, definition, fields, content_hash, published_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(version.formId, version.version, version.definition, JSON.stringify(version.fields), version.contentHash, version.publishedAt);
  return Number(result.lastInsertRowid);
}

export function getFormVersion(db: Db, formId: string, version: string): FormVersionRow | undefined {
  const row = db.prepare('SELECT * FROM form_versions WHERE form_id = ? AND version = ?').get(formId, version) as VersionRecord | undefined;
  return row && toVersionRow(row);
}

export function getFormVersionById(db: Db, id: number): FormVersionRow | undefined {
  const row = db.prepare('SELECT * FROM form_versions WHERE id = ?').get(id) as VersionRecord | undefined;
  return row && toVersionRow(row);
}

/** The most recently published version of a form (by when it was published, wherever that was: a version a package brings in later may be older). */
export function latestFormVersion(db: Db, formId: string): FormVersionRow | undefined {
  const row = db.prepare('SELECT * FROM form_versions WHERE form_id = ? ORDER BY published_at DESC, id DESC LIMIT 1').get(formId) as
    VersionRecord | undefined;
  return row && toVersionRow(row);
}

export function formVersions(db: Db, formId: string): FormVersionRow[] {
  return (db.prepare('SELECT * FROM form_versions WHERE form_id = ? ORDER BY published_at, id').all(formId) as VersionRecord[]).map(
    toVersionRow,
  );
}

/**
 * The form model of a published version. Parsed when asked for, not when the row is read: most readers want the
 * version's name or hash only, and an interview reads its version row at every save.
 */
export function formOf(row: Pick<FormVersionRow, 'formId' | 'version' | 'definition'>): FormDefinition {
  return parseFormDefinition(row.definition, row);
}

/** The designer's working copy of a form, or none (null) when it equals the latest published version. */
export function saveFormDraft(db: Db, formId: string, draft: FormDefinition | null, now = Date.now()): void {
  db.prepare('UPDATE forms SET draft = ?, draft_saved_at = ? WHERE form_id = ?').run(
    draft && JSON.stringify(draft),
    draft === null ? null : now,
    formId,
  );
}

export function getFormDraft(db: Db, formId: string): { form: FormDefinition; savedAt: number } | undefined {
  const row = db.prepare('SELECT draft, draft_saved_at AS savedAt FROM forms WHERE form_id = ? AND draft IS NOT NULL').get(formId) as
    { draft: string; savedAt: number } | undefined;
  return row && { form: parseFormDefinition(row.draft, { formId }), savedAt: row.savedAt };
}

/** Creates the form when it does not exist yet (an existing form keeps its title); true when created. */
export function addFormIfMissing(db: Db, formId: string, title: string, now = Date.now()): boolean {
  const result = db
    .prepare('INSERT INTO forms (form_id, title, created_at) VALUES (?, ?, ?) ON CONFLICT (form_id) DO NOTHING')
    .run(formId, title, now);
  return result.changes > 0;
}

/** Deletes a form that has no published version (a designer draft never published); true when deleted. */
export function deleteFormWithoutVersions(db: Db, formId: string): boolean {
  const result = db
    .prepare('DELETE FROM forms WHERE form_id = ? AND NOT EXISTS (SELECT 1 FROM form_versions v WHERE v.form_id = forms.form_id)')
    .run(formId);
  return result.changes > 0;
}

/** Every published version of every form, oldest first. */
export function listFormVersions(db: Db): (FormVersionRow & { title: string })[] {
  const rows = db
    .prepare('SELECT v.*, f.title FROM form_versions v JOIN forms f ON f.form_id = v.form_id ORDER BY v.id')
    .all() as (VersionRecord & { title: string })[];
  return rows.map((row) => ({ ...toVersionRow(row), title: row.title }));
}
