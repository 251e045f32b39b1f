/**
 * Column headers as real XLSForm workbooks spell them — `List Name`, `list_name`, ` Label::English (en) `,
 * `constraint message`, `relevance` — brought to the names of the XLSForm specification (pyxform's
 * aliases.py lists the alternative spellings).
 */

export type Sheet = 'survey' | 'choices' | 'settings';

const SURVEY_COLUMNS = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'required_message',
  'relevant',
  'constraint',
  'constraint_message',
  'calculation',
  'default',
  'appearance',
  'choice_filter',
  'read_only',
  'parameters',
  'repeat_count',
  'scale',
  'reverse',
] as const;
const CHOICE_COLUMNS = ['list_name', 'name', 'label', 'missing'] as const;
const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'default_language'] as const;

export type SurveyColumn = (typeof SURVEY_COLUMNS)[number];
export type ChoiceColumn = (typeof CHOICE_COLUMNS)[number];
export type SettingsColumn = (typeof SETTINGS_COLUMNS)[number];

/** Columns whose header may carry a language: `label::Kazakh (kk)`. */
export const TRANSLATABLE = new Set(['label', 'hint', 'required_message', 'constraint_message', 'form_title']);

const KNOWN: Record<Sheet, ReadonlySet<string>> = {
  survey: new Set(SURVEY_COLUMNS),
  choices: new Set(CHOICE_COLUMNS),
  settings: new Set(SETTINGS_COLUMNS),
};

const ALIASES: Record<Sheet, Record<string, string>> = {
  survey: {
    caption: 'label',
    relevance: 'relevant',
    calculate: 'calculation',
    readonly: 'read_only',
    'jr:count': 'repeat_count',
    count: 'repeat_count',
    constraining_message: 'constraint_message',
    'jr:constraintmsg': 'constraint_message',
    'jr:requiredmsg': 'required_message',
    requiredmsg: 'required_message',
  },
  choices: { caption: 'label', value: 'name', list: 'list_name' },
  settings: { set_form_title: 'form_title', set_form_id: 'form_id', title: 'form_title', id_string: 'form_id' },
};

export interface ColumnHeader {
  /** The specification's column name, or the header as written (trimmed) for other columns. */
  key: string;
  known: boolean;
  /** For `label::Kazakh (kk)`: "Kazakh (kk)". Undefined for a plain column. */
  language?: string;
}

/** pyxform's column groups whose prefix adds nothing for Kelisim: `bind::relevant` is `relevant`. */
const GROUP_PREFIX = /^(bind::(?=relevant|constraint|required|readonly|calculate|jr:)|control::(?=appearance|jr:count)|body::)/i;

/**
 * Reads one header cell of a sheet. `doubleColons` says whether any header of the sheet uses `::`;
 * when none does, a single colon separates the parts (`label:English`, `bind:relevant`), as
 * pyxform reads such sheets. `jr:count` and the other aliases with a colon are matched whole first.
 */
export function parseHeader(sheet: Sheet, raw: string, doubleColons = true): ColumnHeader {
  const trimmed = raw.trim();
  const wholeAlias = ALIASES[sheet][trimmed.toLowerCase().replace(/\s+/g, '_')];
  const spelled = wholeAlias || doubleColons ? trimmed : trimmed.replace(/(?<!:):(?!:)/g, '::');
  const ungrouped = spelled.replace(GROUP_PREFIX, '').replace(/^bind::jr:/i, 'jr:');
  const separator = wholeAlias ? -1 : ungrouped.indexOf('::');
  const basePart = separator < 0 ? ungrouped : ungrouped.slice(0, separator);
  const languagePart = separator < 0 ? undefined : ungrouped.slice(separator + 2).trim();
  const normalized = basePart.trim().toLowerCase().replace(/\s+/g, '_');
  const base = ALIASES[sheet][normalized] ?? normalized;
  if (!KNOWN[sheet].has(base)) return { key: trimmed, known: false };
  if (languagePart === undefined) return { key: base, known: true };
  // `media::image::English (en)` and the like: a column Kelisim keeps verbatim.
  if (!TRANSLATABLE.has(base) || !languagePart || languagePart.includes('::')) return { key: trimmed, known: false };
  return { key: base, known: true, language: languagePart };
}
