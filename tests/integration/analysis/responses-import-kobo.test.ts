/**
 * A team moving from KoboToolbox brings its data as Kobo exports it ("XML values and headers", group names in the
 * headers, `;` between fields): `group/name` headers, a select_multiple's answer column followed by one 0/1 column per
 * option, a geopoint split into `_NAME_latitude`… columns, and Kobo's own submission columns (`_id`, `_uuid`,
 * `_submission_time`, `meta/instanceID`, `__version__`, `_status`, `_submitted_by`, `_tags`, `_notes`,
 * `_validation_status`, `_index`). The header of the sheet below is the one kpi's formpack writes for this form (the
 * column order of its CSV export: questions in survey order, then the submission columns). The import matches the
 * questions by path (or by their last step), reads the rest past with a note, and refuses a name several questions
 * share, naming the candidates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { KelisimError } from '../../../src/common/errors';
import { getResponseByUuid } from '../../../src/store/responses';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import fs from 'node:fs';
import ExcelJS from 'exceljs';

const temp = tempFolder('kelisim-kobo-import-');
let session: Session;

/** Owner and tenant each have a `name` (XLSForm allows it in different groups; Kelisim stores them as owner_name, tenant_name). */
const SURVEY = [
  ['type', 'name', 'label'],
  ['start', 'start', ''],
  ['end', 'end', ''],
  ['begin_group', 'owner', 'Owner'],
  ['text', 'name', 'Name of the owner'],
  ['integer', 'age', 'Age of the owner'],
  ['end_group', '', ''],
  ['begin_group', 'tenant', 'Tenant'],
  ['text', 'name', 'Name of the tenant'],
  ['select_multiple langs', 'languages', 'Languages spoken'],
  ['end_group', '', ''],
  ['geopoint', 'location', 'Location'],
];
const CHOICES = [
  ['list_name', 'name', 'label'],
  ['langs', 'kk', 'Kazakh'],
  ['langs', 'ru', 'Russian'],
  ['langs', 'uz', 'Uzbek'],
];

const KOBO_HEADER = [
  'start',
  'end',
  'owner/name',
  'owner/age',
  'tenant/name',
  'tenant/languages',
  'tenant/languages/kk',
  'tenant/languages/ru',
  'tenant/languages/uz',
  'location',
  '_location_latitude',
  '_location_longitude',
  '_location_altitude',
  '_location_precision',
  'meta/instanceID',
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];
const KOBO_ROWS = [
  [
    '2026-09-01T10:15:00.000+05:00',
    '2026-09-01T10:31:00.000+05:00',
    'Айгүл',
    '52',
    'Болат',
    'kk ru',
    '1',
    '1',
    '0',
    '43.2389 76.8897 850 5',
    '43.2389',
    '76.8897',
    '850',
    '5',
    'uuid:1b9c1a52-6f0c-4a8e-9d1b-5a8e1f0b2c01',
    '101',
    '1b9c1a52-6f0c-4a8e-9d1b-5a8e1f0b2c01',
    '2026-09-01T05:32:10',
    '',
    '[]',
    'submitted_via_web',
    'aigul',
    'vXyZ123',
    '[]',
    '1',
  ],
  [
    '2026-09-02T11:00:00.000+05:00',
    '2026-09-02T11:20:00.000+05:00',
    'Дмитрий',
    '38',
    'Ойгүл',
    'uz',
    '0',
    '0',
    '1',
    '',
    '',
    '',
    '',
    '',
    'uuid:2c8d2b63-7a1d-4b9f-8e2c-6b9f2a1c3d02',
    '102',
    '2c8d2b63-7a1d-4b9f-8e2c-6b9f2a1c3d02',
    '2026-09-02T06:21:44',
    '',
    '[]',
    'submitted_via_web',
    'dmitry',
    'vXyZ123',
    '[]',
    '2',
  ],
];
const csv = (rows: string[][]) => rows.map((row) => row.join(';')).join('\r\n') + '\r\n';

beforeAll(async () => {
  session = await openSession({ databasePath: temp.file('study.db'), transport: 'cli' });
  const bytes = await buildWorkbook([
    { name: 'survey', rows: SURVEY },
    { name: 'choices', rows: CHOICES },
    {
      name: 'settings',
      rows: [
        ['form_id', 'version'],
        ['household_kobo', '1'],
      ],
    },
  ]);
  await session.handlers['forms.import']({ file: { name: 'household_kobo.xlsx', bytes } }, () => {});
});
afterAll(() => {
  session.close();
  temp.cleanup();
});

