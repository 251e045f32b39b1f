/**
 * A researcher brings respondents from another tool as a table — one row per respondent, a column per question —
 * and imports them with `kelisim responses import`. Every problem is listed with its row and column; nothing is
 * stored while a row is invalid unless --skip-invalid; the rows become finalized responses.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { openSession } from '../../../src/app/session';
import { openDatabase } from '../../../src/store/database';
import { getResponseByUuid } from '../../../src/store/responses';
import { loadResponseColumns, readResponseColumns } from '../../../src/store/columns';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { localizedMessage } from '../../../src/common/errors';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { cp1251 } from '../../helpers/windows-1251';
import { studyWithForms } from '../../helpers/study';

const en = (text: string) => ({ en: text });
const choices = (names: string[]) => names.map((name) => ({ name, label: en(name) }));

/** A short questionnaire with a skip (distance only for those who know people of other groups), a calculation and a constraint. */
const neighbours: FormDefinition = {
  formId: 'neighbours',
  title: 'Neighbours',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'start', name: 'started' },
    { type: 'username', name: 'interviewer' },
    { type: 'select_one', name: 'region', listName: 'region', label: en('Region'), required: true },
    {
      type: 'integer',
      name: 'age',
      label: en('Age'),
      required: true,
      constraint: '. >= 18',
      constraintMessage: en('Adults only (18 or older).'),
    },
    { type: 'select_one', name: 'knows_other', listName: 'yes_no', label: en('Do you know people of other groups?') },
    {
      type: 'select_one',
      name: 'distance',
      listName: 'distance',
      label: en('Closest relation you accept'),
      relevant: "${knows_other} = 'yes'",
    },
    { type: 'select_multiple', name: 'languages', listName: 'languages', label: en('Languages spoken') },
    { type: 'select_one', name: 'tol_1', listName: 'agree5', label: en('Diversity enriches us') },
    { type: 'calculate', name: 'age_group', calculation: "if(${age} >= 60, 'older', 'younger')" },
    { type: 'date', name: 'arrived', label: en('Arrived in the settlement on') },
    { type: 'text', name: 'comment', label: en('Comment') },
  ],
  choiceLists: [
    { name: 'region', choices: choices(['abai', 'almaty', 'turkistan']) },
    { name: 'yes_no', choices: choices(['yes', 'no']) },
    { name: 'distance', choices: choices(['1', '2', '3', '4', '5', '6', '7']) },
    { name: 'languages', choices: choices(['kk', 'ru', 'uz', 'en']) },
    { name: 'agree5', choices: [...choices(['1', '2', '3', '4', '5']), { name: '8', label: en("Don't know"), missing: true }] },
  ],
};

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(async () => {
  ({ temp, db } = await studyWithForms([neighbours]));
});
afterEach(() => temp.cleanup());

function write(name: string, text: string): string {
  fs.writeFileSync(temp.file(name), text);
  return temp.file(name);
}

async function importFile(file: string, ...options: string[]) {
  return kelisim('responses', 'import', '--db', db, '--form', 'neighbours', file, ...options);
}

function storedResponses() {
  const database = openDatabase(db, { readonly: true });
  try {
    const uuids = database.prepare('SELECT uuid FROM responses ORDER BY id').pluck().all() as string[];
    return uuids.map((uuid) => getResponseByUuid(database, uuid)!);
  } finally {
    database.close();
  }
}

const VALID = [
  'region,age,knows_other,distance,languages,tol_1,arrived,comment,interviewer,started',
  'abai,34,yes,2,kk ru,4,2019-05-01,,Айгүл,2026-09-01T10:15:00.000+05:00',
  'turkistan,71,no,,uz  ru,8,,"Көршілер жақсы, бірақ ""тыныш"" емес",Болат,2026-09-02T11:00:00.000+05:00',
  ' almaty ,45,yes,7,,2,,,Айгүл,',
].join('\n');

