import type { Problem } from '../../common/errors';
import { codedError, codedProblem } from '../../common/errors';
import type { ErrorCode } from '../../common/messages/errors';
import type { Choice, ChoiceList, FormDefinition, Language, SurveyRow } from '../model';
import { UNNAMED_DEFAULT_LANGUAGE } from '../model';
import { parseLanguage } from '../languages';
import type { FormLocations } from '../check';
import { checkForm } from '../check';
import type { ColumnHeader } from './headers';
import { TRANSLATABLE } from './headers';
import { parseRowType } from './row-type';
import type { SheetRecord, SheetTable } from './sheet-table';
import { findSheet, readSheetTable } from './sheet-table';
import { openWorkbook } from './open-workbook';
import type { SheetCells } from './xlsx-cells';
import type { LoopMarker } from './loops';
import { expandLoops } from './loops';
import { qualifyNames } from './qualify-names';

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
    const language =
      header.language === undefined ? (this.fromSettings ?? { code: UNNAMED_DEFAULT_LANGUAGE, name: '' }) : parseLanguage(header.language);
    const known = this.list.find((l) => l.code === language.code);
    if (!known) this.list.push({ ...language });
    else if (!known.name && language.name) known.name = language.name;
    return language.code;
  }

  defaultCode(): string {
    // A default_language no column is written in (every column is label::fr, the setting says
    // English): pyxform accepts it and ODK starts in the first language there is; so does Kelisim.
    if (this.fromSettings && !this.sawPlainColumn && this.list.length && !this.list.some((l) => l.code === this.fromSettings!.code)) {
      return this.list[0].code;
    }
    if (this.fromSettings) return this.fromSettings.code;
    if (this.sawPlainColumn || !this.list.length) return UNNAMED_DEFAULT_LANGUAGE;
    return this.list[0].code;
  }
}

/** Columns holding XPath, where typographic quotes (‘ ’ “ ”) are straightened as pyxform does. */
const EXPRESSION_COLUMNS = new Set([
  'relevant',
  'constraint',
  'calculation',
  'required',
  'read_only',
  'choice_filter',
  'default',
  'repeat_count',
]);

/** ‘x’ and “x” as 'x' and "x": word processors put them into expressions that XPath cannot read otherwise. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Two columns of one sheet that hold the same language and differ in a row: where, for a problem. */
interface LanguageClash {
  row: number;
  column: string;
  earlier: string;
}

