/**
 * Importing the XLSForm workbooks researchers bring (ODK, KoboToolbox, hand-edited Excel) and
 * exporting workbooks those tools accept.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KelisimError } from '../../../src/common/errors';
import type { FormDefinition } from '../../../src/form';
import { checkForm, findField, readXlsForm, writeXlsForm } from '../../../src/form';
import { brokenWorkbook } from '../../fixtures/form/broken';
import { everyTypeWorkbook } from '../../fixtures/form/every-type';
import { messyKoboWorkbook } from '../../fixtures/form/messy-kobo';
import { plainLabelWorkbook } from '../../fixtures/form/plain-label';
import type { SheetSource } from '../../fixtures/form/workbook';
import { buildWorkbook } from '../../fixtures/form/workbook';

const read = async (sheets: SheetSource[], fileName: string) => readXlsForm(await buildWorkbook(sheets), fileName);

async function rejection(bytes: Uint8Array | ArrayBuffer, fileName?: string): Promise<KelisimError> {
  try {
    await readXlsForm(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(KelisimError);
    return error as KelisimError;
  }
  throw new Error('the workbook was accepted');
}

/** The header row and cells of a written sheet, as text. */
async function sheetRows(bytes: Uint8Array, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const rows: string[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return rows;
}

describe('reading what real workbooks contain', () => {
  it('reads a hand-edited Kobo workbook with odd headers, blank rows, spaces, booleans and formulas', async () => {
    const form = await read(messyKoboWorkbook, 'Messy Kobo form.xlsx');
    // No settings sheet: the form is named after its file.
    expect(form).toMatchObject({ formId: 'Messy_Kobo_form', title: 'Messy_Kobo_form', version: '', defaultLanguage: 'en' });
    expect(form.languages).toEqual([
      { code: 'en', name: 'English' },
      { code: 'ru', name: '' },
    ]);
    expect(form.survey.map((row) => row.name)).toEqual([
      'about',
      'age',
      'married',
      'children',
      'langs',
      'trust',
      '',
      'visit',
      'callback',
      'double_age',
      'bye',
    ]);
    // Rich text becomes plain text; TRUE, =TRUE(), 1 and yes all mean required, FALSE does not.
    expect(findField(form, 'age')).toMatchObject({
      label: { en: 'How old are you?', ru: 'Сколько вам лет?' },
      required: true,
      hint: { en: 'In full years' },
    });
    expect(findField(form, 'married')).toMatchObject({ listName: 'yn', required: true, relevant: '${age} >= 16' });
    expect(findField(form, 'children')).toMatchObject({ listName: 'yn', orOther: true, required: true });
    expect(findField(form, 'langs')).toMatchObject({ type: 'select_multiple', listName: 'langs', required: true });
    expect(findField(form, 'trust')!.required).toBeUndefined();
    // A date cell where text is expected, alias columns (calculate, read only), a media column kept verbatim.
    expect(findField(form, 'visit')!.default).toBe('2024-05-31');
    expect(findField(form, 'double_age')!.calculation).toBe('${age} * 2');
    expect(findField(form, 'bye')).toMatchObject({ readOnly: true, extra: { 'Media::Image': 'thanks.png' } });
    // Choice names typed as numbers are text.
    expect(form.choiceLists.find((l) => l.name === 'agree')!.choices.map((c) => c.name)).toEqual(['1', '2', '3']);
  });

  it('reads a one-language form whose labels sit in a plain label column', async () => {
    const form = await read(plainLabelWorkbook, 'neighbours.xlsx');
    expect(form).toMatchObject({ formId: 'neighbours', title: 'Neighbours', version: '3', defaultLanguage: 'default' });
    expect(form.languages).toEqual([{ code: 'default', name: '' }]);
    expect(findField(form, 'neighbour_count')).toMatchObject({
      label: { default: 'How many such neighbouring families?' },
      hint: { default: 'Count households, not people' },
      constraintMessage: { default: 'At least one' },
    });
  });

  it('reads a plain label column as the language settings name as default', async () => {
    const sheets: SheetSource[] = [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'label::Russian (ru)'],
          ['text', 'town', 'Қала', 'Город'],
        ],
      },
      {
        name: 'settings',
        rows: [
          ['form_id', 'default_language'],
          ['towns', 'Kazakh (kk)'],
        ],
      },
    ];
    const form = await read(sheets, 'towns.xlsx');
    expect(form.languages).toEqual([
      { code: 'kk', name: 'Kazakh' },
      { code: 'ru', name: 'Russian' },
    ]);
    expect(form.defaultLanguage).toBe('kk');
    expect(findField(form, 'town')!.label).toEqual({ kk: 'Қала', ru: 'Город' });
  });

  it('maps language names written without codes to codes', async () => {
    const sheets: SheetSource[] = [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label::English', 'label::Russian', 'label::Klingon'],
          ['text', 'town', 'Town', 'Город', 'veng'],
        ],
      },
    ];
    const form = await read(sheets, 'towns.xlsx');
    expect(form.languages).toEqual([
      { code: 'en', name: 'English' },
      { code: 'ru', name: 'Russian' },
      { code: 'Klingon', name: '' },
    ]);
    expect(findField(form, 'town')!.label).toEqual({ en: 'Town', ru: 'Город', Klingon: 'veng' });
  });
});

