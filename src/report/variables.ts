/**
 * The variables of a data export — the columns of the Data sheets, the CSV and the SPSS file — and
 * what the Codebook says about each, built once from the form's published versions in the chosen
 * language. Every writer reads the same list, so the files always agree with each other.
 */
import type { Choice, FormDefinition, SurveyRow } from '../form';
import { choicesOf, fieldPaths, findField, labelIn, OTHER_CHOICE, otherFieldName } from '../form';
import { formOf, type FormVersionRow } from '../store/forms';
import { spssNames } from './spss/names';
import type { Words } from '../common/messages/workbook';

/** How the values of a variable are written. */
export type ValueKind =
  /** Written as text exactly as answered (leading zeros kept). */
  | 'text'
  | 'integer'
  | 'decimal'
  /** A calculate field: a number where the result is one, text otherwise. */
  | 'calculated'
  | 'date'
  | 'dateTime'
  | 'time'
  /** A single choice whose codes are all numbers (Likert items, 8 = don't know). */
  | 'numericCode'
  /** A single choice with text codes (region names, yes/no). */
  | 'textCode'
  /** The codes chosen in a multiple choice, separated by spaces. */
  | 'multiple'
  /** 1 when one option of a multiple choice was chosen, 0 when not, empty when unanswered. */
  | 'indicator'
  | 'minutes';

export type MetadataKey = 'uuid' | 'version' | 'interviewer' | 'device' | 'started' | 'finished' | 'duration';

export type VariableSource =
  | { from: 'metadata'; key: MetadataKey }
  /** `field` indexes ExportLayout.fields. */
  | { from: 'answer'; field: number }
  | { from: 'option'; field: number; choice: string }
  /** One number of a location answer ("lat lon alt acc"): 0 latitude, 1 longitude, 2 altitude, 3 accuracy. */
  | { from: 'geo'; field: number; part: number };

/** The columns a location answer is also written as, beside its text: ODK Central's NAME-Latitude… */
export const GEO_PARTS = ['Latitude', 'Longitude', 'Altitude', 'Accuracy'] as const;
const isPointType = (type: string | undefined) => type === 'geopoint' || type === 'start-geopoint';

export interface ValueLabel {
  code: string;
  label: string;
  missing: boolean;
}

export interface ExportVariable {
  /** The column header: the question name, `question__option`, or a metadata name. */
  name: string;
  /** A valid, unique SPSS name; equal to `name` unless SPSS forbids it. */
  spssName: string;
  kind: ValueKind;
  source: VariableSource;
  label: string;
  /** The type as the Codebook names it, in the chosen language. */
  typeName: string;
  /** Choices of a single or multiple choice, or 1/0 of an option column. */
  valueLabels: ValueLabel[];
  scale?: string;
  reverse?: boolean;
  /** The form versions that have this field, when not all of them do. */
  onlyInVersions?: string[];
  /** For an option column: the multiple-choice variable it belongs to. */
  optionOf?: string;
  /**
   * The header as Kobo's exports write it, with the groups (`household/age`; an option `household/langs/kk`; a
   * location's part `_household/home_latitude`); absent for metadata, whose header is its name either way.
   */
  path?: string;
}

/** How an export heads its columns: variable names, or the group paths Kobo's exports use. */
export type HeaderStyle = 'names' | 'paths';

/** The column headers of the layout's variables in the style asked for. */
export function headersOf(layout: ExportLayout, style: HeaderStyle = 'names'): string[] {
  return layout.variables.map((variable) => (style === 'paths' ? (variable.path ?? variable.name) : variable.name));
}

/** Kobo's names for the parts of a location, in the order of GEO_PARTS. */
const KOBO_GEO_PARTS = ['latitude', 'longitude', 'altitude', 'precision'] as const;

export interface ExportLayout {
  formId: string;
  title: string;
  /** Published versions, oldest first. */
  versions: string[];
  /** Version name by form_versions id, for the form_version column. */
  versionNames: Map<number, string>;
  /** The answer fields read from the store, in the order `source.field` indexes them. */
  fields: string[];
  variables: ExportVariable[];
}

const METADATA: { key: MetadataKey; name: string; kind: ValueKind }[] = [
  { key: 'uuid', name: 'uuid', kind: 'text' },
  { key: 'version', name: 'form_version', kind: 'text' },
  { key: 'interviewer', name: 'interviewer', kind: 'text' },
  { key: 'device', name: 'device', kind: 'text' },
  { key: 'started', name: 'started_at', kind: 'dateTime' },
  { key: 'finished', name: 'finished_at', kind: 'dateTime' },
  { key: 'duration', name: 'duration_min', kind: 'minutes' },
];