describe("a Kobo export's CSV", () => {
  it('imports by group path, reading past the option and submission columns with notes', async () => {
    const file = temp.file('kobo.csv');
    fs.writeFileSync(file, csv([KOBO_HEADER, ...KOBO_ROWS]));
    const preview = await session.handlers['responses.previewImport']({ formId: 'household_kobo', file: { path: file } }, () => {});
    expect(preview.columns.map((c) => [c.header, c.role, c.question ?? ''])).toEqual([
      ['start', 'question', 'start'],
      ['end', 'question', 'end'],
      ['owner/name', 'question', 'owner_name'],
      ['owner/age', 'question', 'age'],
      ['tenant/name', 'question', 'tenant_name'],
      ['tenant/languages', 'question', 'languages'],
      ['tenant/languages/kk', 'option', ''],
      ['tenant/languages/ru', 'option', ''],
      ['tenant/languages/uz', 'option', ''],
      ['location', 'question', 'location'],
      ...KOBO_HEADER.slice(10).map((header) => [header, 'system', '']),
    ]);
    expect(preview.problems).toEqual([]);

    const result = await session.handlers['responses.import']({ formId: 'household_kobo', file: { path: file } }, () => {});
    expect(result).toMatchObject({ imported: 2, skipped: 0, errors: [] });
    expect(result.notes.map((note) => [note.code, note.params])).toEqual([
      ['import-columns-system', { columns: KOBO_HEADER.slice(10).join(', '), count: 15 }],
      ['import-columns-options', { columns: 'tenant/languages/kk, tenant/languages/ru, tenant/languages/uz', count: 3 }],
    ]);
    const uuids = session.db.prepare('SELECT uuid FROM responses ORDER BY id').pluck().all() as string[];
    const answers = uuids.map((uuid) => getResponseByUuid(session.db, uuid)!.answers);
    expect(answers.map((a) => [a.owner_name, a.age, a.tenant_name, a.languages, a.location])).toEqual([
      ['Айгүл', '52', 'Болат', 'kk ru', '43.2389 76.8897 850 5'],
      ['Дмитрий', '38', 'Ойгүл', 'uz', undefined],
    ]);
  });

  it('matches a header by the last step of its path, and refuses a step several questions share, naming them', async () => {
    const byStep = temp.file('steps.csv');
    fs.writeFileSync(
      byStep,
      csv([
        ['household/owner/age', 'languages', '_id'],
        ['61', 'ru', '7'],
      ]),
    );
    const preview = await session.handlers['responses.previewImport']({ formId: 'household_kobo', file: { path: byStep } }, () => {});
    expect(preview.columns.map((c) => [c.role, c.question ?? ''])).toEqual([
      ['question', 'age'],
      ['question', 'languages'],
      ['system', ''],
    ]);

    const ambiguous = temp.file('ambiguous.csv');
    fs.writeFileSync(
      ambiguous,
      csv([
        ['name', 'owner/age'],
        ['Асель', '44'],
      ]),
    );
    const error = await session.handlers['responses.import']({ formId: 'household_kobo', file: { path: ambiguous } }, () => {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KelisimError);
    expect((error as KelisimError).problems.map((p) => [p.code, p.column, p.params])).toEqual([
      ['import-column-ambiguous', 'name', { name: 'name', candidates: 'owner/name, tenant/name' }],
    ]);
    // The command line refuses it as bad input (exit 2), with the candidates in the message.
    const cli = await kelisim('responses', 'import', '--db', temp.file('study.db'), '--form', 'household_kobo', ambiguous);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('owner/name, tenant/name');
  });

  it("exports with Kobo's group-path headers, which import again to the same answers", async () => {
    const out = temp.file('paths.csv');
    await session.handlers['report.csv']({ formId: 'household_kobo', outPath: out, headers: 'paths' }, () => {});
    const header = fs
      .readFileSync(out, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')[0]
      .split(',');
    expect(header).toEqual([
      'uuid',
      'form_version',
      'interviewer',
      'device',
      'started_at',
      'finished_at',
      'duration_min',
      'start',
      'end',
      'owner/name',
      'owner/age',
      'tenant/name',
      'tenant/languages',
      'tenant/languages/kk',
      'tenant/languages/ru',
      'tenant/languages/uz',
      'location',
      '_location_latitude',
      '_location_longitude',
      '_location_altitude',
      '_location_precision',
    ]);
    const names = temp.file('names.csv');
    await session.handlers['report.csv']({ formId: 'household_kobo', outPath: names }, () => {});
    expect(fs.readFileSync(names, 'utf8').split('\r\n')[0]).toContain(
      ',owner_name,age,tenant_name,languages,languages__kk,languages__ru,languages__uz,location,location-Latitude,',
    );

    // The workbook's Data sheet heads its columns the same way.
    const book = temp.file('paths.xlsx');
    await session.handlers['report.workbook']({ formId: 'household_kobo', outPath: book, language: 'en', headers: 'paths' }, () => {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    expect((workbook.getWorksheet('Data')!.getRow(1).values as unknown[]).slice(1)).toEqual(header);

    // Kobo's paths lead back to the same questions: the preview of the export matches every answer column.
    const preview = await session.handlers['responses.previewImport']({ formId: 'household_kobo', file: { path: out } }, () => {});
    expect(preview.columns.filter((c) => c.role === 'question').map((c) => c.question)).toEqual([
      'start',
      'end',
      'owner_name',
      'age',
      'tenant_name',
      'languages',
      'location',
    ]);
    expect(preview.columns.filter((c) => c.role === 'unknown' || c.role === 'ambiguous')).toEqual([]);

    // And it imports into another database to the same answers (its "2026-09-01 10:15:00" times read as ODK's).
    const again = await openSession({ databasePath: temp.file('again.db'), transport: 'cli' });
    try {
      const bytes = await buildWorkbook([
        { name: 'survey', rows: SURVEY },
        { name: 'choices', rows: CHOICES },
        {
          name: 'settings',
          rows: [
            ['form_id', 'version'],
            ['household_kobo', '1'],
          ],
        },
      ]);
      await again.handlers['forms.import']({ file: { name: 'household_kobo.xlsx', bytes } }, () => {});
      const result = await again.handlers['responses.import']({ formId: 'household_kobo', file: { path: out } }, () => {});
      expect(result.imported).toBe(2);
      const answersIn = (s: Session) =>
        (s.db.prepare('SELECT uuid FROM responses ORDER BY id').pluck().all() as string[]).map(
          (uuid) => getResponseByUuid(s.db, uuid)!.answers,
        );
      const withoutTimes = (list: Record<string, string>[]) => list.map(({ start: _s, end: _e, ...rest }) => rest);
      expect(withoutTimes(answersIn(again))).toEqual(withoutTimes(answersIn(session)));
      expect(answersIn(again).map((a) => a.start)).toEqual(['2026-09-01T10:15:00', '2026-09-02T11:00:00']);
    } finally {
      again.close();
    }
  });
});
