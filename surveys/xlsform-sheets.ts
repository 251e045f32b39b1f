/**
 * Vocabulary for writing a bundled questionnaire as plain XLSForm rows, and the one function that lays
 * those rows out as sheets (header + cells, columns in a stable order). The build script writes these
 * sheets to .xlsx and the test compares the committed workbook with them, so both see the same layout.
 */

/** The form's languages, as the `label::Language (code)` headers of xlsform.org spell them. */
export const LANGUAGES = [
  { code: 'kk', header: 'Kazakh (kk)' },
  { code: 'ru', header: 'Russian (ru)' },
  { code: 'en', header: 'English (en)' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
type LanguageHeader = (typeof LANGUAGES)[number]['header'];

/** One text in every language of the form. */
export type Translated = Record<LanguageCode, string>;

type TranslatableColumn = 'label' | 'hint' | 'required_message' | 'constraint_message' | 'form_title';
type TranslatedHeader<C extends TranslatableColumn> = `${C}::${LanguageHeader}`;

function translatedHeaders<C extends TranslatableColumn>(column: C): TranslatedHeader<C>[] {
  return LANGUAGES.map((language) => `${column}::${language.header}` as TranslatedHeader<C>);
}

/** The survey sheet's columns in the order the workbook shows them. */
export const SURVEY_COLUMNS = [
  'type',
  'name',
  ...translatedHeaders('label'),
  ...translatedHeaders('hint'),
  'required',
  ...translatedHeaders('required_message'),
  'relevant',
  'constraint',
  ...translatedHeaders('constraint_message'),
  'appearance',
  'calculation',
  'choice_filter',
  'scale',
  'reverse',
] as const;

export type SurveyColumn = (typeof SURVEY_COLUMNS)[number];
export type SurveyRow = { type: string } & Partial<Record<SurveyColumn, string>>;

/** The choices sheet's fixed columns; extra (filter) columns follow them in order of first use. */
export const CHOICE_COLUMNS = ['list_name', 'name', ...translatedHeaders('label'), 'missing'] as const;

type ChoiceColumn = (typeof CHOICE_COLUMNS)[number];
/** A choice without its list name; any column beyond the fixed ones is a filter column for choice_filter. */
export type ChoiceCells = { name: string } & Partial<Record<ChoiceColumn, string>> & { [filterColumn: string]: string | undefined };
export type ChoiceRow = ChoiceCells & { list_name: string };

/** `form_title` is the plain title; `form_title::Language (code)` give it per language, as KoboToolbox writes it. */
export const SETTINGS_COLUMNS = ['form_title', ...translatedHeaders('form_title'), 'form_id', 'version', 'default_language'] as const;
export type Settings = Record<(typeof SETTINGS_COLUMNS)[number], string>;

export interface XlsFormSource {
  survey: SurveyRow[];
  choices: ChoiceRow[];
  settings: Settings;
}

/** One worksheet as plain strings; an empty string is an empty cell. */
export interface SheetTable {
  name: 'survey' | 'choices' | 'settings';
  columns: string[];
  rows: string[][];
}

function translatedColumns<C extends TranslatableColumn>(column: C, text: Translated): Record<TranslatedHeader<C>, string> {
  const cells = {} as Record<TranslatedHeader<C>, string>;
  for (const language of LANGUAGES) cells[`${column}::${language.header}` as TranslatedHeader<C>] = text[language.code];
  return cells;
}

export const label = (text: Translated) => translatedColumns('label', text);
export const hint = (text: Translated) => translatedColumns('hint', text);
export const constraintMessage = (text: Translated) => translatedColumns('constraint_message', text);
export const formTitle = (text: Translated) => translatedColumns('form_title', text);

/** `required` = yes with the message shown in each language when the interviewer leaves the question empty. */
export function required(message: Translated) {
  return { required: 'yes', ...translatedColumns('required_message', message) };
}

/**
 * Lays rows out as a sheet: the known columns in their fixed order, followed by any other column in the order
 * the rows first use it; a known column no row uses is left out so the workbook has no empty columns.
 */
function toSheet(name: SheetTable['name'], knownColumns: readonly string[], records: Record<string, string | undefined>[]): SheetTable {
  const used = new Set<string>();
  const extra: string[] = [];
  for (const record of records) {
    for (const [column, value] of Object.entries(record)) {
      if (value === undefined || value === '') continue;
      used.add(column);
      if (!knownColumns.includes(column) && !extra.includes(column)) extra.push(column);
    }
  }
  const columns = [...knownColumns.filter((column) => used.has(column)), ...extra];
  const rows = records.map((record) => columns.map((column) => record[column] ?? ''));
  return { name, columns, rows };
}

/**
 * The three XLSForm sheets for a questionnaire source. The survey sheet takes no column outside
 * SURVEY_COLUMNS (a misspelt header would silently become an unknown column), the choices sheet keeps
 * extra columns because choice_filter expressions read them.
 */
export function toSheets(source: XlsFormSource): SheetTable[] {
  const misspelt = source.survey.flatMap((row, index) =>
    Object.keys(row)
      .filter((column) => !(SURVEY_COLUMNS as readonly string[]).includes(column))
      .map((column) => `survey row ${index + 2} (${row.name ?? row.type}): unknown column "${column}"`),
  );
  if (misspelt.length > 0) throw new Error(misspelt.join('\n'));
  return [
    toSheet('survey', SURVEY_COLUMNS, source.survey),
    toSheet('choices', CHOICE_COLUMNS, source.choices),
    toSheet('settings', SETTINGS_COLUMNS, [source.settings]),
  ];
}
