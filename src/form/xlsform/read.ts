import type { Problem } from '../../common/errors';
import { badInput } from '../../common/errors';
import type { Choice, ChoiceList, FormDefinition, Language, SurveyRow } from '../model';
import { UNNAMED_DEFAULT_LANGUAGE } from '../model';
import { parseLanguage } from '../languages';
import type { FormLocations } from '../check';
import { checkForm } from '../check';
import type { ColumnHeader } from './headers';
import { TRANSLATABLE } from './headers';
import { parseRowType } from './row-type';
import type { SheetRecord, SheetTable } from './sheet-table';
import { findWorksheet, readSheetTable } from './sheet-table';
import { openWorkbook } from './open-workbook';

/** The columns of one row, sorted by what the model needs. */
interface RowCells {
  plain: Record<string, string>;
  translated: Record<string, Record<string, string>>;
  extra: Record<string, string>;
}

/** Languages in the order their columns appear; a plain `label` is the default language. */
class Languages {
  readonly list: Language[] = [];
  sawPlainColumn = false;

  constructor(readonly fromSettings: Language | undefined) {}

  codeOf(header: ColumnHeader): string {
    if (header.language === undefined) this.sawPlainColumn = true;
    const language = header.language === undefined
      ? this.fromSettings ?? { code: UNNAMED_DEFAULT_LANGUAGE, name: '' }
      : parseLanguage(header.language);
    const known = this.list.find((l) => l.code === language.code);
    if (!known) this.list.push({ ...language });
    else if (!known.name && language.name) known.name = language.name;
    return language.code;
  }

  defaultCode(): string {
    if (this.fromSettings) return this.fromSettings.code;
    if (this.sawPlainColumn || !this.list.length) return UNNAMED_DEFAULT_LANGUAGE;
    return this.list[0].code;
  }
}

function rowCells(table: SheetTable, record: SheetRecord, languages: Languages): RowCells {
  const cells: RowCells = { plain: {}, translated: {}, extra: {} };
  for (const { index, header } of table.columns) {
    const text = record.cells.get(index);
    if (text === undefined) continue;
    if (!header.known) cells.extra[header.key] = text;
    else if (TRANSLATABLE.has(header.key)) (cells.translated[header.key] ??= {})[languages.codeOf(header)] = text;
    else cells.plain[header.key] = text;
  }
  return cells;
}

const YES = new Set(['yes', 'true', 'true()', '1']);
const NO = new Set(['no', 'false', 'false()', '0']);

/** `required` and `read_only`: yes/true/TRUE()/1, no/false/0, or an expression. */
function flagOrExpression(text: string | undefined): { flag?: true; expression?: string } {
  if (text === undefined) return {};
  const lower = text.toLowerCase();
  if (YES.has(lower)) return { flag: true };
  if (NO.has(lower)) return {};
  return { expression: text };
}

class WorkbookReader {
  readonly problems: Problem[] = [];
  readonly locations: FormLocations;

  constructor(readonly file: string | undefined) {
    this.locations = { surveyRows: [], choiceRows: {}, ...(file ? { file } : {}) };
  }

  problem(sheet: string, row: number, column: string, message: string): void {
    this.problems.push({ ...(this.file ? { file: this.file } : {}), sheet, row, column, message });
  }

