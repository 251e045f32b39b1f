/**
 * A conflict as the lead reads it: both versions of one response side by side, questions and
 * answers labeled in the interface language from the form version each side follows.
 */
import type { PackageConflict, PackageResponse } from '../../../../src/api/spec';
import { choiceLabel, isMetadata, isSelect, labelIn, selectedNames, type FormDefinition } from '../../lib/form';

export interface SideBySideRow {
  field: string;
  label: string;
  current: string;
  incoming: string;
  differs: boolean;
}

/** Facts about each side that the lead may need to decide (who, when, which revision). */
export const CONFLICT_FACTS = [
  'interviewer',
  'status',
  'revision',
  'version',
  'startedAt',
  'finishedAt',
  'updatedAt',
  'deviceId',
  'language',
] as const;
export type ConflictFact = (typeof CONFLICT_FACTS)[number];

export function versionKey(formId: string, version: string): string {
  return `${formId}@${version}`;
}

/** An answer as read: choice labels for selects, the stored text otherwise; '' for no answer. */
export function displayAnswer(form: FormDefinition | undefined, field: string, value: string | null | undefined, language: string): string {
  if (!value) return '';
  const row = form?.survey.find((candidate) => candidate.name === field);
  if (!form || !row || !isSelect(row.type)) return value;
  const names = row.type === 'select_one' ? [value] : selectedNames(value);
  return names.map((name) => choiceLabel(form, row, name, language) || name).join('; ');
}

/** Names the device records by itself (start, end, …) have no label in the form: the caller words them. */
export type MetadataLabel = (type: string) => string;

export function questionLabel(form: FormDefinition | undefined, field: string, language: string, metadataLabel: MetadataLabel): string {
  const row = form?.survey.find((candidate) => candidate.name === field);
  if (row && isMetadata(row.type)) return metadataLabel(row.type);
  return (form && row && labelIn(form, row.label, language)) || field;
}

/**
 * The answers of both sides: only those that differ (in the core's order), or every answered
 * question in the order of the current side's form, with the differing ones flagged.
 */
export function sideBySide(
  conflict: PackageConflict,
  forms: { current?: FormDefinition; incoming?: FormDefinition },
  language: string,
  everything: boolean,
  metadataLabel: MetadataLabel,
): SideBySideRow[] {
  const differing = new Set(conflict.differences.map((difference) => difference.field));
  const fields = everything ? answeredFields(conflict.current, conflict.incoming, forms.current) : conflict.differences.map((d) => d.field);
  return fields.map((field) => ({
    field,
    label: questionLabel(forms.current ?? forms.incoming, field, language, metadataLabel),
    current: displayAnswer(forms.current, field, conflict.current.answers[field], language),
    incoming: displayAnswer(forms.incoming ?? forms.current, field, conflict.incoming.answers[field], language),
    differs: differing.has(field),
  }));
}

function answeredFields(current: PackageResponse, incoming: PackageResponse, form: FormDefinition | undefined): string[] {
  const answered = new Set(
    [...Object.entries(current.answers), ...Object.entries(incoming.answers)].filter(([, value]) => value !== '').map(([field]) => field),
  );
  const inFormOrder = (form?.survey ?? []).map((row) => row.name).filter((name) => answered.delete(name));
  return [...inFormOrder, ...answered];
}
