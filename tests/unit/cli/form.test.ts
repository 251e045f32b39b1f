import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { brokenWorkbook } from '../../fixtures/form/broken';
import { readXlsForm } from '../../../src/form';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

describe('kelisim form', () => {
  it('imports the bundled survey and reports it as the issue specifies', async () => {
    const db = temp.file('study.db');
    const run = await kelisim('form', 'import', '--db', db, BUNDLED_SURVEY(), '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      formId: 'tolerance_kz',
      version: '2026120501',
      title: 'Қазақстандағы ұлтаралық төзімділік',
      languages: ['kk', 'ru', 'en'],
      questions: 62,
    });
    const list = await kelisim('form', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout)).toEqual([
      {
        formId: 'tolerance_kz',
        title: 'Қазақстандағы ұлтаралық төзімділік',
        titles: {
          kk: 'Қазақстандағы ұлтаралық төзімділік',
          ru: 'Межэтническая толерантность в Казахстане',
          en: 'Interethnic tolerance in Kazakhstan',
        },
        versions: ['2026120501'],
        responses: 0,
      },
    ]);
    // The text list shows the title in the language asked for.
    const russian = await kelisim('form', 'list', '--db', db, '--language', 'ru');
    expect(russian.stdout).toContain('tolerance_kz  "Межэтническая толерантность в Казахстане"  versions: 2026120501');
  });

  it('exports a workbook that imports back to the same model', async () => {
    const db = temp.file('study.db');
    await kelisim('form', 'import', '--db', db, BUNDLED_SURVEY());
    const out = temp.file('back.xlsx');
    const run = await kelisim('form', 'export', '--db', db, '--form', 'tolerance_kz', '--out', out);
    expect(run.code).toBe(0);
    const original = await readXlsForm(new Uint8Array(fs.readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');
    const exported = await readXlsForm(new Uint8Array(fs.readFileSync(out)), 'back.xlsx');
    expect(exported).toEqual(original);
  });

  it('lists every problem of a broken workbook with sheet, row and column, exits 2 and stores nothing', async () => {
    const db = temp.file('study.db');
    kelisimProcess(['init', '--db', db]);
    const before = sha256File(db);
    const workbook = temp.file('broken.xlsx');
    fs.writeFileSync(workbook, await buildWorkbook(brokenWorkbook));
    const run = kelisimProcess(['form', 'import', '--db', db, workbook]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/broken\.xlsx: \d+ problems/);
    expect(lines.length).toBeGreaterThan(6);
    expect(run.stderr).toMatch(/sheet survey, row 2, column type: .*selct_one/);
    expect(run.stderr).toMatch(/row 6, column relevant: .*position/);
    expect(sha256File(db)).toBe(before);
    expect(JSON.parse(kelisimProcess(['form', 'list', '--db', db, '--json']).stdout)).toEqual([]);
  });

  it('refuses a changed form under a version that already exists', async () => {
    const db = temp.file('study.db');
    const form = await readXlsForm(new Uint8Array(fs.readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');
    await kelisim('form', 'import', '--db', db, BUNDLED_SURVEY());
    const { openSession } = await import('../../../src/app/session');
    const session = await openSession({ databasePath: db, transport: 'cli' });
    try {
      await expect(session.handlers['forms.publish']({ form: { ...form, title: 'Changed title' } }, () => {})).rejects.toThrow(
        /already has a version "2026120501" with different content/,
      );
      const newer = await session.handlers['forms.publish']({ form: { ...form, title: 'Changed title', version: '2026120101' } }, () => {});
      expect(newer).toMatchObject({ version: '2026120101', created: true });
    } finally {
      session.close();
    }
  });

  it('names a missing form or an unwritable output clearly, with exit code 2', async () => {
    const db = temp.file('study.db');
    await kelisim('form', 'import', '--db', db, BUNDLED_SURVEY());
    const missing = await kelisim('form', 'export', '--db', db, '--form', 'nope', '--out', temp.file('x.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no form "nope"/);
    const nowhere = await kelisim('form', 'export', '--db', db, '--form', 'tolerance_kz', '--out', temp.file('no/such/x.xlsx'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/folder .* does not exist/);
    const notAWorkbook = temp.file('notes.xlsx');
    fs.writeFileSync(notAWorkbook, 'just text');
    const bad = await kelisim('form', 'import', '--db', db, notAWorkbook);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/notes\.xlsx/);
  });
});

describe('kelisim demo', () => {
  it('adds the bundled survey and synthetic responses, and adds nothing the second time', async () => {
    const db = temp.file('demo.db');
    const first = await kelisim('demo', '--db', db, '--responses', '150', '--seed', '9', '--json');
    expect(JSON.parse(first.stdout)).toEqual({ formId: 'tolerance_kz', version: '2026120501', added: 150, skipped: 0 });
    const again = await kelisim('demo', '--db', db, '--responses', '150', '--seed', '9', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: 150 });
    const list = await kelisim('form', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout)[0].responses).toBe(150);
    expect((await kelisim('demo', '--db', db, '--responses', 'many')).code).toBe(2);
  });
});
