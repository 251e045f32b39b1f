/**
 * Before a researcher imports a table, Kelisim shows what the import would do — the columns matched to questions,
 * the first rows, how many rows are valid and each problem with its row and column — and writes nothing. The screen
 * asks `responses.previewImport` with the file's bytes; the CLI has `responses import --dry-run`. Before this there
 * was no way to see the matching or the problems without attempting the import.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { openSession } from '../../../src/app/session';
import { kelisim } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { cp1251 } from '../../helpers/windows-1251';
import { studyWithForms } from '../../helpers/study';
import fs from 'node:fs';

const en = (text: string) => ({ en: text, ru: `${text} (ru)` });
const form: FormDefinition = {
  formId: 'places',
  title: 'Places',
  version: '1',
  defaultLanguage: 'en',
  languages: [
    { code: 'en', name: 'English' },
    { code: 'ru', name: 'Русский' },
  ],
  survey: [
    { type: 'text', name: 'settlement', label: en('Settlement') },
    { type: 'integer', name: 'age', label: en('Age'), required: true },
    { type: 'calculate', name: 'older', calculation: "if(${age} >= 60, 'yes', 'no')" },
  ],
  choiceLists: [],
};

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(async () => {
  ({ temp, db } = await studyWithForms([form]));
});
afterEach(() => temp.cleanup());

async function previewAsThePage(bytes: Uint8Array, extra: { encoding?: 'windows-1251'; language?: string } = {}) {
  // The browser-mode server's transport: the page hands bytes, never a path.
  const session = await openSession({ databasePath: db, transport: 'browser' });
  try {
    return await session.handlers['responses.previewImport']({ formId: 'places', file: { name: 'people.csv', bytes }, ...extra }, () => {});
  } finally {
    session.close();
  }
}

describe('responses.previewImport', () => {
  it('matches columns, shows the first rows, counts valid and invalid rows, and lists problems with line and column', async () => {
    const csv = 'settlement,age,older,mood\nАтырау қ.,34,no,\nҚызылорда,abc,,\nShymkent,,,\n';
    await expect(previewAsThePage(Buffer.from(csv))).resolves.toMatchObject({
      columns: [
        { header: 'settlement', role: 'question', question: 'settlement', label: { en: 'Settlement' } },
        { header: 'age', role: 'question', question: 'age' },
        { header: 'older', role: 'calculation', question: 'older' },
        { header: 'mood', role: 'unknown' },
      ],
      encoding: 'utf-8',
      rows: 3,
      validRows: 0,
      invalidRows: 0,
      sample: [{ line: 2, cells: ['Атырау қ.', '34', 'no', ''] }, { line: 3 }, { line: 4 }],
    });
    const good = await previewAsThePage(Buffer.from('settlement,age\nАтырау қ.,34\nҚызылорда,abc\nShymkent,\n'), { language: 'ru' });
    expect(good).toMatchObject({ rows: 3, validRows: 1, invalidRows: 2 });
    expect(good.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'age'],
      [4, 'age'],
    ]);
    // The row problems are in the language asked for (Cyrillic words for ru).
    expect(good.problems[1].message).toMatch(/[а-я]/);
  });

  it('refuses a Windows-1251 file as UTF-8 with line and byte offset, and reads it whole when told', async () => {
    const bytes = Buffer.concat([Buffer.from('settlement,age\nAlmaty,30\n'), cp1251('Атырау,41\n')]);
    await expect(previewAsThePage(bytes)).rejects.toMatchObject({ code: 'csv-invalid-utf8', params: { line: 3, offset: 25 } });
    const preview = await previewAsThePage(bytes, { encoding: 'windows-1251' });
    expect(preview).toMatchObject({
      encoding: 'windows-1251',
      validRows: 2,
      sample: [{ cells: ['Almaty', '30'] }, { cells: ['Атырау', '41'] }],
    });
  });

  it('refuses a path from the page', async () => {
    const session = await openSession({ databasePath: db, transport: 'browser' });
    try {
      await expect(
        session.handlers['responses.previewImport']({ formId: 'places', file: { path: '/etc/passwd' } }, () => {}),
      ).rejects.toMatchObject({ code: 'path-from-interface' });
    } finally {
      session.close();
    }
  });
});

describe('kelisim responses import --dry-run', () => {
  it('lists the matching and the problems, exits 2 when the import would be refused, and leaves the database as it was', async () => {
    const file = temp.file('people.csv');
    fs.writeFileSync(file, 'settlement,age\nAlmaty,30\nAtyrau,abc\n');
    const before = sha256File(db);
    const run = await kelisim('responses', 'import', '--db', db, '--form', 'places', '--dry-run', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('1. settlement -> question settlement');
    expect(run.stdout).toContain('Rows: 2; valid: 1; invalid: 1');
    expect(run.stdout).toMatch(/row 3, column age/);
    expect(sha256File(db)).toBe(before);

    fs.writeFileSync(file, 'settlement,age\nAlmaty,30\n');
    const clean = await kelisim('responses', 'import', '--db', db, '--form', 'places', '--dry-run', '--json', file);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ rows: 1, validRows: 1, invalidRows: 0 });
    expect(sha256File(db)).toBe(before);
  });
});