describe('reporting every problem of a workbook at once', () => {
  it('lists each problem with file, sheet, row, column and a sentence', async () => {
    const error = await rejection(await buildWorkbook(brokenWorkbook), 'broken.xlsx');
    expect(error.kind).toBe('bad-input');
    expect(error.message).toBe('broken.xlsx: 11 problems');
    const file = 'broken.xlsx';
    expect(error.problems).toEqual([
      {
        file,
        sheet: 'survey',
        row: 1,
        column: 'Label',
        code: 'xlsform-repeated-column',
        params: { column: 'Label', letter: 'D', earlier: 'C' },
        message: 'The column "Label" (column D) repeats column C; keep one of them.',
      },
      {
        file,
        sheet: 'survey',
        row: 2,
        column: 'type',
        code: 'xlsform-unknown-type',
        params: { text: 'selct_one yn', suggestion: 'select_one' },
        message: '"selct_one yn" is not an XLSForm question type. Did you mean "select_one"?',
      },
      {
        file,
        sheet: 'survey',
        row: 3,
        column: 'type',
        code: 'xlsform-type-needs-device',
        params: { type: 'osm' },
        message:
          'The type "osm" needs a phone\'s own hardware, which a laptop interview cannot use. Delete the row or change its type (to geopoint or text, for example).',
      },
      {
        file,
        sheet: 'survey',
        row: 4,
        column: 'type',
        code: 'xlsform-select-extra-words',
        params: { text: 'select_one yn extra words', type: 'select_one', list: 'yn' },
        message: '"select_one yn extra words" has more after the list name than XLSForm allows: write "select_one yn" (or add "or_other").',
      },
      {
        file,
        sheet: 'survey',
        row: 5,
        column: 'type',
        code: 'xlsform-row-without-type',
        params: {},
        message: 'This row has a name or label but no type; give it a type or delete the row.',
      },
      {
        file,
        sheet: 'survey',
        row: 6,
        column: 'relevant',
        field: 'q4',
        code: 'expression-unreadable',
        params: { reason: 'expression-unexpected', text: ')', position: 8, expression: '${q1} > )' },
        message: 'Cannot read this expression: unexpected ")" at position 8 in "${q1} > )".',
      },
      {
        file,
        sheet: 'survey',
        row: 7,
        column: 'reverse',
        code: 'xlsform-not-yes-no',
        params: { text: 'maybe', column: 'reverse' },
        message: '"maybe" in reverse should be yes, or left empty for no.',
      },
      {
        file,
        sheet: 'survey',
        row: 7,
        column: 'type',
        field: 'q5',
        code: 'xlsform-list-missing',
        params: { list: 'nolist' },
        message: 'There is no choice list "nolist" on the choices sheet.',
      },
      {
        file,
        sheet: 'survey',
        row: 8,
        column: 'name',
        field: 'q4',
        code: 'xlsform-name-taken',
        params: { name: 'q4', earlierRow: 6 },
        message: 'The name "q4" is already used in row 6; every question, group and repeat needs its own name.',
      },
      {
        file,
        sheet: 'survey',
        row: 9,
        column: 'type',
        field: 'g',
        code: 'xlsform-never-closed',
        params: { kind: 'group', name: 'g' },
        message: 'The group "g" is never closed: add an end_group row after its last question.',
      },
      {
        file,
        sheet: 'choices',
        row: 4,
        column: 'missing',
        code: 'xlsform-not-yes-no',
        params: { text: 'perhaps', column: 'missing' },
        message: '"perhaps" in missing should be yes, or left empty for no.',
      },
    ]);
  });

  it('counts the rows of the workbook, blank ones included', async () => {
    const sheets: SheetSource[] = [
      {
        name: 'survey',
        rows: [['type', 'name', 'label'], null, null, ['integer', 'age', 'Age'], null, ['integer', 'age', 'Age again']],
      },
    ];
    const error = await rejection(await buildWorkbook(sheets), 'gaps.xlsx');
    expect(error.problems).toMatchObject([
      {
        sheet: 'survey',
        row: 6,
        column: 'name',
        message: 'The name "age" is already used in row 4; every question, group and repeat needs its own name.',
      },
    ]);
  });

  it('says what is missing when a sheet lacks the columns XLSForm needs', async () => {
    const sheets: SheetSource[] = [
      {
        name: 'survey',
        rows: [
          ['kind', 'label'],
          ['integer', 'Age'],
        ],
      },
      {
        name: 'choices',
        rows: [
          ['name', 'label'],
          ['yes', 'Yes'],
        ],
      },
    ];
    const error = await rejection(await buildWorkbook(sheets), 'columns.xlsx');
    expect(error.problems.map((p) => p.message)).toEqual([
      'The survey sheet has no "type" column.',
      'The survey sheet has no "name" column.',
      'The choices sheet has no "list_name" column, so its choices belong to no list.',
    ]);
  });

  it('takes two columns of one language when they say the same, and refuses them where they differ', async () => {
    // field-tm's slum assessment has `label` (default English) beside `label::English(en)`; pyxform takes both.
    const sheets = (second: string): SheetSource[] => [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'label::Kazakh (kk)'],
          ['text', 'town', 'Қала', second],
        ],
      },
      {
        name: 'settings',
        rows: [
          ['form_id', 'default_language'],
          ['towns', 'Kazakh (kk)'],
        ],
      },
    ];
    const form = await read(sheets('Қала'), 'towns.xlsx');
    expect(form.languages).toEqual([{ code: 'kk', name: 'Kazakh' }]);
    expect(findField(form, 'town')!.label).toEqual({ kk: 'Қала' });
    expect((await rejection(await buildWorkbook(sheets('Ауыл')), 'towns.xlsx')).problems).toEqual([
      {
        file: 'towns.xlsx',
        sheet: 'survey',
        row: 2,
        column: 'label::Kazakh (kk)',
        code: 'xlsform-language-clash',
        params: { column: 'label::Kazakh (kk)', earlier: 'label' },
        message:
          'The columns "label" and "label::Kazakh (kk)" hold the same language but differ in this row; keep one of them, or tell their languages apart (label::English (en) and label::Français (fr), for example).',
      },
    ]);
  });

  it('wants a survey sheet, and names the sheets it found', async () => {
    const error = await rejection(await buildWorkbook([{ name: 'Sheet1', rows: [['a']] }]), 'empty.xlsx');
    expect(error.message).toBe('empty.xlsx: 1 problem');
    expect(error.problems).toEqual([
      {
        file: 'empty.xlsx',
        code: 'xlsform-no-survey-sheet',
        params: { sheets: '"Sheet1"' },
        message: 'The workbook has no "survey" sheet (its sheets: "Sheet1"); an XLSForm lists its questions on a sheet named survey.',
      },
    ]);
  });

  it('refuses what is not an .xlsx workbook with a clear message, without crashing', async () => {
    const text = new TextEncoder().encode('type,name,label\ninteger,age,Age\n');
    expect((await rejection(text, 'form.csv')).problems).toEqual([
      { file: 'form.csv', code: 'xlsform-not-xlsx', params: {}, message: 'This is not an Excel workbook (.xlsx).' },
    ]);
    const oldExcel = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await rejection(oldExcel.buffer, 'form.xls')).message).toBe(
      'form.xls: This is an Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx and import that.',
    );
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await rejection(damaged, 'cut.xlsx')).message).toMatch(/^cut\.xlsx: The workbook cannot be read; it may be damaged \(.+\)\.$/);
    expect((await rejection(new Uint8Array(0))).message).toBe('The workbook: This is not an Excel workbook (.xlsx).');
  });
});