/** A choice name that is a number as written (no leading zeros): "01" stays a text code and keeps its zero. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** The field as the newest version that has it defines it. */
interface FieldSource {
  name: string;
  form: FormDefinition;
  row: SurveyRow | undefined;
  /** For NAME_other text fields of `select_one LIST or_other`: the select they specify. */
  otherOf?: SurveyRow;
  choices: Choice[];
  versions: string[];
}

/**
 * Lays out the export of a form's versions (oldest first). Fields follow the newest version's
 * order; fields that only older versions have come after them. Metadata columns come first.
 */
export function exportLayout(versions: readonly FormVersionRow[], language: string, words: Words): ExportLayout {
  if (!versions.length) throw new Error('a form to export has at least one published version');
  const definitions = versions.map(formOf);
  const fields = fieldSources(versions, definitions);
  const newest = definitions[definitions.length - 1];
  const variables: Omit<ExportVariable, 'spssName'>[] = [];

  // Question names are kept as they are; option and metadata columns step aside when they clash.
  const taken = new Set(fields.map((field) => field.name));
  const optionNames = fields.map((field) => optionCodes(field).map((code) => freeName(optionName(field.name, code), '_option', taken)));
  const geoNames = fields.map((field) =>
    isPointType(field.row?.type) ? GEO_PARTS.map((part) => freeName(`${field.name}-${part}`, '_geo', taken)) : [],
  );
  for (const meta of METADATA) {
    variables.push({
      name: freeName(meta.name, '_meta', taken),
      kind: meta.kind,
      source: { from: 'metadata', key: meta.key },
      label: words.metadata[meta.key],
      typeName: meta.kind === 'minutes' ? words.types.minutes : meta.kind === 'dateTime' ? words.types.dateTime : words.types.text,
      valueLabels: [],
    });
  }

  const pathsOf = new Map<FormDefinition, Map<string, string>>();
  fields.forEach((field, index) => {
    if (!pathsOf.has(field.form)) pathsOf.set(field.form, fieldPaths(field.form));
    const path = pathsOf.get(field.form)!.get(field.name) ?? field.name;
    const label = fieldLabel(field, language, words);
    const kind = fieldKind(field);
    const onlyInVersions = field.versions.length < versions.length ? field.versions : undefined;
    const valueLabels = field.choices.map((choice) => ({
      code: choice.name,
      label:
        choice.name === OTHER_CHOICE && !Object.keys(choice.label).length ? words.otherChoice : labelIn(field.form, choice.label, language),
      missing: choice.missing === true,
    }));
    variables.push({
      name: field.name,
      path,
      kind,
      source: { from: 'answer', field: index },
      label,
      typeName: typeName(field, kind, words),
      valueLabels,
      ...(field.row?.scale ? { scale: field.row.scale } : {}),
      ...(field.row?.reverse ? { reverse: true } : {}),
      ...(onlyInVersions ? { onlyInVersions } : {}),
    });
    geoNames[index].forEach((name, part) => {
      variables.push({
        name,
        path: `_${path}_${KOBO_GEO_PARTS[part]}`,
        kind: 'decimal',
        source: { from: 'geo', field: index, part },
        label: `${label}: ${words.geoParts[part]}`,
        typeName: words.types.decimal,
        valueLabels: [],
        ...(onlyInVersions ? { onlyInVersions } : {}),
      });
    });
    if (kind !== 'multiple') return;
    valueLabels.forEach((option, o) => {
      variables.push({
        name: optionNames[index][o],
        path: `${path}/${option.code}`,
        kind: 'indicator',
        source: { from: 'option', field: index, choice: option.code },
        label: `${label}: ${option.label}`,
        typeName: words.types.indicator,
        valueLabels: [
          { code: '1', label: words.indicator.selected, missing: false },
          { code: '0', label: words.indicator.notSelected, missing: false },
        ],
        optionOf: field.name,
        ...(onlyInVersions ? { onlyInVersions } : {}),
      });
    });
  });

  const names = spssNames(variables.map((variable) => variable.name));
  return {
    formId: newest.formId,
    title: newest.title,
    versions: versions.map((version) => version.version),
    versionNames: new Map(versions.map((version) => [version.id, version.version])),
    fields: fields.map((field) => field.name),
    variables: variables.map((variable, i) => ({ ...variable, spssName: names[i] })),
  };
}

