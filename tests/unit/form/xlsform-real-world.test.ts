/**
 * The forms other teams write, category by category as issue #17 lists them: pyxform's type
 * spellings, typographic quotes, single-colon headers, settings, formula cells and Excel dates,
 * pyxform's label rules, names repeated in different groups, kept ODK types, entity sheets, and a
 * workbook whose formatting reaches row 1,048,576. Each expectation follows what pyxform 4.5 does
 * with the same sheet (its aliases.py and question_type_dictionary.py for the spellings).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { KelisimError } from '../../../src/common/errors';
import type { FormDefinition } from '../../../src/form';
import { findField, isCollectable, readXlsForm, writeXlsForm } from '../../../src/form';
import { parseRowType } from '../../../src/form/xlsform/row-type';
import { excelSerialToText } from '../../../src/form/xlsform/excel-dates';
import type { SheetSource } from '../../fixtures/form/workbook';
import { buildWorkbook } from '../../fixtures/form/workbook';

const read = async (sheets: SheetSource[], fileName = 'form.xlsx') => readXlsForm(await buildWorkbook(sheets), fileName);

async function problemsOf(sheets: SheetSource[]): Promise<{ row?: number; column?: string; code?: string; message: string }[]> {
  try {
    await read(sheets);
  } catch (error) {
    expect(error).toBeInstanceOf(KelisimError);
    return (error as KelisimError).problems.map(({ row, column, code, message }) => ({ row, column, code, message }));
  }
  throw new Error('the workbook was accepted');
}

/** Export, import again: the same form. */
async function roundTrip(form: FormDefinition): Promise<FormDefinition> {
  return readXlsForm(await writeXlsForm(form), 'again.xlsx');
}

const yesNo: SheetSource = {
  name: 'choices',
  rows: [
    ['list_name', 'name', 'label'],
    ['yn', 'yes', 'Yes'],
    ['yn', 'no', 'No'],
  ],
};

describe('type spellings pyxform accepts', () => {
  it.each([
    ['gps', 'geopoint'],
    ['location', 'geopoint'],
    ['uri:deviceid', 'deviceid'],
    ['imei', 'deviceid'],
    ['add text prompt', 'text'],
    ['phone number', 'text'],
    ['add file prompt', 'file'],
    ['photo', 'image'],
    ['add image prompt', 'image'],
    ['q int', 'integer'],
    ['date time', 'dateTime'],
    ['start time', 'start'],
    ['phonenumber', 'phonenumber'],
    ['uri:email', 'email'],
    ['start-geopoint', 'start-geopoint'],
    ['range', 'range'],
  ])('reads "%s" as %s', (cell, type) => {
    expect(parseRowType(cell)).toEqual({ ok: true, type });
  });

  it.each([
    ['select one from yn', { type: 'select_one', listName: 'yn' }],
    ['select all that apply from langs or specify other', { type: 'select_multiple', listName: 'langs', orOther: true }],
    ['select_one yn or_other', { type: 'select_one', listName: 'yn', orOther: true }],
    ['add select one prompt using yn', { type: 'select_one', listName: 'yn' }],
    ['select_one_from_file settlements.csv', { type: 'select_one', listName: 'settlements.csv' }],
    ['select multiple from file regions.xml', { type: 'select_multiple_from_file', listName: 'regions.xml' }],
  ])('reads "%s" with its list', (cell, parsed) => {
    expect(parseRowType(cell)).toEqual({ ok: true, ...parsed });
  });

  it('matches the spaced spellings in lower case only, as pyxform (onadata MCH_v1 writes "Select one from")', () => {
    expect(parseRowType('Select one from source')).toMatchObject({ ok: false, problem: { code: 'xlsform-unknown-type' } });
    expect(parseRowType('Select_One yn')).toEqual({ ok: true, type: 'select_one', listName: 'yn' });
  });

  it('refuses osm and background-audio, naming the type and what to do', () => {
    for (const type of ['osm', 'background-audio']) {
      const parsed = parseRowType(type === 'osm' ? 'osm building_tags' : type);
      expect(parsed).toEqual({ ok: false, problem: { code: 'xlsform-type-needs-device', params: { type } } });
    }
  });

  it('reads a questionnaire written in pyxform spellings', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label'],
          ['select one from yn', 'consent', 'Do you agree?'],
          ['gps', 'where', 'Location'],
          ['add text prompt', 'comment', 'Comment'],
          ['uri:deviceid', 'device', null],
        ],
      },
      yesNo,
    ]);
    expect(form.survey.map((row) => [row.type, row.name, row.listName ?? ''])).toEqual([
      ['select_one', 'consent', 'yn'],
      ['geopoint', 'where', ''],
      ['text', 'comment', ''],
      ['deviceid', 'device', ''],
    ]);
  });
});

