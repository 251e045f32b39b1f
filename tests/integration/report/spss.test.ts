import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { createStudyDatabase } from '../../fixtures/report/field-study';
import { findTool, psppTables } from './external-tools';

process.env.TZ = 'Asia/Tashkent'; // interview start and end in the exporting computer's zone, UTC+5

const pspp = findTool('pspp');
let temp: ReturnType<typeof tempFolder>;
let db: string;
let folder: string;
beforeAll(async () => {
  temp = tempFolder('kelisim-spss-');
  db = temp.file('study.db');
  await createStudyDatabase(db);
  folder = temp.file('export');
  fs.mkdirSync(folder);
});
afterAll(() => temp.cleanup());

async function exportSpss(language: string) {
  const run = await kelisim('export', 'spss', '--db', db, '--form', 'field_study', '--out', folder, '--lang', language, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('kelisim export spss', () => {
  it('writes FORMID.csv and FORMID.sps side by side, the syntax naming the CSV by its file name', async () => {
    const result = await exportSpss('kk');
    expect(result).toEqual({
      csvPath: path.join(folder, 'field_study.csv'),
      syntaxPath: path.join(folder, 'field_study.sps'),
      responses: 3,
      variables: 32,
      renamed: {
        with: 'with_',
        'sub-district': 'sub_district',
        очень_длинное_имя_переменной_на_русском_языке_для_проверки_имён_spss: 'очень_длинное_имя_переменной_на_ру',
      },
    });
    expect(fs.readdirSync(folder).sort()).toEqual(['field_study.csv', 'field_study.sps']);
    const syntax = fs.readFileSync(result.syntaxPath, 'utf8');
    expect(syntax).toContain("/FILE='field_study.csv'");
    expect(syntax.split('\n').every((line) => Buffer.byteLength(line, 'utf8') < 256)).toBe(true);
    // SPSS reads one case per line: the comment's line break became a space in this CSV.
    const csv = fs.readFileSync(result.csvPath, 'utf8');
    expect(csv.split('\r\n').length).toBe(1 + 3 + 1);
    expect(csv).toContain('"Бәрі жақсы, ""рахмет"", көп рахмет! Екінші жол; ещё строка"');
  });

  const title = 'runs in PSPP without an error or warning and gives the variables, labels and missing values';
  it.skipIf(!pspp)(pspp ? title : `${title} — SKIPPED: pspp is not installed (Debian: apt install pspp)`, async () => {
    await exportSpss('kk');
    // PSPP is run from the export folder, as a user would; the checking syntax and PSPP's output live elsewhere.
    const check = temp.file('check.sps');
    const output = temp.file('pspp-output.csv');
    fs.writeFileSync(
      check,
      `SET TVARS=NAMES TNUMBERS=VALUES.\nINSERT FILE='${path.join(folder, 'field_study.sps')}'.\nDISPLAY DICTIONARY.\nLIST.\n`,
    );
    const plain = spawnSync(pspp!, ['field_study.sps'], { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    expect(plain.stdout + plain.stderr).not.toMatch(/error|warning/i);
    expect(plain.status).toBe(0);
    const run = spawnSync(pspp!, [check, '-o', output], { cwd: folder, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const tables = psppTables(fs.readFileSync(output, 'utf8'));

    const variables = new Map(
      tables
        .get('Variables')!
        .slice(1)
        .map((row) => [row[0], row]),
    );
    expect(variables.size).toBe(32);
    const describe = (name: string) => {
      const row = variables.get(name)!;
      return { label: row[2], level: row[3], format: row[7], missing: row[9] };
    };
    expect(describe('region')).toEqual({ label: 'Облыс', level: 'Nominal', format: 'A11', missing: '' });
    expect(describe('household_id')).toEqual({ label: 'Үй шаруашылығының нөмірі', level: 'Nominal', format: 'A4', missing: '' });
    expect(describe('tol_2')).toEqual({ label: 'Бөлек тұрған дұрыс.', level: 'Ordinal', format: 'F1.0', missing: '8' });
    expect(describe('distance')).toEqual({ label: 'Әлеуметтік қашықтық', level: 'Ordinal', format: 'F2.0', missing: '96 THRU 99' });
    expect(describe('age')).toEqual({ label: 'Жасыңыз', level: 'Scale', format: 'F2.0', missing: '' });
    expect(describe('income')).toEqual({ label: 'Табыс, мың теңге', level: 'Scale', format: 'F6.1', missing: '' });
    expect(describe('visit_date')).toMatchObject({ format: 'SDATE10' });
    expect(describe('next_visit')).toMatchObject({ format: 'DATETIME20.0' });
    expect(describe('languages__kk')).toEqual({ label: 'Тілдер: Қазақ тілі', level: 'Nominal', format: 'F1.0', missing: '' });
    expect(describe('with_')).toMatchObject({ label: 'Отбасымен бе?' });
    expect(describe('очень_длинное_имя_переменной_на_ру')).toMatchObject({ label: 'Ұзын атау' });
    expect(describe('comment')).toMatchObject({ label: 'Пікір' });

    // Value labels: [variable (on its first row), value (missing codes footnoted), label].
    const labels = tables.get('Value Labels')!.slice(1);
    const labelsOf = (name: string) => {
      const start = labels.findIndex((row) => row[0] === name);
      const end = labels.findIndex((row, i) => i > start && row[0] !== '');
      return labels.slice(start, end < 0 ? undefined : end).map((row) => `${row[1]}=${row[2]}`);
    };
    expect(labelsOf('distance')).toEqual([
      '1=Туыс',
      '2=Дос',
      '3=Көрші',
      '96[a]=Басқа',
      '97[a]=Білмеймін',
      '98[a]=Жауап жоқ',
      '99[a]=Қолданылмайды',
    ]);
    expect(labelsOf('school_grade')).toEqual(['01=Бірінші', '02=Екінші']);
    expect(labelsOf('region')).toEqual([
      'abai=Абай облысы',
      'almaty_city=Алматы қаласы',
      'karaganda=Қарағанды облысы',
      'turkistan=Түркістан облысы',
    ]);
    expect(labelsOf('languages__ru')).toEqual(['0=таңдалмаған', '1=таңдалған']);

    // The data as PSPP read it, against the fixture's answers.
    const [header, ...cases] = tables.get('Data List')!;
    expect(cases.length).toBe(3);
    const first = Object.fromEntries(header.map((name, i) => [name, cases[0][i].trim()]));
    expect(first).toMatchObject({
      household_id: '007',
      age: '34',
      income: '1234.5',
      visit_date: '2025/01/15',
      visit_clock: '09:05:00',
      started_at: '15-JAN-2025 09:00:00',
      duration_min: '30.5',
      tol_2: '8',
      school_grade: '01',
      languages: 'kk ru',
      languages__en: '0',
      with_: 'yes',
      sub_district: '12',
      comment: 'Бәрі жақсы, "рахмет", көп рахмет! Екінші жол; ещё строка',
      old_question: 'ескі жауап',
      next_visit: '.',
    });
  });

  it('refuses a folder that does not exist or is a file, with one line and exit 2', async () => {
    const absent = temp.file('absent');
    const run = await kelisim('export', 'spss', '--db', db, '--form', 'field_study', '--out', absent);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kelisim export spss: cannot write into ${absent}: the folder does not exist\n`);
    const file = temp.file('study.db');
    const onFile = await kelisim('export', 'spss', '--db', db, '--form', 'field_study', '--out', file);
    expect(onFile.stderr).toBe(`kelisim export spss: cannot write into ${file}: it is a file, not a folder\n`);
  });
});