describe('writing workbooks ODK and Kobo accept', () => {
  it('writes survey, choices and settings sheets with XLSForm headers', async () => {
    const form = await read(everyTypeWorkbook, 'every-type.xlsx');
    const bytes = await writeXlsForm(form);
    const survey = await sheetRows(bytes, 'survey');
    expect(survey[0].slice(0, 9)).toEqual([
      'type',
      'name',
      'label::Kazakh (kk)',
      'label::Russian (ru)',
      'label::English (en)',
      'hint::English (en)',
      'required',
      'required_message::Kazakh (kk)',
      'required_message::English (en)',
    ]);
    expect(survey[0]).toContain('media::image::English (en)');
    expect(survey.find((row) => row[1] === 'ethnicity')![0]).toBe('select_one ethnicity or_other');
    expect(survey.find((row) => row[1] === 'age')![6]).toBe('yes');
    expect(survey.find((row) => row[1] === 'years_in_settlement')![6]).toBe('${age} > 60');
    expect((await sheetRows(bytes, 'choices'))[0]).toEqual([
      'list_name',
      'name',
      'label::Kazakh (kk)',
      'label::Russian (ru)',
      'label::English (en)',
      'missing',
      'region',
    ]);
    expect(await sheetRows(bytes, 'settings')).toEqual([
      ['form_title', 'form_id', 'version', 'default_language', 'instance_name', 'style'],
      ['Көршілер арасындағы төзімділік', 'tolerance_mini', '2024052101', 'Kazakh (kk)', "concat(${region}, '-', ${age})", 'pages'],
    ]);
  });

  it('writes a plain label column for a form without named languages', async () => {
    const bytes = await writeXlsForm(await read(plainLabelWorkbook, 'neighbours.xlsx'));
    expect((await sheetRows(bytes, 'survey'))[0]).toEqual([
      'type',
      'name',
      'label',
      'hint',
      'required',
      'relevant',
      'constraint',
      'constraint_message',
    ]);
    expect(await sheetRows(bytes, 'settings')).toEqual([
      ['form_title', 'form_id', 'version'],
      ['Neighbours', 'neighbours', '3'],
    ]);
  });
});

