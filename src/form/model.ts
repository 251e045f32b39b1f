/**
 * The form model: what an XLSForm workbook says, as plain data. Designer, interviewing, validation,
 * analysis and exports all read it; a published version is stored as `JSON.stringify(form)`, so the
 * model holds only plain objects, arrays, strings and booleans (no classes, Maps or undefined values)
 * and survives that round trip unchanged.
 *
 * Optional properties are left out rather than set to undefined or '' so that a model read from a
 * workbook, written back and read again is deep-equal to the first.
 */

/** Types that hold an answer or show something to the interviewer. */
export const QUESTION_TYPES = [
  'text',
  'integer',
  'decimal',
  'date',
  'time',
  'dateTime',
  'select_one',
  'select_multiple',
  'rank',
  'note',
  'calculate',
  'acknowledge',
  'geopoint',
  // ODK types a laptop collects: a slider, scanner text, a location taken when the interview starts,
  // lines and areas as lists of points, and values kept without a prompt (hidden) or typed (email).
  'range',
  'barcode',
  'start-geopoint',
  'geotrace',
  'geoshape',
  'email',
  'hidden',
  // ODK types a form may hold, kept and round-tripped; see COLLECTABLE_TYPES for which the interview asks.
  // A select from an attached CSV file is read as select_one / select_multiple with the file as its list
  // (see `choiceFileOf`); these three remain for choices from other files (XML, GeoJSON) and external_choices.
  'image',
  'audio',
  'video',
  'file',
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
] as const;

/** Values the device records by itself, without a prompt. */
export const METADATA_TYPES = ['start', 'end', 'today', 'deviceid', 'username'] as const;

/**
 * Rows ODK fills from the phone (its number, SIM, location track, audit log) or
 * that declare a secondary instance (xml-external, csv-external): no prompt and no answer typed by
 * anyone. Kelisim keeps them in the form and writes them back, and records nothing for them.
 */
export const DEVICE_TYPES = [
  'phonenumber',
  'simserial',
  'subscriberid',
  'background-geopoint',
  'audit',
  'xml-external',
  'csv-external',
] as const;

export const MARKER_TYPES = ['begin_group', 'end_group', 'begin_repeat', 'end_repeat'] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];
export type MetadataType = (typeof METADATA_TYPES)[number];
export type MarkerType = (typeof MARKER_TYPES)[number];
export type DeviceType = (typeof DEVICE_TYPES)[number];
export type RowType = QuestionType | MetadataType | DeviceType | MarkerType;

/** Question types a form may hold that the interview does not ask: choices from XML or GeoJSON files, external_choices. */
const KEPT_NOT_ASKED: readonly QuestionType[] = ['select_one_from_file', 'select_multiple_from_file', 'select_one_external'];

/**
 * Question types the interview asks today (a file question's answer holds the file's name, the store its bytes). A
 * form may hold the others: the interview skips them, records nothing for them, and the designer and exports keep them.
 */
export const COLLECTABLE_TYPES: readonly QuestionType[] = QUESTION_TYPES.filter((type) => !KEPT_NOT_ASKED.includes(type));

/** Question types whose answer is a file (a photo, a recording, a signature drawn as an image): see src/collect/media.ts. */
export const MEDIA_TYPES: readonly QuestionType[] = ['image', 'audio', 'video', 'file'];
export const isMediaType = (type: string): boolean => (MEDIA_TYPES as readonly string[]).includes(type);

export const SELECT_TYPES = ['select_one', 'select_multiple', 'rank'] as const;
export type SelectType = (typeof SELECT_TYPES)[number];

/** Text per language: language code → text. */
export type Translations = Record<string, string>;

/**
 * A language of the form. From a header `label::Kazakh (kk)` the code is "kk" and the name "Kazakh";
 * from `label::kk` the name is empty. A plain `label` column without a `default_language` setting is
 * the language with code "default" (as pyxform calls it) and an empty name.
 */
export interface Language {
  code: string;
  name: string;
}

export const UNNAMED_DEFAULT_LANGUAGE = 'default';