  /** Registers the languages of a sheet's translated columns in column order; two columns for one language are a problem. */
  registerLanguages(table: SheetTable, languages: Languages): void {
    const seen = new Map<string, string>();
    for (const { header, title } of table.columns) {
      if (!header.known || !TRANSLATABLE.has(header.key)) continue;
      const key = `${header.key}\u0000${languages.codeOf(header)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.problem(table.sheet, 1, title, `The columns "${earlier}" and "${title}" hold the same language; keep one of them.`);
      }
      seen.set(key, title);
    }
  }

  yesNo(sheet: string, record: SheetRecord, column: string, text: string | undefined): true | undefined {
    if (text === undefined || NO.has(text.toLowerCase())) return undefined;
    if (YES.has(text.toLowerCase())) return true;
    this.problem(sheet, record.row, column, `"${text}" in ${column} should be yes, or left empty for no.`);
    return undefined;
  }

  surveyRow(table: SheetTable, record: SheetRecord, languages: Languages): SurveyRow | undefined {
    const cells = rowCells(table, record, languages);
    const { plain, translated } = cells;
    const typeText = plain.type;
    if (typeText === undefined) {
      if (plain.name !== undefined || translated.label) {
        this.problem('survey', record.row, 'type', 'This row has a name or label but no type; give it a type or delete the row.');
      }
      return undefined;
    }
    const parsed = parseRowType(typeText);
    if (!parsed.ok) this.problem('survey', record.row, 'type', parsed.message);
    // A row of unknown type stays as a harmless calculate, so that its name still resolves and
    // checkForm does not report follow-on problems; the form is rejected anyway.
    const row: SurveyRow = parsed.ok ? { type: parsed.type, name: plain.name ?? '' } : { type: 'calculate', name: plain.name ?? '', calculation: "''" };
    if (parsed.ok && parsed.listName) row.listName = parsed.listName;
    if (parsed.ok && parsed.orOther) row.orOther = true;
    if (translated.label) row.label = translated.label;
    if (translated.hint) row.hint = translated.hint;
    const required = flagOrExpression(plain.required);
    if (required.flag) row.required = true;
    if (required.expression) row.requiredIf = required.expression;
    if (translated.required_message) row.requiredMessage = translated.required_message;
    if (plain.relevant !== undefined) row.relevant = plain.relevant;
    if (plain.constraint !== undefined) row.constraint = plain.constraint;
    if (translated.constraint_message) row.constraintMessage = translated.constraint_message;
    if (parsed.ok && plain.calculation !== undefined) row.calculation = plain.calculation;
    if (plain.default !== undefined) row.default = plain.default;
    if (plain.appearance !== undefined) row.appearance = plain.appearance;
    if (plain.choice_filter !== undefined) row.choiceFilter = plain.choice_filter;
    const readOnly = flagOrExpression(plain.read_only);
    if (readOnly.flag) row.readOnly = true;
    if (readOnly.expression) row.readOnlyIf = readOnly.expression;
    if (plain.parameters !== undefined) row.parameters = plain.parameters;
    if (plain.repeat_count !== undefined) row.repeatCount = plain.repeat_count;
    if (plain.scale !== undefined) row.scale = plain.scale;
    if (this.yesNo('survey', record, 'reverse', plain.reverse)) row.reverse = true;
    if (Object.keys(cells.extra).length) row.extra = cells.extra;
    return row;
  }

  survey(table: SheetTable, languages: Languages): SurveyRow[] {
    const missing = ['type', 'name'].filter((key) => !table.columns.some((c) => c.header.known && c.header.key === key));
    for (const key of missing) this.problem('survey', 1, key, `The survey sheet has no "${key}" column.`);
    // Without types no row can be read; one problem says so, not one per row.
    if (missing.includes('type')) return [];
    this.registerLanguages(table, languages);
    const rows: SurveyRow[] = [];
    for (const record of table.records) {
      const row = this.surveyRow(table, record, languages);
      if (!row) continue;
      rows.push(row);
      this.locations.surveyRows!.push(record.row);
    }
    return rows;
  }

  choices(table: SheetTable | undefined, languages: Languages): ChoiceList[] {
    if (!table) return [];
    if (!table.columns.some((c) => c.header.known && c.header.key === 'list_name')) {
      this.problem('choices', 1, 'list_name', 'The choices sheet has no "list_name" column, so its choices belong to no list.');
      return [];
    }
    this.registerLanguages(table, languages);
    const lists = new Map<string, ChoiceList>();
    for (const record of table.records) {
      const cells = rowCells(table, record, languages);
      const listName = cells.plain.list_name;
      if (listName === undefined) {
        this.problem('choices', record.row, 'list_name', 'This choice has no list_name; write the name of the list it belongs to.');
        continue;
      }
      const choice: Choice = { name: cells.plain.name ?? '', label: cells.translated.label ?? {} };
      if (this.yesNo('choices', record, 'missing', cells.plain.missing)) choice.missing = true;
      if (Object.keys(cells.extra).length) choice.extra = cells.extra;
      let list = lists.get(listName);
      if (!list) {
        list = { name: listName, choices: [] };
        lists.set(listName, list);
        this.locations.choiceRows![listName] = [];
      }
      list.choices.push(choice);
      this.locations.choiceRows![listName].push(record.row);
    }
    return [...lists.values()];
  }
}

interface Settings {
  known: Record<string, string>;
  extra: Record<string, string>;
}

function readSettings(table: SheetTable | undefined): Settings {
  const settings: Settings = { known: {}, extra: {} };
  const record = table?.records[0];
  if (!table || !record) return settings;
  for (const column of table.columns) {
    const text = record.cells.get(column.index);
    if (text === undefined) continue;
    if (column.header.known) settings.known[column.header.key] = text;
    else settings.extra[column.header.key] = text;
  }
  return settings;
}

/** A form_id from a file name when the workbook has no settings: "Tolerance survey 2024.xlsx" → "Tolerance_survey_2024". */
function formIdFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  const id = base.trim().replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^_+|_+$/g, '');
  return /^[\p{L}_]/u.test(id) ? id : id ? `form_${id}` : 'form';
}

/**
 * Reads an XLSForm workbook (survey, choices, settings sheets as xlsform.org defines them, and
 * what real workbooks contain: header spellings, blank rows, stray spaces, extra sheets, numbers
 * and formulas where text is expected). Throws KelisimError('bad-input', 'FILE: N problems') listing
 * every problem at once, each with sheet, row and column, when the workbook is not a usable form.
 */
export async function readXlsForm(bytes: Uint8Array | ArrayBuffer, fileName?: string): Promise<FormDefinition> {
  const name = fileName ?? 'The workbook';
  const workbook = await openWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name, fileName);
  const reader = new WorkbookReader(fileName);
  const surveySheet = findWorksheet(workbook.worksheets, 'survey');
  if (!surveySheet) {
    const sheets = workbook.worksheets.map((w) => `"${w.name}"`).join(', ') || 'none';
    const message = `The workbook has no "survey" sheet (its sheets: ${sheets}); an XLSForm lists its questions on a sheet named survey.`;
    throw badInput(`${name}: 1 problem`, [{ ...(fileName ? { file: fileName } : {}), message }]);
  }
  const settingsSheet = findWorksheet(workbook.worksheets, 'settings');
  const choicesSheet = findWorksheet(workbook.worksheets, 'choices');
  const settings = readSettings(settingsSheet && readSheetTable(settingsSheet, 'settings', reader.problems, fileName));
  const languages = new Languages(settings.known.default_language ? parseLanguage(settings.known.default_language) : undefined);
  const survey = reader.survey(readSheetTable(surveySheet, 'survey', reader.problems, fileName), languages);
  const choiceLists = reader.choices(choicesSheet && readSheetTable(choicesSheet, 'choices', reader.problems, fileName), languages);

  const formId = settings.known.form_id ?? formIdFromFileName(fileName);
  const form: FormDefinition = {
    formId,
    title: settings.known.form_title ?? formId,
    version: settings.known.version ?? '',
    defaultLanguage: languages.defaultCode(),
    languages: languages.list,
    survey,
    choiceLists,
  };
  if (Object.keys(settings.extra).length) form.settingsExtra = settings.extra;

  const problems = [...reader.problems, ...checkForm(form, reader.locations)];
  if (problems.length) {
    const order: Record<string, number> = { survey: 0, choices: 1, settings: 2 };
    problems.sort((a, b) => (order[a.sheet ?? ''] ?? 3) - (order[b.sheet ?? ''] ?? 3) || (a.row ?? 0) - (b.row ?? 0));
    throw badInput(`${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
  }
  return form;
}
