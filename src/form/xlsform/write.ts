import ExcelJS from 'exceljs';
import type { Choice, FormDefinition, Language, SurveyRow, Translations } from '../model';
import { formatLanguage, isUnnamedDefault, translatedHeader } from '../languages';
import { formatRowType } from './row-type';

/** A column of a written sheet: its header and how to get its cell from an item. */
interface Column<T> {
  header: string;
  cell: (item: T) => string;
}

const yes = (flag: boolean | undefined) => (flag ? 'yes' : '');

function translatedColumns<T>(
  column: string,
  languages: Language[],
  items: T[],
  texts: (item: T) => Translations | undefined,
  always = false,
): Column<T>[] {
  return languages
    .filter((language) => always || items.some((item) => texts(item)?.[language.code]))
    .map((language) => ({ header: translatedHeader(column, language), cell: (item: T) => texts(item)?.[language.code] ?? '' }));
}

function extraColumns<T>(items: T[], extra: (item: T) => Record<string, string> | undefined): Column<T>[] {
  const headers: string[] = [];
  for (const item of items) for (const header of Object.keys(extra(item) ?? {})) if (!headers.includes(header)) headers.push(header);
  return headers.map((header) => ({ header, cell: (item: T) => extra(item)?.[header] ?? '' }));
}

/** Drops columns no item fills, except those listed as always written. */
function used<T>(columns: Column<T>[], items: T[], always: Set<string>): Column<T>[] {
  return columns.filter((column) => always.has(column.header) || items.some((item) => column.cell(item) !== ''));
}

function surveyColumns(form: FormDefinition): Column<SurveyRow>[] {
  const rows = form.survey;
  const { languages } = form;
  // Every language gets a label column, so that reading the workbook back finds the same languages in the same order.
  const labels = translatedColumns('label', languages, rows, (r) => r.label, true);
  const columns: Column<SurveyRow>[] = [
    { header: 'type', cell: (r) => formatRowType(r.type, r.listName, r.orOther) },
    { header: 'name', cell: (r) => r.sourceName ?? r.name },
    ...labels,
    ...translatedColumns('hint', languages, rows, (r) => r.hint),
    { header: 'required', cell: (r) => r.requiredIf ?? yes(r.required) },
    ...translatedColumns('required_message', languages, rows, (r) => r.requiredMessage),
    { header: 'relevant', cell: (r) => r.relevant ?? '' },
    { header: 'constraint', cell: (r) => r.constraint ?? '' },
    ...translatedColumns('constraint_message', languages, rows, (r) => r.constraintMessage),
    { header: 'calculation', cell: (r) => r.calculation ?? '' },
    { header: 'default', cell: (r) => r.default ?? '' },
    { header: 'appearance', cell: (r) => r.appearance ?? '' },
    { header: 'choice_filter', cell: (r) => r.choiceFilter ?? '' },
    { header: 'read_only', cell: (r) => r.readOnlyIf ?? yes(r.readOnly) },
    { header: 'parameters', cell: (r) => r.parameters ?? '' },
    { header: 'repeat_count', cell: (r) => r.repeatCount ?? '' },
    { header: 'scale', cell: (r) => r.scale ?? '' },
    { header: 'reverse', cell: (r) => yes(r.reverse) },
    ...extraColumns(rows, (r) => r.extra),
  ];
  return used(columns, rows, new Set(['type', 'name', ...labels.map((c) => c.header)]));
}

interface ChoiceRow {
  listName: string;
  choice: Choice;
}

function choiceColumns(form: FormDefinition, rows: ChoiceRow[]): Column<ChoiceRow>[] {
  const labels = translatedColumns('label', form.languages, rows, (r) => r.choice.label, true);
  const columns: Column<ChoiceRow>[] = [
    { header: 'list_name', cell: (r) => r.listName },
    { header: 'name', cell: (r) => r.choice.name },
    ...labels,
    { header: 'missing', cell: (r) => yes(r.choice.missing) },
    ...extraColumns(rows, (r) => r.choice.extra),
  ];
  return used(columns, rows, new Set(['list_name', 'name', ...labels.map((c) => c.header)]));
}

function settingsRow(form: FormDefinition): [string, string][] {
  const settings: [string, string][] = [['form_title', form.title]];
  for (const [code, text] of Object.entries(form.titles ?? {})) {
    if (!text) continue;
    const language = form.languages.find((l) => l.code === code) ?? { code, name: '' };
    settings.push([`form_title::${isUnnamedDefault(language) ? code : formatLanguage(language)}`, text]);
  }
  settings.push(['form_id', form.formId]);
  if (form.version) settings.push(['version', form.version]);
  const defaultLanguage = form.languages.find((l) => l.code === form.defaultLanguage) ?? { code: form.defaultLanguage, name: '' };
  if (!isUnnamedDefault(defaultLanguage)) settings.push(['default_language', formatLanguage(defaultLanguage)]);
  for (const [key, value] of Object.entries(form.settingsExtra ?? {})) settings.push([key, value]);
  return settings;
}

function addSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: Column<T>[], items: T[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const item of items) sheet.addRow(columns.map((c) => c.cell(item)));
  columns.forEach((column, i) => {
    const longest = Math.max(column.header.length, ...items.map((item) => column.cell(item).length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

/**
 * Writes the form as an XLSForm workbook (survey, choices, settings) that ODK and KoboToolbox
 * accept and that `readXlsForm` reads back to an identical model. Every cell is written as text, so
 * choice names such as "1" stay text.
 */
export async function writeXlsForm(form: FormDefinition): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kelisim';
  addSheet(workbook, 'survey', surveyColumns(form), form.survey);
  const choiceRows = form.choiceLists.flatMap((list) => list.choices.map((choice) => ({ listName: list.name, choice })));
  addSheet(workbook, 'choices', choiceColumns(form, choiceRows), choiceRows);
  const settings = settingsRow(form);
  addSheet(
    workbook,
    'settings',
    settings.map(([header], i) => ({ header, cell: () => settings[i][1] })),
    [null],
  );
  for (const [name, rows] of Object.entries(form.extraSheets ?? {})) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}