/** One row of the survey sheet: a question, a metadata field, or a group/repeat marker. */
export interface SurveyRow {
  type: RowType;
  /** Empty only for end_group / end_repeat rows, which XLSForm lets go unnamed. */
  name: string;
  /**
   * The name as the workbook writes it, when it differs from `name`: XLSForm lets two questions of
   * one section share a name in different groups (their XForm paths differ), but Kelisim keeps a
   * section's answers by name, so such a question is named after its group too ("owner_name",
   * as Kobo's export header "owner/name"). Writing the workbook back uses this name.
   */
  sourceName?: string;
  /**
   * The choice list of select_one / select_multiple / rank. For a select from a file
   * (`select_one_from_file settlements.csv`, read as select_one) it is the file's name: see `choiceFileOf`.
   */
  listName?: string;
  /** `select_one LIST or_other`: adds the choice "other" and the text field NAME_other. */
  orOther?: boolean;
  label?: Translations;
  hint?: Translations;
  /** Always required (`yes`, `true`, `TRUE()`, `1` in the sheet). */
  required?: boolean;
  /** Required when this XPath expression is true (an expression in the `required` column). */
  requiredIf?: string;
  requiredMessage?: Translations;
  relevant?: string;
  constraint?: string;
  constraintMessage?: Translations;
  calculation?: string;
  /** A literal answer, or an expression when it contains `${…}` or starts with a function call. */
  default?: string;
  appearance?: string;
  choiceFilter?: string;
  readOnly?: boolean;
  readOnlyIf?: string;
  /** Raw `parameters` cell, e.g. "randomize=true". */
  parameters?: string;
  /** Number of repeat instances: a whole number or an expression. */
  repeatCount?: string;
  /** Analysis metadata: the scale (index) this item belongs to. */
  scale?: string;
  /** Analysis metadata: the item is reverse-coded within its scale. */
  reverse?: boolean;
  /** Columns Kelisim does not interpret, by header as the workbook spells it; written back verbatim. */
  extra?: Record<string, string>;
}

export interface Choice {
  name: string;
  label: Translations;
  /** A missing-value code ("don't know", "refused"): analysis leaves it out of valid percentages. */
  missing?: boolean;
  /** Other columns of the choices sheet (usable in choice_filter), by header. */
  extra?: Record<string, string>;
}

export interface ChoiceList {
  name: string;
  choices: Choice[];
}

export interface FormDefinition {
  formId: string;
  title: string;
  /**
   * The title in the form's languages, by language code, as Kobo writes it (settings
   * `form_title::Russian (ru)`); `title` is the plain one, shown where no language is chosen.
   */
  titles?: Translations;
  /** The settings `version`; empty when the workbook has none. */
  version: string;
  /** Code of the language the interview starts in (one of `languages`). */
  defaultLanguage: string;
  /** In the order their columns appear. */
  languages: Language[];
  /**
   * The survey sheet in order, group and repeat markers included exactly as written, so that the
   * workbook written back has the same structure. Use `surveyTree` for a nested view.
   */
  survey: SurveyRow[];
  choiceLists: ChoiceList[];
  /** Other settings (instance_name, style, public_key, …) by header; written back verbatim. */
  settingsExtra?: Record<string, string>;
  /**
   * Sheets pyxform reads that Kelisim keeps without interpreting (`entities`, `external_choices`),
   * by name: header row first, cells as text. Written back verbatim, so that an exported form
   * with `save_to` columns still has the entity declaration ODK Central needs.
   */
  extraSheets?: Record<string, string[][]>;
  /**
   * CSV files attached to the form, held in the definition itself (Kelisim has no separate media
   * store): pulldata(), instance('name') and select_one_from_file / select_multiple_from_file read them.
   */
  attachments?: FormAttachment[];
}

/** A CSV file attached to a form: its file name ("settlements.csv") and its UTF-8 text. */
export interface FormAttachment {
  fileName: string;
  text: string;
}

export function isMarker(type: RowType): type is MarkerType {
  return (MARKER_TYPES as readonly string[]).includes(type);
}

export function isSelect(type: RowType): type is SelectType {
  return type === 'select_one' || type === 'select_multiple' || type === 'rank';
}

export function isMetadata(type: RowType): type is MetadataType {
  return (METADATA_TYPES as readonly string[]).includes(type);
}

export function isDeviceType(type: RowType): type is DeviceType {
  return (DEVICE_TYPES as readonly string[]).includes(type);
}

/** Whether the interview asks this row (or shows it, for a note); false for kept-but-not-collected types. */
export function isCollectable(type: RowType): boolean {
  return isMarker(type) || isMetadata(type) || (COLLECTABLE_TYPES as readonly string[]).includes(type);
}

/**
 * Selects kept but not asked whose choices come from a file that is not a CSV (XML, GeoJSON) or from the
 * external_choices sheet (the list name is the file name). A select from a CSV file is a select_one /
 * select_multiple whose list is the file (`choiceFileOf`), which the interview asks.
 */
export function isSelectFromFile(type: RowType): boolean {
  return type === 'select_one_from_file' || type === 'select_multiple_from_file' || type === 'select_one_external';
}

/** The attached CSV a select takes its choices from (select_one_from_file FILE.csv), if any. */
export function choiceFileOf(row: SurveyRow): string | undefined {
  return isSelect(row.type) && row.listName && /\.csv$/i.test(row.listName) ? row.listName : undefined;
}