describe('ODK types kept in the form', () => {
  const sheets: SheetSource[] = [
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label', 'parameters', 'required'],
        ['range', 'satisfaction', 'How satisfied?', 'start=1 end=10 step=1', null],
        ['geotrace', 'route', 'Route walked', null, null],
        ['geoshape', 'plot', 'Plot boundary', null, null],
        ['image', 'house', 'Photo of the house', 'max-pixels=1024', 'yes'],
        ['audio', 'story', 'Record the story', null, null],
        ['video', 'clip', 'Video', null, null],
        ['file', 'scan', 'Attach the scan', null, null],
        ['barcode', 'code', 'Scan the card', null, null],
        ['hidden', 'batch', null, null, null],
        ['email', 'account', null, null, null],
        ['audit', 'audit', null, null, null],
        ['xml-external', 'regions', null, null, null],
        ['csv-external', 'prices', null, null, null],
        ['select_one_from_file settlements.csv', 'settlement', 'Settlement', null, null],
        ['background-geopoint', 'track', null, null, null],
      ],
    },
  ];

  it('imports them as pyxform does and writes them back unchanged', async () => {
    const form = await read(sheets);
    expect(form.survey.map((row) => row.type)).toEqual([
      'range',
      'geotrace',
      'geoshape',
      'image',
      'audio',
      'video',
      'file',
      'barcode',
      'hidden',
      'email',
      'audit',
      'xml-external',
      'csv-external',
      'select_one',
      'background-geopoint',
    ]);
    expect(findField(form, 'satisfaction')!.parameters).toBe('start=1 end=10 step=1');
    expect(findField(form, 'settlement')!.listName).toBe('settlements.csv');
    expect(await roundTrip(form)).toEqual(form);
  });

  it('marks which the interview asks today, so the interview side can skip the others', async () => {
    const form = await read(sheets);
    // The interview's widgets (range, geotrace, geoshape, media files, barcode, hidden, email) and a select from a CSV file.
    expect(form.survey.filter((row) => isCollectable(row.type)).map((row) => row.name)).toEqual([
      'satisfaction',
      'route',
      'plot',
      'house',
      'story',
      'clip',
      'scan',
      'code',
      'batch',
      'account',
      'settlement',
    ]);
    expect(['text', 'geopoint', 'select_one', 'note', 'start', 'begin_group'].every((type) => isCollectable(type as never))).toBe(true);
  });
});

