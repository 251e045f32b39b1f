/**
 * `kelisim responses list|show`: how a script (and the end-to-end tests) read back what interviews
 * saved. A draft and a finalized interview are made through the API on a database file, then read
 * by the command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { COMPLETE_INTERVIEW } from '../../fixtures/collect/session';

let temp: ReturnType<typeof tempFolder>;
let db: string;
let final: string;
let draft: string;

beforeEach(async () => {
  temp = tempFolder();
  db = temp.file('laptop.db');
  const session = await openSession({ databasePath: db, transport: 'cli' });
  try {
    const call = session.handlers;
    await call['forms.import']({ file: { path: BUNDLED_SURVEY() } }, () => {});
    await call['settings.update']({ interviewer: 'Марат Ізбасаров' }, () => {});
    final = (await call['interviews.start']({ formId: 'tolerance_kz' }, () => {})).uuid;
    await call['interviews.save']({ uuid: final, answers: COMPLETE_INTERVIEW }, () => {});
    await call['interviews.finalize']({ uuid: final }, () => {});
    draft = (await call['interviews.start']({ formId: 'tolerance_kz', language: 'ru' }, () => {})).uuid;
    await call['interviews.save']({ uuid: draft, answers: { consent: 'yes', age: '19' }, position: 'age' }, () => {});
  } finally {
    session.close();
  }
});
afterEach(() => temp.cleanup());

describe('kelisim responses list', () => {
  it('lists drafts and finals, newest first, and filters by status and form', async () => {
    const all = await kelisim('responses', 'list', '--db', db, '--json');
    expect(all.code).toBe(0);
    const page = JSON.parse(all.stdout);
    expect(page).toMatchObject({ total: 2, drafts: 1, finals: 1, offset: 0, limit: 50 });
    expect(page.rows.map((row: { uuid: string }) => row.uuid)).toEqual([draft, final]);

    const finals = JSON.parse(
      (await kelisim('responses', 'list', '--db', db, '--status', 'final', '--form', 'tolerance_kz', '--json')).stdout,
    );
    expect(finals.rows).toEqual([
      expect.objectContaining({ uuid: final, status: 'final', revision: 1, region: 'almaty_reg', interviewer: 'Марат Ізбасаров' }),
    ]);

    // The draft started after the final one has its place remembered: both are in Almaty Region,
    // each labeled in its interview language.
    const text = await kelisim('responses', 'list', '--db', db, '--region', 'almaty_reg');
    expect(text.stdout).toContain(`${final}  final  rev 1  tolerance_kz 2026120501`);
    expect(text.stdout).toMatch(new RegExp(`${final} .* Алматы облысы\n`));
    expect(text.stdout).toMatch(new RegExp(`${draft} .* Алматинская область\n`));
    expect(text.stdout).toContain('1–2 of 2 (1 final, 1 draft)');
  });

  it('refuses a status other than draft or final, and a malformed day, with exit 2', async () => {
    const status = await kelisim('responses', 'list', '--db', db, '--status', 'done');
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('--status is "draft" or "final", not "done"');
    const day = await kelisim('responses', 'list', '--db', db, '--from', '2026-02-30');
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('--from must be a day written YYYY-MM-DD');
  });

  it('counts by start day, local time, the --to day included', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const both = JSON.parse((await kelisim('responses', 'list', '--db', db, '--from', day, '--to', day, '--json')).stdout);
    expect(both.total).toBe(2);
    const before = JSON.parse((await kelisim('responses', 'list', '--db', db, '--to', '2000-01-01', '--json')).stdout);
    expect(before.total).toBe(0);
  });
});

describe('kelisim responses show', () => {
  it('prints one response with its answers, in JSON or labeled text', async () => {
    const json = await kelisim('responses', 'show', '--db', db, '--uuid', final, '--json');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.stdout);
    expect(view).toMatchObject({ uuid: final, status: 'final', language: 'kk', labelLanguage: 'kk' });
    expect(view.answers).toMatchObject({ age: '42', ethnicity_other: 'Дүнген', region_is_city: 'no' });

    const russian = await kelisim('responses', 'show', '--db', db, '--uuid', draft, '--language', 'en');
    expect(russian.stdout).toContain('draft, revision 1, interviewer Марат Ізбасаров');
    // The heading names the form in the language of the labels (settings form_title::English (en)).
    expect(russian.stdout).toContain(`${draft}  Interethnic tolerance in Kazakhstan (tolerance_kz 2026120501)`);
    expect(russian.stdout).toContain('age: 19    (How old are you (in completed years)?)');
  });

  it('says which response it could not find, with exit 2', async () => {
    const missing = await kelisim('responses', 'show', '--db', db, '--uuid', '01900000-0000-7000-8000-000000000000');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no response 01900000-0000-7000-8000-000000000000');
    expect(fs.existsSync(path.join(temp.dir, 'laptop.db'))).toBe(true);
  });
});