/** `languages__kk`: the column of one option of a multiple choice. */
export function optionName(question: string, choice: string): string {
  return `${question}__${choice}`;
}

function optionCodes(field: FieldSource): string[] {
  return field.row?.type === 'select_multiple' ? field.choices.map((choice) => choice.name) : [];
}

/** `name`, or `name` + suffix (+ a number) when taken; the result is added to `taken`. */
function freeName(name: string, suffix: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 1; taken.has(candidate); n++) candidate = `${name}${suffix}${n === 1 ? '' : n}`;
  taken.add(candidate);
  return candidate;
}

function fieldSources(versions: readonly FormVersionRow[], definitions: FormDefinition[]): FieldSource[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (let v = versions.length - 1; v >= 0; v--) {
    for (const name of versions[v].fields)
      if (!seen.has(name)) {
        seen.add(name);
        order.push(name);
      }
  }
  return order.map((name) => {
    const having = versions.map((version, v) => (version.fields.includes(name) ? v : -1)).filter((v) => v >= 0);
    const form = definitions[having[having.length - 1]];
    const row = findField(form, name);
    const otherOf = row ? undefined : form.survey.find((candidate) => candidate.orOther && otherFieldName(candidate.name) === name);
    return {
      name,
      form,
      row,
      ...(otherOf ? { otherOf } : {}),
      choices: row
        ? choicesAcrossVersions(
            row,
            having.map((v) => definitions[v]),
          )
        : [],
      versions: having.map((v) => versions[v].version),
    };
  });
}

/**
 * The choices of a select in every version that has it, newest first, so that an answer coded
 * under an older version still has its label and its option column.
 */
function choicesAcrossVersions(row: SurveyRow, forms: FormDefinition[]): Choice[] {
  const byName = new Map<string, Choice>();
  for (let i = forms.length - 1; i >= 0; i--) {
    const question = findField(forms[i], row.name);
    if (!question) continue;
    for (const choice of choicesOf(forms[i], question)) if (!byName.has(choice.name)) byName.set(choice.name, choice);
    if (question.orOther && !byName.has(OTHER_CHOICE)) byName.set(OTHER_CHOICE, { name: OTHER_CHOICE, label: {} });
  }
  return [...byName.values()];
}

function fieldKind(field: FieldSource): ValueKind {
  const type = field.row?.type;
  switch (type) {
    case 'integer':
      return 'integer';
    case 'decimal':
      return 'decimal';
    case 'calculate':
      return 'calculated';
    case 'date':
    case 'today':
      return 'date';
    case 'dateTime':
    case 'start':
    case 'end':
      return 'dateTime';
    case 'time':
      return 'time';
    case 'select_one':
      return field.choices.length && field.choices.every((choice) => PLAIN_NUMBER.test(choice.name)) ? 'numericCode' : 'textCode';
    case 'select_multiple':
      return 'multiple';
    default:
      return 'text';
  }
}

function fieldLabel(field: FieldSource, language: string, words: Words): string {
  if (field.otherOf) return `${labelIn(field.form, field.otherOf.label, language)}: ${words.otherChoice}`;
  const label = labelIn(field.form, field.row?.label, language);
  if (label) return label;
  switch (field.row?.type) {
    case 'start':
      return words.metadata.started;
    case 'end':
      return words.metadata.finished;
    case 'deviceid':
      return words.metadata.device;
    case 'username':
      return words.metadata.interviewer;
    default:
      return '';
  }
}

function typeName(field: FieldSource, kind: ValueKind, words: Words): string {
  if (field.otherOf) return words.types.otherSpecify;
  switch (field.row?.type) {
    case 'rank':
      return words.types.ranking;
    case 'calculate':
      return words.types.calculated;
    case 'geopoint':
      return words.types.location;
    case 'acknowledge':
      return words.types.acknowledgement;
    case 'begin_repeat':
      return words.types.repeat;
    default:
  }
  const names: Record<ValueKind, string> = {
    text: words.types.text,
    integer: words.types.integer,
    decimal: words.types.decimal,
    calculated: words.types.calculated,
    date: words.types.date,
    dateTime: words.types.dateTime,
    time: words.types.time,
    numericCode: words.types.singleChoice,
    textCode: words.types.singleChoice,
    multiple: words.types.multipleChoice,
    indicator: words.types.indicator,
    minutes: words.types.minutes,
  };
  return names[kind];
}