describe('cells as real workbooks hold them', () => {
  it('straightens typographic quotes in expressions, as pyxform, and leaves them in labels', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'relevant'],
          ['text', 'building', '“Building” type', null],
          ['text', 'shop', 'Shop name', '${building}=’commercial’'],
        ],
      },
    ]);
    expect(findField(form, 'shop')!.relevant).toBe("${building}='commercial'");
    expect(findField(form, 'building')!.label).toEqual({ default: '“Building” type' });
  });

  it('reads single-colon headers when the sheet has no double colons (label:English, bind:relevant)', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label:English', 'bind:relevant', 'jr:count'],
          ['integer', 'age', 'Age', null, null],
          ['text', 'job', 'Job', '${age} > 16', null],
        ],
      },
    ]);
    expect(form.languages).toEqual([{ code: 'en', name: 'English' }]);
    expect(findField(form, 'job')).toMatchObject({ label: { en: 'Job' }, relevant: '${age} > 16' });
  });

  it('reads formula cells as their cached values (=FALSE() is not required)', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'required'],
          ['text', 'a', 'A', { formula: 'FALSE()', result: false }],
          ['text', 'b', 'B', { formula: 'TRUE()', result: true }],
        ],
      },
      { name: 'settings', rows: [['form_id'], [{ formula: 'CONCAT("structure_",1)', result: 'structure_1' }]] },
    ]);
    expect(findField(form, 'a')!.required).toBeUndefined();
    expect(findField(form, 'b')!.required).toBe(true);
    expect(form.formId).toBe('structure_1');
  });

  it("converts Excel day numbers with Excel's 1900 leap-year rule", () => {
    // Excel: DATE(1900,1,1) = 1, DATE(1900,2,28) = 59, 60 is the phantom 1900-02-29, DATE(1900,3,1) = 61,
    // DATE(2024,5,31) = 45443 (= days since 1899-12-30, counted with Python's datetime).
    expect(excelSerialToText(1, false)).toBe('1900-01-01');
    expect(excelSerialToText(59, false)).toBe('1900-02-28');
    expect(excelSerialToText(60, false)).toBeUndefined();
    expect(excelSerialToText(61, false)).toBe('1900-03-01');
    expect(excelSerialToText(45443, false)).toBe('2024-05-31');
    expect(excelSerialToText(45443.5, false)).toBe('2024-05-31T12:00:00');
    expect(excelSerialToText(0, true)).toBe('1904-01-01');
    // A number formatted as a date but beyond any date (the form_id formula of osm-fieldwork's structure form).
    expect(excelSerialToText(1e12, false)).toBeUndefined();
  });

  it('keeps a 1900-01-01 default typed as a date through export and import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('survey');
    sheet.addRow(['type', 'name', 'label', 'default']);
    sheet.addRow(['date', 'born', 'Date of birth', 1]);
    sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
    const form = await readXlsForm(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'dates.xlsx');
    expect(findField(form, 'born')!.default).toBe('1900-01-01');
    expect(findField(await roundTrip(form), 'born')!.default).toBe('1900-01-01');
  });

  it('reads a workbook whose data validations reach row 1,048,576 without expanding them', async () => {
    const bytes = await buildWorkbook([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label'],
          ['text', 'a', 'A'],
          ['integer', 'b', 'B'],
        ],
      },
    ]);
    // As Survey123 templates do: a list validation over whole columns, and a conditional format.
    const zip = await JSZip.loadAsync(bytes);
    const path = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(path)!.async('string');
    const formatting =
      '<conditionalFormatting sqref="A2:C1048576"><cfRule type="expression" priority="1"><formula>LEN(A2)&gt;0</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A1048576 B2:C1048576"><formula1>"text,integer"</formula1></dataValidation></dataValidations>';
    zip.file(path, xml.replace('</sheetData>', `</sheetData>${formatting}`));
    const started = performance.now();
    const form = await readXlsForm(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'survey123.xlsx');
    console.log(`A form with validations to row 1,048,576 read in ${Math.round(performance.now() - started)} ms.`);
    expect(form.survey.map((row) => row.name)).toEqual(['a', 'b']);
  });
});