/** Every bundled questionnaire in surveys/. */
const repositoryRoot = new URL('../../../', import.meta.url);
const bundledSurveys = [new URL('surveys/tolerance-kz.xlsx', repositoryRoot)].filter((url) => existsSync(url));

const fixtures: [string, () => Promise<FormDefinition>][] = [
  ['every type', () => read(everyTypeWorkbook, 'every-type.xlsx')],
  ['messy Kobo', () => read(messyKoboWorkbook, 'Messy Kobo form.xlsx')],
  ['plain label', () => read(plainLabelWorkbook, 'neighbours.xlsx')],
  ...bundledSurveys.map((url): [string, () => Promise<FormDefinition>] => [
    url.pathname.split('/').slice(-2).join('/'),
    () => readXlsForm(new Uint8Array(readFileSync(url)), 'tolerance-kz.xlsx'),
  ]),
];

it('has the bundled questionnaire to round-trip', () => {
  expect(bundledSurveys.length).toBeGreaterThan(0);
});

describe.each(fixtures)('the round trip of the %s form', (_, load) => {
  it('reads back to an identical model after writing', async () => {
    const form = await load();
    const again = await readXlsForm(await writeXlsForm(form), 'written.xlsx');
    expect(again).toStrictEqual(form);
  });

  it('survives JSON storage and stays a sound form', async () => {
    const form = await load();
    expect(JSON.parse(JSON.stringify(form))).toStrictEqual(form);
    expect(checkForm(form)).toEqual([]);
  });
});