function rowCells(table: SheetTable, record: SheetRecord, languages: Languages, clashes: LanguageClash[] = []): RowCells {
  const cells: RowCells = { plain: {}, translated: {}, extra: {} };
  const sources: Record<string, string> = {};
  for (const { index, header, title } of table.columns) {
    const text = record.cells.get(index);
    if (text === undefined) continue;
    if (!header.known) cells.extra[header.key] = text;
    else if (TRANSLATABLE.has(header.key)) {
      const texts = (cells.translated[header.key] ??= {});
      const code = languages.codeOf(header);
      // `label` (in the default language English) beside `label::English(en)`: pyxform keeps both
      // as two languages; Kelisim, whose languages are codes, keeps one when they say the same.
      if (texts[code] !== undefined && texts[code] !== text)
        clashes.push({ row: record.row, column: title, earlier: sources[`${header.key}:${code}`] });
      texts[code] ??= text;
      sources[`${header.key}:${code}`] ??= title;
    } else cells.plain[header.key] = EXPRESSION_COLUMNS.has(header.key) ? straightenQuotes(text) : text;
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

  coded(sheet: string, row: number, column: string, code: ErrorCode, params: Record<string, string | number>): void {
    // The catalog types each code's parameters; codes chosen at run time are checked by the tests that raise them.
    this.problems.push(
      codedProblem(code as 'xlsform-problems', params as { file: string; count: number }, {
        ...(this.file ? { file: this.file } : {}),
        sheet,
        row,
        column,
      }),
    );
  }

  /** Registers the languages of a sheet's translated columns in column order. */
  registerLanguages(table: SheetTable, languages: Languages): void {
    for (const { header } of table.columns) if (header.known && TRANSLATABLE.has(header.key)) languages.codeOf(header);
  }

  /** The columns of a row, with a problem where two columns of one language say different things. */
  cells(table: SheetTable, record: SheetRecord, languages: Languages): RowCells {
    const clashes: LanguageClash[] = [];
    const cells = rowCells(table, record, languages, clashes);
    for (const clash of clashes)
      this.coded(table.sheet, clash.row, clash.column, 'xlsform-language-clash', { column: clash.column, earlier: clash.earlier });
    return cells;
  }

  yesNo(sheet: string, record: SheetRecord, column: string, text: string | undefined): true | undefined {
    if (text === undefined || NO.has(text.toLowerCase())) return undefined;
    if (YES.has(text.toLowerCase())) return true;
    this.coded(sheet, record.row, column, 'xlsform-not-yes-no', { text, column });
    return undefined;
  }

  surveyRow(table: SheetTable, record: SheetRecord, languages: Languages): SurveyRow | LoopMarker | undefined {
    const cells = this.cells(table, record, languages);
    const { plain, translated } = cells;
    const typeText = plain.type;
    if (typeText === undefined) {
      if (plain.name !== undefined || translated.label) {
        this.coded('survey', record.row, 'type', 'xlsform-row-without-type', {});
      }
      return undefined;
    }
    const parsed = parseRowType(typeText);
    if (parsed.ok && 'loop' in parsed) {
      return {
        loop: parsed.loop,
        row: record.row,
        name: plain.name ?? '',
        ...(parsed.loop === 'begin' ? { listName: parsed.listName } : {}),
        ...(translated.label ? { label: translated.label } : {}),
      };
    }
    if (!parsed.ok) this.coded('survey', record.row, 'type', parsed.problem.code, parsed.problem.params);
    const typed = parsed.ok && 'type' in parsed ? parsed : undefined;
    // A row of unknown type stays as a harmless calculate, so that its name still resolves and
    // checkForm does not report follow-on problems; the form is rejected anyway.
    // pyxform names an unnamed note after its row; so does Kelisim, so that the answer has a key.
    const name = plain.name ?? (typed?.type === 'note' ? `generated_note_name_${record.row}` : '');
    const row: SurveyRow = typed ? { type: typed.type, name } : { type: 'calculate', name, calculation: "''" };
    if (typed?.listName) row.listName = typed.listName;
    if (typed?.orOther) row.orOther = true;
    if (translated.label) row.label = translated.label;
    if (translated.hint) row.hint = translated.hint;
    const required = flagOrExpression(plain.required);
    if (required.flag) row.required = true;
    if (required.expression) row.requiredIf = required.expression;
    if (translated.required_message) row.requiredMessage = translated.required_message;
    if (plain.relevant !== undefined) row.relevant = plain.relevant;
    if (plain.constraint !== undefined) row.constraint = plain.constraint;
    if (translated.constraint_message) row.constraintMessage = translated.constraint_message;
    if (typed && plain.calculation !== undefined) row.calculation = plain.calculation;
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

  survey(table: SheetTable, languages: Languages): { rows: (SurveyRow | LoopMarker)[]; sheetRows: number[] } {
    const missing = ['type', 'name'].filter((key) => !table.columns.some((c) => c.header.known && c.header.key === key));
    for (const key of missing) this.coded('survey', 1, key, 'xlsform-survey-column-missing', { column: key });
    // Without types no row can be read; one problem says so, not one per row.
    if (missing.includes('type')) return { rows: [], sheetRows: [] };
    this.registerLanguages(table, languages);
    const rows: (SurveyRow | LoopMarker)[] = [];
    const sheetRows: number[] = [];
    for (const record of table.records) {
      const row = this.surveyRow(table, record, languages);
      if (!row) continue;
      rows.push(row);
      sheetRows.push(record.row);
    }
    return { rows, sheetRows };
  }

  choices(table: SheetTable | undefined, languages: Languages): ChoiceList[] {
    // A choices sheet with nothing under its headers is no list at all, as for pyxform.
    if (!table || !table.records.length) return [];
    if (!table.columns.some((c) => c.header.known && c.header.key === 'list_name')) {
      this.coded('choices', 1, 'list_name', 'xlsform-choices-without-list-name', {});
      return [];
    }
    this.registerLanguages(table, languages);
    const lists = new Map<string, ChoiceList>();
    for (const record of table.records) {
      const cells = this.cells(table, record, languages);
      const listName = cells.plain.list_name;
      // A row without list_name belongs to no list, and no question can show it; pyxform passes
      // over it (field-tm's slum assessment has one), and so does Kelisim.
      if (listName === undefined) continue;
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
  /** form_title per language, by the header's language part ("Russian (ru)"). */
  titles: Record<string, string>;
}

/** A sheet kept verbatim (entities, external_choices): its rows with values, as text from column A. */
function rawSheet(sheet: SheetCells): string[][] {
  const width = Math.max(0, ...sheet.rows.flatMap((row) => [...row.cells.keys()]));
  return sheet.rows.map((row) => Array.from({ length: width }, (_, i) => row.cells.get(i + 1) ?? ''));
}

/** Sheets pyxform reads beside survey, choices and settings that Kelisim keeps without interpreting. */
const KEPT_SHEETS = ['entities', 'external_choices'];

function readSettings(table: SheetTable | undefined): Settings {
  const settings: Settings = { known: {}, extra: {}, titles: {} };
  const record = table?.records[0];
  if (!table || !record) return settings;
  for (const column of table.columns) {
    const text = record.cells.get(column.index);
    if (text === undefined) continue;
    if (column.header.known && column.header.language !== undefined) settings.titles[column.header.language] = text;
    else if (column.header.known) settings.known[column.header.key] = text;
    else settings.extra[column.header.key] = text;
  }
  return settings;
}

/**
 * pyxform's `clean_text_values` setting, on unless the settings say no: a run of spaces in a survey cell is one space
 * (labels, hints, expressions), as ODK Central and Kobo show the form. Cells are trimmed in any case.
 */
function cleanTextValues(table: SheetTable, setting: string | undefined): SheetTable {
  if (setting !== undefined && NO.has(setting.trim().toLowerCase())) return table;
  for (const record of table.records) {
    for (const [column, text] of record.cells) record.cells.set(column, text.replace(/ {2,}/g, ' '));
  }
  return table;
}

/** A form_id from a file name when the workbook has no settings: "Tolerance survey 2024.xlsx" → "Tolerance_survey_2024". */
function formIdFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const id = base
    .trim()
    .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
    .replace(/^_+|_+$/g, '');
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
  const workbook = await openWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name, fileName, [
    'survey',
    'choices',
    'settings',
    ...KEPT_SHEETS,
  ]);
  const reader = new WorkbookReader(fileName);
  const surveySheet = findSheet(workbook.sheets, 'survey');
  if (!surveySheet) {
    const sheets = workbook.sheetNames.map((sheet) => `"${sheet}"`).join(', ') || 'none';
    throw codedError('bad-input', 'xlsform-problems', { file: name, count: 1 }, [
      codedProblem('xlsform-no-survey-sheet', { sheets }, fileName ? { file: fileName } : {}),
    ]);
  }
  const settingsSheet = findSheet(workbook.sheets, 'settings');
  const choicesSheet = findSheet(workbook.sheets, 'choices');
  const settings = readSettings(settingsSheet && readSheetTable(settingsSheet, 'settings', reader.problems, fileName));
  const languages = new Languages(settings.known.default_language ? parseLanguage(settings.known.default_language) : undefined);
  const surveyTable = cleanTextValues(readSheetTable(surveySheet, 'survey', reader.problems, fileName), settings.extra.clean_text_values);
  const choiceLists = reader.choices(choicesSheet && readSheetTable(choicesSheet, 'choices', reader.problems, fileName), languages);
  const read = reader.survey(surveyTable, languages);
  const loopProblems: Parameters<typeof expandLoops>[3] = [];
  const expanded = expandLoops(read.rows, read.sheetRows, choiceLists, loopProblems);
  const survey = qualifyNames(expanded.survey);
  const sheetRows = expanded.sheetRows;
  for (const problem of loopProblems) reader.coded('survey', problem.row, 'type', problem.code, problem.params);
  reader.locations.surveyRows = sheetRows;

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
  const titles = Object.entries(settings.titles).filter(([, text]) => text.trim());
  if (titles.length) form.titles = Object.fromEntries(titles.map(([header, text]) => [parseLanguage(header).code, text]));
  const kept = KEPT_SHEETS.map((sheet) => findSheet(workbook.sheets, sheet)).filter((sheet) => sheet?.rows.length);
  if (kept.length) form.extraSheets = Object.fromEntries(kept.map((sheet) => [sheet!.name.trim().toLowerCase(), rawSheet(sheet!)]));

  // A workbook never holds the CSV files its selects read (pyxform takes it without them, as ODK Central does):
  // they come with the import (--attach) or later (kelisim form attach), and are checked there.
  const problems = [...reader.problems, ...checkForm(form, reader.locations).filter((problem) => problem.code !== 'attachment-missing')];
  if (problems.length) {
    const order: Record<string, number> = { survey: 0, choices: 1, settings: 2 };
    problems.sort((a, b) => (order[a.sheet ?? ''] ?? 3) - (order[b.sheet ?? ''] ?? 3) || (a.row ?? 0) - (b.row ?? 0));
    throw codedError('bad-input', 'xlsform-problems', { file: name, count: problems.length }, problems);
  }
  return form;
}