describe('settings', () => {
  it('makes a run of spaces in a survey cell one space, as pyxform does unless clean_text_values says no', async () => {
    const sheets = (clean: string | null): SheetSource[] => [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'hint', 'relevant'],
          ['integer', 'age', 'How   old are  you?', 'In  completed years', null],
          ['text', 'why', 'Why?', null, '${age}  >  17'],
        ],
      },
      {
        name: 'settings',
        rows:
          clean === null
            ? [['form_id'], ['ages']]
            : [
                ['form_id', 'clean_text_values'],
                ['ages', clean],
              ],
      },
    ];
    const cleaned = await read(sheets(null));
    expect(cleaned.survey[0]).toMatchObject({ label: { default: 'How old are you?' }, hint: { default: 'In completed years' } });
    expect(cleaned.survey[1].relevant).toBe('${age} > 17');
    expect((await read(sheets('yes'))).survey[0].label).toEqual({ default: 'How old are you?' });
    const kept = await read(sheets('false()'));
    expect(kept.survey[0]).toMatchObject({ label: { default: 'How   old are  you?' }, hint: { default: 'In  completed years' } });
    expect(kept.settingsExtra).toEqual({ clean_text_values: 'false()' });
    expect(await roundTrip(kept)).toEqual(kept);
  });

  it('allows duplicate choices when allow_choice_duplicates says so', async () => {
    const sheets = (allow: string | null): SheetSource[] => [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label'],
          ['select_one c', 'county', 'County'],
        ],
      },
      {
        name: 'choices',
        rows: [
          ['list_name', 'name', 'label'],
          ['c', 'king', 'King (north)'],
          ['c', 'king', 'King (south)'],
        ],
      },
      {
        name: 'settings',
        rows: [
          ['form_id', 'allow_choice_duplicates'],
          ['counties', allow],
        ],
      },
    ];
    expect((await problemsOf(sheets(null))).map((p) => [p.row, p.code])).toEqual([[3, 'xlsform-duplicate-choice']]);
    const form = await read(sheets('yes'));
    expect(form.choiceLists[0].choices.map((c) => c.name)).toEqual(['king', 'king']);
    expect(await roundTrip(form)).toEqual(form);
  });

  it('starts in the first language when default_language names none of the columns', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label::French (fr)'],
          ['text', 'nom', 'Nom'],
        ],
      },
      {
        name: 'settings',
        rows: [
          ['form_id', 'default_language'],
          ['f', 'English'],
        ],
      },
    ]);
    expect(form.defaultLanguage).toBe('fr');
    expect(await roundTrip(form)).toEqual(form);
  });
});

describe("pyxform's rules for rows and choices", () => {
  it('names unnamed notes, takes a hint or media for a label and a question filled by a calculation without one', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'hint', 'media::image', 'calculation'],
          ['note', null, 'Welcome'],
          ['text', 'a', null, 'A hint is enough'],
          ['note', 'map', null, null, 'map.png'],
          ['dateTime', 'stamp', null, null, null, 'now()'],
        ],
      },
      { name: 'choices', rows: [['list_name', 'name', 'label']] },
    ]);
    expect(form.survey.map((row) => row.name)).toEqual(['generated_note_name_2', 'a', 'map', 'stamp']);
    expect(form.choiceLists).toEqual([]);
  });

  it('still wants a label, hint or media on what is asked', async () => {
    expect(
      await problemsOf([
        {
          name: 'survey',
          rows: [
            ['type', 'name', 'label', 'guidance_hint'],
            ['text', 'c', null, 'a guide'],
          ],
        },
      ]),
    ).toEqual([
      {
        row: 2,
        column: 'label',
        code: 'xlsform-no-label',
        message: 'The text "c" has no label, hint or media: write the text the interviewer reads out.',
      },
    ]);
  });

  it('passes over a choice row without list name, and takes a default that is not a choice', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'default'],
          ['select_one yn', 'q', 'Q', 'Fixme: I need this list'],
        ],
      },
      {
        name: 'choices',
        rows: [
          ['list_name', 'name', 'label'],
          ['yn', 'yes', 'Yes'],
          [null, null, 'a note about the list'],
          ['yn', 'no', 'No'],
        ],
      },
    ]);
    expect(form.choiceLists).toEqual([
      {
        name: 'yn',
        choices: [
          { name: 'yes', label: { default: 'Yes' } },
          { name: 'no', label: { default: 'No' } },
        ],
      },
    ]);
    expect(findField(form, 'q')!.default).toBe('Fixme: I need this list');
  });

  it('refuses a repeat named data, the survey root', async () => {
    expect(
      await problemsOf([
        { name: 'survey', rows: [['type', 'name', 'label'], ['begin_repeat', 'data', 'Data'], ['text', 'x', 'X'], ['end_repeat']] },
      ]),
    ).toEqual([
      {
        row: 2,
        column: 'name',
        code: 'xlsform-repeat-named-data',
        message: 'A repeat cannot be named "data": that is the name of the survey root (data). Give it another name.',
      },
    ]);
  });

  it('names the row when a question is named as its repeat (no "row NaN")', async () => {
    expect(
      await problemsOf([
        {
          name: 'survey',
          rows: [['type', 'name', 'label'], ['begin_repeat', 'gps', 'Points'], ['geopoint', 'gps', 'Point'], ['end_repeat']],
        },
      ]),
    ).toEqual([
      {
        row: 3,
        column: 'name',
        code: 'xlsform-named-as-container',
        message:
          'The name "gps" is also the name of the group or repeat around this row (row 2); references cannot tell them apart, so rename one of the two.',
      },
    ]);
  });
});