describe('kelisim responses import', () => {
  it('imports every row as a finalized response with a new id, revision 1, choice names as stored', async () => {
    const run = await importFile(write('respondents.csv', VALID), '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      formId: 'neighbours',
      version: '1',
      imported: 3,
      skipped: 0,
      errors: [],
      cleared: 0,
      notes: [],
    });
    const responses = storedResponses();
    expect(responses.map((r) => [r.status, r.revision])).toEqual([
      ['final', 1],
      ['final', 1],
      ['final', 1],
    ]);
    expect(new Set(responses.map((r) => r.uuid)).size).toBe(3);
    expect(responses[0].answers).toEqual({
      region: 'abai',
      age: '34',
      knows_other: 'yes',
      distance: '2',
      languages: 'kk ru',
      tol_1: '4',
      arrived: '2019-05-01',
      interviewer: 'Айгүл',
      started: '2026-09-01T10:15:00.000+05:00',
      age_group: 'younger',
    });
    // Cells are trimmed, a select_multiple's choices rejoined with one space, quotes read as RFC 4180 says.
    expect(responses[1].answers).toMatchObject({
      languages: 'uz ru',
      tol_1: '8',
      age_group: 'older',
      comment: 'Көршілер жақсы, бірақ "тыныш" емес',
    });
    expect(responses[2].answers.region).toBe('almaty');
    // The interview's metadata columns give the response's interviewer and start time.
    expect(responses[0].interviewer).toBe('Айгүл');
    expect(responses[0].startedAt).toBe(Date.parse('2026-09-01T10:15:00.000+05:00'));
  });

  it('lists every problem with its CSV line and column, exits 2 and imports nothing', async () => {
    const before = sha256File(db);
    const file = write(
      'respondents.csv',
      [
        'region,age,knows_other,distance,languages,tol_1,arrived,comment',
        'abai,34,yes,2,kk,4,,',
        'astana,17,yes,9,kk fr,4,2019-02-30,',
        '"turkistan",,no,,ru,5,,"a comment',
        'over two lines"',
        'almaty,forty,yes,1,,6,,',
      ].join('\n'),
    );
    const run = kelisimProcess(['responses', 'import', '--db', db, '--form', 'neighbours', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/3 of 4 rows have problems, so nothing was imported/);
    const problems = lines.slice(1).map((line) => line.trim().replace(`${file}, `, ''));
    expect(problems).toEqual([
      'row 3, column region: “astana” is not one of the choices of this question.',
      'row 3, column age: Adults only (18 or older).',
      'row 3, column distance: “9” is not one of the choices of this question.',
      'row 3, column languages: “fr” is not one of the choices of this question.',
      'row 3, column arrived: Enter a date as YYYY-MM-DD, for example 2024-05-31.',
      // The quoted comment spans lines 4 and 5: the row is named by the line it starts on.
      'row 4, column age: This question must be answered.',
      'row 6, column age: Enter a whole number, for example 42.',
      'row 6, column tol_1: “6” is not one of the choices of this question.',
    ]);
    expect(sha256File(db)).toBe(before);
    expect(storedResponses()).toEqual([]);
  });

  it('rolls back rows already written when a later row is invalid', async () => {
    const valid = Array.from({ length: 25_000 }, (_, i) => `abai,${18 + (i % 60)},${1 + (i % 5)}`);
    const file = write('long.csv', ['region,age,tol_1', ...valid, 'abai,12,3', 'abai,30,3'].join('\n'));
    const run = await importFile(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/1 of 25002 rows have problems, so nothing was imported/);
    expect(run.stderr).toMatch(/row 25002, column age: Adults only/);
    expect(storedResponses()).toEqual([]);
    expect(JSON.parse((await importFile(file, '--skip-invalid', '--json')).stdout)).toMatchObject({ imported: 25_001, skipped: 1 });
  });

  it('imports the valid rows with --skip-invalid and reports the skipped ones', async () => {
    const file = write('respondents.csv', ['region,age', 'abai,34', 'abai,12', 'almaty,', 'turkistan,50'].join('\n'));
    const run = await importFile(file, '--skip-invalid', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ imported: 2, skipped: 2 });
    expect(result.errors.map((problem: any) => [problem.row, problem.column])).toEqual([
      [3, 'age'],
      [4, 'age'],
    ]);
    expect(storedResponses().map((r) => r.answers.age)).toEqual(['34', '50']);
  });

  it('refuses columns that are not questions of the form, naming them all', async () => {
    // Kobo's _uuid is a submission column, read past (responses-import-kobo.test.ts); _uid is nobody's.
    const run = await importFile(write('export.csv', 'region,age,_uuid,_uid,Age,region\nabai,30,x,y,1,abai\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the columns _uid, Age are not questions of the form; nothing was imported/);
    expect(run.stderr).toMatch(/row 1, column region: the column "region" appears twice/);
    expect(storedResponses()).toEqual([]);
  });

  it('clears answers to questions the other answers skip, as finalizing an interview does, and counts them', async () => {
    const run = await importFile(write('respondents.csv', 'region,age,knows_other,distance\nabai,30,no,3\nabai,30,yes,3\n'), '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 2, cleared: 1 });
    expect(storedResponses().map((r) => r.answers.distance)).toEqual([undefined, '3']);
  });

  it('ignores columns of calculations: they are worked out from the answers', async () => {
    await importFile(write('respondents.csv', 'region,age,age_group\nabai,75,younger\n'));
    expect(storedResponses()[0].answers.age_group).toBe('older');
  });

  it('reads Excel workbooks, naming sheet rows in problems and dates as dates', async () => {
    const workbook = temp.file('respondents.xlsx');
    fs.writeFileSync(
      workbook,
      await buildWorkbook([
        {
          name: 'Respondents',
          rows: [['region', 'age', 'arrived', 'tol_1'], ['abai', 34, new Date(Date.UTC(2019, 4, 1)), 4], null, ['almaty', 15, null, 5]],
        },
      ]),
    );
    const refused = await importFile(workbook);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/sheet Respondents, row 4, column age: Adults only/);
    const run = await importFile(workbook, '--skip-invalid', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, skipped: 1 });
    expect(storedResponses()[0].answers).toMatchObject({ region: 'abai', age: '34', arrived: '2019-05-01', tol_1: '4' });
  });

  it('reads what Excel saves in Russian and Kazakh locales: semicolons, Windows-1251 when told so', async () => {
    const text = 'region;age;comment\nabai;30;Көршілер\nturkistan;41;Соседи хорошие\n'.replace('Көршілер', 'Хорошо');
    const bytes = Buffer.from(new TextEncoder().encode(text));
    const legacy = cp1251(text);
    expect(legacy.length).toBeLessThan(bytes.length);
    fs.writeFileSync(temp.file('excel.csv'), legacy);
    // Nothing is guessed: the file is not UTF-8, so it is refused until the user says what it is.
    const refused = await importFile(temp.file('excel.csv'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/excel\.csv is not UTF-8 text: line 2, at byte offset 27 /);
    const run = await importFile(temp.file('excel.csv'), '--encoding', 'windows-1251', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 2 });
    expect(storedResponses().map((r) => r.answers.comment)).toEqual(['Хорошо', 'Соседи хорошие']);
  });

  it('reads Kazakh text that first appears after megabytes of plain ASCII, a letter cut between two reads', async () => {
    // The reader decodes 4 MiB at a time: ASCII rows up to just before that, then a Kazakh comment across the boundary.
    const header = 'region,age,tol_1,comment';
    const rows: string[] = [];
    let bytes = header.length + 1;
    for (let i = 0; bytes < 4 * 1024 * 1024 - 30; i++) {
      rows.push(`abai,${18 + (i % 60)},4,plain ascii comment number ${i}`);
      bytes += Buffer.byteLength(rows[rows.length - 1]) + 1;
    }
    const kazakh = 'Көршілерім — өзбектер мен ұйғырлар бәрі тату';
    rows.push(`turkistan,40,5,${kazakh}`, 'abai,41,3,Ещё один');
    const run = await importFile(write('long.csv', [header, ...rows].join('\n')), '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: rows.length });
    const database = openDatabase(db, { readonly: true });
    try {
      const last = database.prepare('SELECT answer_values FROM answers ORDER BY response_id DESC LIMIT 2').pluck().all() as string[];
      expect(last.map((values) => values.split('\x1f').at(-1))).toEqual(['Ещё один', kazakh]);
    } finally {
      database.close();
    }
  });

  it('caches the imported answers as columns identical to the ones read back from the responses', async () => {
    await importFile(write('respondents.csv', VALID));
    const database = openDatabase(db);
    try {
      const fields = ['region', 'age', 'languages', 'tol_1', 'distance', 'age_group', 'comment'];
      const cached = loadResponseColumns(database, { formId: 'neighbours', fields });
      const fresh = readResponseColumns(database, { formId: 'neighbours', fields });
      const decode = (column: { values: string[]; codes: Int32Array }) =>
        Array.from(column.codes, (code) => (code < 0 ? null : column.values[code]));
      for (const field of fields) expect(decode(cached.fields.get(field)!), field).toEqual(decode(fresh.fields.get(field)!));
      expect(Array.from(cached.responseIds)).toEqual(Array.from(fresh.responseIds));
      expect(Array.from(cached.startedAt)).toEqual(Array.from(fresh.startedAt));
      expect(decode(cached.interviewer)).toEqual(decode(fresh.interviewer));
      expect(decode(cached.deviceId)).toEqual(decode(fresh.deviceId));
      expect(Array.from(cached.final)).toEqual([1, 1, 1]);
    } finally {
      database.close();
    }
  });

  it('adds to a form that already has responses, and the analyses count both imports', async () => {
    await importFile(write('first.csv', 'region,age,tol_1\nabai,30,4\nabai,40,5\n'));
    await importFile(write('second.csv', 'region,age,tol_1\nalmaty,50,4\n'));
    const run = await kelisim('analyze', 'frequencies', '--db', db, '--form', 'neighbours', '--var', 'tol_1', '--json');
    const rows = JSON.parse(run.stdout).rows;
    expect(rows.find((row: any) => row.value === '4').count).toBe(2);
    expect(rows.find((row: any) => row.value === '5').count).toBe(1);
  });

  it("stores a table whose columns are the form's fields in order exactly as one in any other order", async () => {
    const session = await openSession({ databasePath: db, transport: 'cli' });
    const likert: FormDefinition = {
      ...neighbours,
      formId: 'likert',
      survey: [neighbours.survey[2], ...['tol_1', 'tol_2', 'tol_3'].map((name) => ({ ...neighbours.survey[7], name }))],
    };
    await session.handlers['forms.publish']({ form: likert }, () => {});
    session.close();
    const rows = ['abai\t1\t2\t3', 'almaty\t\t8\t', 'turkistan\t 4 \t5\t1', '"abai"\t2\t2\t2', 'abai\t3'];
    const inOrder = write('in-order.tsv', ['region\ttol_1\ttol_2\ttol_3', ...rows].join('\n'));
    const shuffled = write(
      'shuffled.tsv',
      [
        'tol_3\ttol_1\tregion\ttol_2',
        ...rows.map((row) => {
          const cells = row.replaceAll('"', '').split('\t');
          return [cells[3] ?? '', cells[1] ?? '', cells[0], cells[2] ?? ''].join('\t');
        }),
      ].join('\n'),
    );
    for (const file of [inOrder, shuffled]) {
      const run = await kelisim('responses', 'import', '--db', db, '--form', 'likert', file, '--json');
      expect(JSON.parse(run.stdout)).toMatchObject({ imported: 5 });
    }
    const answers = storedResponses().map((r) => r.answers);
    expect(answers.slice(0, 5)).toEqual([
      { region: 'abai', tol_1: '1', tol_2: '2', tol_3: '3' },
      { region: 'almaty', tol_2: '8' },
      { region: 'turkistan', tol_1: '4', tol_2: '5', tol_3: '1' },
      { region: 'abai', tol_1: '2', tol_2: '2', tol_3: '2' },
      { region: 'abai', tol_1: '3' },
    ]);
    expect(answers.slice(5)).toEqual(answers.slice(0, 5));
  });

  it('takes the file as bytes too, as the analysis screen in a browser sends it', async () => {
    const session = await openSession({ databasePath: db, transport: 'browser' });
    try {
      const csv = await session.handlers['responses.import'](
        {
          formId: 'neighbours',
          file: { name: 'picked.csv', bytes: new TextEncoder().encode('region,age\nabai,30\n') },
        },
        () => {},
      );
      expect(csv).toMatchObject({ imported: 1 });
      const workbook = await buildWorkbook([
        {
          name: 'Sheet1',
          rows: [
            ['region', 'age'],
            ['turkistan', 44],
            ['abai', 3],
          ],
        },
      ]);
      const progress: string[] = [];
      const xlsx = await session.handlers['responses.import'](
        {
          formId: 'neighbours',
          file: { name: 'picked.xlsx', bytes: workbook },
          skipInvalid: true,
        },
        (report) => progress.push(report.phase),
      );
      expect(xlsx).toMatchObject({ imported: 1, skipped: 1, errors: [{ file: 'picked.xlsx', sheet: 'Sheet1', row: 3, column: 'age' }] });
      expect(progress).toContain('write');
    } finally {
      session.close();
    }
  });

  it('names a value standing under no header by code, so the screens say it in the interface language', async () => {
    const session = await openSession({ databasePath: db, transport: 'browser' });
    try {
      const result = await session.handlers['responses.import'](
        {
          formId: 'neighbours',
          file: { name: 'stray.csv', bytes: new TextEncoder().encode('region,age\nabai,30,Арал\n') },
          skipInvalid: true,
        },
        () => {},
      );
      expect(result).toMatchObject({ imported: 0, skipped: 1 });
      const [stray] = result.errors;
      expect(stray).toMatchObject({ row: 2, column: '#3', code: 'import-cell-without-column', params: { value: 'Арал', column: 3 } });
      expect(stray.message).toBe('"Арал" stands in column 3, which has no name in the header');
      expect(localizedMessage(stray, 'ru')).toBe('Значение «Арал» стоит в столбце 3, у которого нет названия в строке заголовков.');
    } finally {
      session.close();
    }
  });

  it('gives the same responses, problems and cache whether the file is read in a second thread or not', async () => {
    const { importRespondents } = await import('../../../src/collect/import/respondents');
    const rows = Array.from({ length: 3000 }, (_, i) =>
      [
        ['abai', 'almaty', 'turkistan'][i % 3],
        18 + (i % 70),
        i % 2 ? 'yes' : 'no',
        1 + (i % 7),
        ['kk', 'ru kk', ''][i % 3],
        1 + (i % 5),
        i % 500 === 7 ? 'Көршілер' : '',
      ].join(','),
    );
    rows[1234] = 'abai,12,yes,3,kk,4,';
    const file = write('respondents.csv', ['region,age,knows_other,distance,languages,tol_1,comment', ...rows].join('\n'));
    const results = [];
    for (const readerThread of [false, true]) {
      const target = temp.file(`study-${readerThread}.db`);
      fs.copyFileSync(db, target);
      const session = await openSession({ databasePath: target, transport: 'cli' });
      try {
        const refused = await importRespondents(session.db, { formId: 'neighbours', file: { path: file }, readerThread }).catch(
          (error) => error,
        );
        // The code travels from the reading thread too, so that the screen can say the problem in its language.
        expect(refused.problems).toEqual([
          {
            file,
            row: 1236,
            column: 'age',
            field: 'age',
            message: 'Adults only (18 or older).',
            code: 'answer-constraint',
            params: { own: 'Adults only (18 or older).' },
          },
        ]);
        const result = await importRespondents(session.db, { formId: 'neighbours', file: { path: file }, readerThread, skipInvalid: true });
        const answers = session.db.prepare('SELECT answer_values FROM answers ORDER BY response_id').pluck().all();
        const cached = loadResponseColumns(session.db, { formId: 'neighbours', fields: ['region', 'languages', 'distance'] });
        const decode = (column: { values: string[]; codes: Int32Array }) =>
          Array.from(column.codes, (code) => (code < 0 ? null : column.values[code]));
        results.push({ result, answers, columns: ['region', 'languages', 'distance'].map((field) => decode(cached.fields.get(field)!)) });
      } finally {
        session.close();
      }
    }
    // The second thread really read the file (it is not the fallback to this thread that ran).
    const { importThroughReaderThread } = await import('../../../src/collect/import/parallel');
    const { getFormVersion } = await import('../../../src/store/forms');
    const database = openDatabase(temp.file('study-true.db'));
    try {
      const version = getFormVersion(database, 'neighbours', '1')!;
      const setup = {
        formId: 'neighbours',
        version: '1',
        versionId: version.id,
        fields: version.fields,
        skipInvalid: true,
        now: 0,
        thisDevice: 'dev-test',
        capture: false,
      };
      const outcome = importThroughReaderThread(database, setup, version, { path: file }, () => {});
      expect(outcome).toMatchObject({ imported: 2999, skipped: 1 });
    } finally {
      database.close();
    }
    // Every even row says knows_other = no yet gives a distance (cleared), but row 1234, replaced by the invalid one.
    expect(results[0].result).toMatchObject({ imported: 2999, skipped: 1, cleared: 1499 });
    expect(results[1]).toEqual(results[0]);
  });

  it('says which file, form or version is missing', async () => {
    expect((await importFile(temp.file('nowhere.csv'))).stderr).toMatch(/nowhere\.csv does not exist/);
    const run = await kelisim(
      'responses',
      'import',
      '--db',
      db,
      '--form',
      'neighbours',
      '--version',
      '9',
      write('a.csv', 'region\nabai\n'),
    );
    expect(run.stderr).toMatch(/no version "9" \(versions: 1\)/);
    expect((await importFile(write('empty.csv', ''))).stderr).toMatch(/empty/);
  });
});
