/**
 * What a header cell names: a stored field by its name, by its full group path as Kobo's and ODK
 * Central's exports write it (`household/head/age`), or by the last step of that path when only
 * one field ends so; the 0/1 column of a select_multiple's choice (`group/q/choice`, beside the
 * answer's own column); or a column the collection platform added about the submission (Kobo's
 * `_id`, `_uuid`, `_submission_time`…, ODK Central's `meta/instanceID`, `KEY`…), which carries no
 * answer. The last two are read past, with a note; a last step several fields share is ambiguous.
 */
import type { CompiledForm } from '../../form/runtime/compile';
import { fieldPaths } from '../../form/survey';

export type ColumnMatch =
  | { kind: 'field'; name: string }
  | { kind: 'empty' }
  /** A column about the submission, added by Kobo or ODK Central: no answer in it. */
  | { kind: 'system' }
  /** A select_multiple's 0/1 column for one choice; the answer's own column holds the same. */
  | { kind: 'option'; of: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

/** Columns KoboToolbox and ODK Central add to every export (their documented export formats). */
const SYSTEM_COLUMNS = new Set([
  // KoboToolbox (kpi / formpack)
  '_id',
  '_uuid',
  '_submission_time',
  '_date_modified',
  '_index',
  '_parent_index',
  '_parent_table_name',
  '__version__',
  '_version_',
  '_status',
  '_submitted_by',
  '_tags',
  '_notes',
  '_validation_status',
  '_attachments',
  '_geolocation',
  '_xform_id_string',
  '_xform_id',
  '_duration',
  '_edited',
  '_media_count',
  '_total_media',
  '_media_all_received',
  '_bamboo_dataset_id',
  'formhub/uuid',
  'meta/rootUuid',
  'meta/deprecatedID',
  'meta/instanceID',
  'meta/instanceName',
  'meta/audit',
  // ODK Central / Briefcase CSV
  'KEY',
  'PARENT_KEY',
  'SubmissionDate',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
  'instanceID',
  // Kelisim's own exports (report/variables.ts): the response's metadata, which an import records anew
  'uuid',
  'form_version',
  'interviewer',
  'device',
  'started_at',
  'finished_at',
  'duration_min',
]);

/** Kobo's `_submission_…` copies of the system columns in a repeat's sheet. */
const SUBMISSION_COPY = /^_submission_(_.+)$/;
/** Kobo splits a geopoint into `_NAME_latitude`, `_NAME_longitude`, `_NAME_altitude`, `_NAME_precision`. */
const GEO_PART = /^_(.+)_(latitude|longitude|altitude|precision)$/;

const GEO_TYPES = new Set(['geopoint', 'start-geopoint']);

export function columnMatcher(stored: readonly string[], compiled: CompiledForm): (header: string) => ColumnMatch {
  const storedSet = new Set(stored);
  const paths = fieldPaths(compiled.form);
  const byPath = new Map<string, string>();
  const byLastStep = new Map<string, string[]>();
  for (const name of stored) {
    const path = paths.get(name) ?? name;
    byPath.set(path, name);
    const last = path.slice(path.lastIndexOf('/') + 1);
    byLastStep.set(last, [...(byLastStep.get(last) ?? []), name]);
  }
  const geoFields = new Set(
    stored.filter((name) => GEO_TYPES.has(compiled.byName.get(name)?.type ?? '')).flatMap((name) => [name, paths.get(name) ?? name]),
  );
  const fieldAt = (header: string): ColumnMatch | undefined => {
    if (storedSet.has(header)) return { kind: 'field', name: header };
    // The form's root may lead the path (`data/group/q`, as ODK Briefcase writes it).
    const path = byPath.has(header)
      ? header
      : header.includes('/') && byPath.has(header.slice(header.indexOf('/') + 1))
        ? header.slice(header.indexOf('/') + 1)
        : undefined;
    if (path !== undefined) return { kind: 'field', name: byPath.get(path)! };
    if (!header.includes('/')) return undefined;
    const candidates = byLastStep.get(header.slice(header.lastIndexOf('/') + 1)) ?? [];
    if (candidates.length === 1) return { kind: 'field', name: candidates[0] };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates: candidates.map((name) => paths.get(name) ?? name) };
    return undefined;
  };
  return (raw) => {
    const header = raw.trim();
    if (header === '') return { kind: 'empty' };
    const field = fieldAt(header);
    if (field) return field;
    // A bare last step several fields share (`name` for `owner/name` and `tenant/name`).
    const shared = byLastStep.get(header) ?? [];
    if (shared.length > 1) return { kind: 'ambiguous', candidates: shared.map((name) => paths.get(name) ?? name) };
    if (shared.length === 1) return { kind: 'field', name: shared[0] };
    const slash = header.lastIndexOf('/');
    if (slash > 0) {
      const of = fieldAt(header.slice(0, slash));
      if (
        of?.kind === 'field' &&
        compiled.byName.get(of.name)?.type === 'select_multiple' &&
        compiled.byName.get(of.name)?.choices?.has(header.slice(slash + 1))
      ) {
        return { kind: 'option', of: of.name };
      }
    }
    if (SYSTEM_COLUMNS.has(header) || SUBMISSION_COPY.test(header)) return { kind: 'system' };
    const geo = GEO_PART.exec(header);
    if (geo && geoFields.has(geo[1])) return { kind: 'system' };
    return { kind: 'unknown' };
  };
}