describe('the same name in different groups and repeats', () => {
  const household: SheetSource = {
    name: 'survey',
    rows: [
      ['type', 'name', 'label'],
      ['text', 'name', 'Respondent name'],
      ['begin_group', 'owner', 'Owner'],
      ['text', 'name', 'Owner name'],
      ['end_group'],
      ['begin_group', 'manager', 'Manager'],
      ['text', 'name', 'Manager name'],
      ['end_group'],
      ['begin_repeat', 'member', 'Member'],
      ['text', 'name', 'Member name'],
      ['end_repeat'],
    ],
  };

  it('keeps answers apart by naming a question after its group where its section repeats the name, and writes the names back as they were', async () => {
    const form = await read([household]);
    expect(form.survey.filter((row) => row.type === 'text').map((row) => [row.name, row.sourceName ?? ''])).toEqual([
      // The top-level question keeps its name; the repeat is a section of its own, as its answers are.
      ['name', ''],
      ['owner_name', 'name'],
      ['manager_name', 'name'],
      ['name', ''],
    ]);
    expect(await roundTrip(form)).toEqual(form);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await writeXlsForm(form)) as unknown as ArrayBuffer);
    expect(written.getWorksheet('survey')!.getColumn(2).values.slice(2)).toEqual([
      'name',
      'owner',
      'name',
      '',
      'manager',
      'name',
      '',
      'member',
      'name',
      '',
    ]);
  });

  it('refuses a reference to a name several groups share, naming the rows', async () => {
    const sheets: SheetSource[] = [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'calculation'],
          ['begin_group', 'owner', 'Owner'],
          ['text', 'name', 'Owner name'],
          ['end_group'],
          ['begin_group', 'manager', 'Manager'],
          ['text', 'name', 'Manager name'],
          ['end_group'],
          ['calculate', 'who', null, '${name}'],
        ],
      },
    ];
    expect((await problemsOf(sheets)).map((p) => [p.row, p.column, p.code, p.message])).toEqual([
      [
        8,
        'calculation',
        'xlsform-ambiguous-reference',
        'The reference ${name} is ambiguous: several rows have that name (3, 6). Give the question it means a name of its own.',
      ],
    ]);
  });

  it('expands a loop over a list into a group per choice, as pyxform does', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label'],
          ['begin loop over toilets', 'toilet_loop', null],
          ['integer', 'number', 'How many %(label)s are on the premises?'],
          ['end loop'],
        ],
      },
      {
        name: 'choices',
        rows: [
          ['list name', 'name', 'label'],
          ['toilets', 'pit', 'Pit latrines'],
          ['toilets', 'flush', 'Flush toilets'],
        ],
      },
    ]);
    expect(form.survey.map((row) => [row.type, row.name, row.label?.default ?? ''])).toEqual([
      ['begin_group', 'toilet_loop', ''],
      ['begin_group', 'pit', 'Pit latrines'],
      ['integer', 'pit_number', 'How many Pit latrines are on the premises?'],
      ['end_group', '', ''],
      ['begin_group', 'flush', 'Flush toilets'],
      ['integer', 'flush_number', 'How many Flush toilets are on the premises?'],
      ['end_group', '', ''],
      ['end_group', '', ''],
    ]);
    expect(await roundTrip(form)).toEqual(form);
  });
});

describe('sheets kept for ODK Central', () => {
  it('writes the entities sheet back, so the exported form still declares what save_to saves into', async () => {
    const form = await read([
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'save_to'],
          ['text', 'species', 'Species', 'species'],
        ],
      },
      {
        name: 'entities',
        rows: [
          ['list_name', 'label'],
          ['trees', 'concat(${species}, " tree")'],
        ],
      },
    ]);
    expect(form.extraSheets).toEqual({
      entities: [
        ['list_name', 'label'],
        ['trees', 'concat(${species}, " tree")'],
      ],
    });
    expect(await roundTrip(form)).toEqual(form);
  });
});
