/**
 * The story of issue 6: two laptops interview offline, export packages, the lead imports both,
 * imports them again (nothing added), a laptop edits a response and sends only what changed, and
 * both sides edit the same response (a conflict the lead settles). Counts are the interviews
 * written in each step, counted by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { openDatabase } from '../../../src/store/database';
import { getResponseByUuid } from '../../../src/store/responses';
import { editResponse, finishInterview, interview, openLaptop, PILOT_FORM } from './field-study';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder('kelisim-exchange-')));
afterEach(() => temp.cleanup());

const day = Date.UTC(2026, 9, 5, 9); // 5 October 2026, 09:00 UTC
const hours = (n: number) => n * 3_600_000;

async function json(...argv: string[]) {
  const run = await kelisim(...argv, '--json');
  expect(run.stderr, argv.join(' ')).toBe('');
  expect(run.code, argv.join(' ')).toBe(0);
  return JSON.parse(run.stdout);
}

function lead(file: string) {
  const db = openDatabase(file);
  return { db, response: (uuid: string) => getResponseByUuid(db, uuid)!, close: () => db.close() };
}

describe('two laptops and a lead exchange field data packages', () => {
  it('merges both laptops, adds nothing on re-import, takes edits, and keeps both sides of a conflict', async () => {
    // Laptop A (Aigerim) interviews three people in Almaty region; laptop B (Dmitry) two in Kostanay, and leaves one unfinished.
    const laptopA = openLaptop(temp.file('laptop-a.db'), 'dev-laptop-a');
    const a1 = interview(
      laptopA,
      'Aigerim',
      { region: 'almaty', settlement: 'urban', age: '34', ethnicity: 'kazakh', trust_neighbours: '4' },
      day,
    );
    const a2 = interview(
      laptopA,
      'Aigerim',
      { region: 'almaty', settlement: 'rural', age: '61', ethnicity: 'uighur', trust_neighbours: '2' },
      day + hours(1),
    );
    interview(
      laptopA,
      'Aigerim',
      {
        region: 'almaty',
        settlement: 'rural',
        age: '45',
        ethnicity: 'russian',
        trust_neighbours: '5',
        comment: 'Көршілермен тату тұрамыз',
      },
      day + hours(2),
    );
    laptopA.close();
    const laptopB = openLaptop(temp.file('laptop-b.db'), 'dev-laptop-b');
    const b1 = interview(
      laptopB,
      'Dmitry',
      { region: 'kostanay', settlement: 'urban', age: '207', ethnicity: 'russian', trust_neighbours: '3' },
      day,
    );
    interview(
      laptopB,
      'Dmitry',
      { region: 'kostanay', settlement: 'urban', age: '29', ethnicity: 'ukrainian', trust_neighbours: '4' },
      day + hours(1),
    );
    interview(laptopB, 'Dmitry', { region: 'kostanay', age: '52' }, day + hours(2), 'draft');
    laptopB.close();

    const sentA = await json('package', 'export', '--db', temp.file('laptop-a.db'), '--out', temp.file('a-1.kelisim'), '--no-encryption');
    expect(sentA.manifest).toMatchObject({
      deviceId: 'dev-laptop-a',
      interviewers: ['Aigerim'],
      responses: 3,
      counts: [{ formId: PILOT_FORM, version: '1', final: 3, draft: 0 }],
    });
    const sentB = await json('package', 'export', '--db', temp.file('laptop-b.db'), '--out', temp.file('b-1.kelisim'), '--no-encryption');
    expect(sentB.manifest.responses).toBe(2); // the unfinished interview stays on the laptop

    // The lead sees what a package holds before merging it.
    const summary = await json('package', 'inspect', temp.file('a-1.kelisim'));
    expect(summary).toMatchObject({
      encrypted: false,
      format: 2,
      devices: ['dev-laptop-a'],
      interviewers: [{ deviceId: 'dev-laptop-a', interviewer: 'Aigerim', responses: 3 }],
      formVersions: [{ formId: PILOT_FORM, title: 'Tolerance pilot', version: '1', final: 3, draft: 0 }],
      responses: { total: 3, final: 3, draft: 0 },
      period: { firstStartedAt: day, lastUpdatedAt: day + hours(2) + 30 * 60_000 },
    });

    // The lead's database does not know the pilot form yet: the packages bring it.
    await json('init', '--db', temp.file('lead.db'));
    const first = await json('package', 'import', '--db', temp.file('lead.db'), temp.file('a-1.kelisim'), temp.file('b-1.kelisim'));
    expect(first).toMatchObject({ added: 5, updated: 0, duplicates: 0, conflicts: 0, forms: 1 });
    expect(path.basename(first.backup)).toMatch(/^lead\.db\.backup-\d{8}-\d{6}\.db$/);
    expect(fs.existsSync(first.backup)).toBe(true);
    const info = await json('info', '--db', temp.file('lead.db'));
    expect(info.forms).toEqual([expect.objectContaining({ formId: PILOT_FORM, finals: 5, drafts: 0 })]);

    const again = await json('package', 'import', '--db', temp.file('lead.db'), temp.file('a-1.kelisim'), temp.file('b-1.kelisim'));
    expect(again).toMatchObject({ added: 0, updated: 0, duplicates: 5, conflicts: 0, forms: 0 });

    // Aigerim corrects an answer; her laptop's clock is a day behind, which must not matter.
    const laptopAAgain = openLaptop(temp.file('laptop-a.db'), 'dev-laptop-a');
    editResponse(laptopAAgain, a2, { trust_neighbours: '4' }, day - hours(24));
    laptopAAgain.close();
    const sentA2 = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop-a.db'),
      '--out',
      temp.file('a-2.kelisim'),
      '--no-encryption',
      '--since-last',
    );
    expect(sentA2.manifest.responses).toBe(1);
    const update = await json('package', 'import', '--db', temp.file('lead.db'), temp.file('a-2.kelisim'));
    expect(update).toMatchObject({ added: 0, updated: 1, duplicates: 0, conflicts: 0 });
    let merged = lead(temp.file('lead.db'));
    expect(merged.response(a2)).toMatchObject({ revision: 2, answers: expect.objectContaining({ trust_neighbours: '4' }) });
    expect(merged.response(a1).revision).toBe(1);
    merged.close();
    const nothingNew = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop-a.db'),
      '--out',
      temp.file('a-3.kelisim'),
      '--no-encryption',
      '--since-last',
    );
    expect(nothingNew.manifest.responses).toBe(0);

    // Both sides change Dmitry's first respondent: the lead fixes the age typo, Dmitry the ethnicity.
    merged = lead(temp.file('lead.db'));
    editResponse(merged.db, b1, { age: '27' }, day + hours(30));
    merged.close();
    const laptopBAgain = openLaptop(temp.file('laptop-b.db'), 'dev-laptop-b');
    editResponse(laptopBAgain, b1, { ethnicity: 'belarusian' }, day + hours(31));
    laptopBAgain.close();
    await json('package', 'export', '--db', temp.file('laptop-b.db'), '--out', temp.file('b-2.kelisim'), '--no-encryption', '--since-last');
    const clash = await json('package', 'import', '--db', temp.file('lead.db'), temp.file('b-2.kelisim'));
    // Both are revision 2; Dmitry's edit is the later one, so the merge rule keeps it for now.
    expect(clash).toMatchObject({ added: 0, updated: 1, duplicates: 0, conflicts: 1 });

    const [conflict, ...others] = await json('package', 'conflicts', '--db', temp.file('lead.db'));
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({
      uuid: b1,
      formId: PILOT_FORM,
      winner: 'incoming',
      inDatabase: 'incoming',
      current: { revision: 2, interviewer: 'Dmitry', updatedAt: day + hours(30) },
      incoming: { revision: 2, interviewer: 'Dmitry', updatedAt: day + hours(31) },
      differences: [
        { field: 'age', current: '27', incoming: '207' },
        { field: 'ethnicity', current: 'russian', incoming: 'belarusian' },
      ],
      metadataDifferences: ['updatedAt'],
    });
    const conflictsText = await kelisim('package', 'conflicts', '--db', temp.file('lead.db'));
    expect(conflictsText.stdout).toContain(`${b1}  form ${PILOT_FORM}`);
    expect(conflictsText.stdout).toContain('age: "27" / "207"');

    // Importing the package again raises nothing new.
    const clashAgain = await json('package', 'import', '--db', temp.file('lead.db'), temp.file('b-2.kelisim'));
    expect(clashAgain).toMatchObject({ added: 0, updated: 0, duplicates: 1, conflicts: 0 });

    // The lead first sees what a resolution would write: nothing changes until it is confirmed.
    const leadFile = temp.file('lead.db');
    const before = fs.readFileSync(leadFile);
    const preview = await kelisim(
      'package',
      'resolve',
      '--db',
      leadFile,
      '--uuid',
      b1,
      '--keep',
      'current',
      '--take',
      'ethnicity=incoming',
    );
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(
      `Response ${b1} would keep the current version, with ethnicity from the incoming side (revision 3, Dmitry`,
    );
    expect(preview.stdout).toContain('Nothing was written.');
    expect(fs.readFileSync(leadFile).equals(before)).toBe(true);

    // Taking the lead's age and Dmitry's ethnicity makes a new version, above both revisions (2).
    const mixed = await json(
      'package',
      'resolve',
      '--db',
      leadFile,
      '--uuid',
      b1,
      '--keep',
      'current',
      '--take',
      'ethnicity=incoming',
      '--take',
      'age=current',
      '--yes',
    );
    expect(mixed).toMatchObject({
      kept: 'current',
      mixed: ['ethnicity'],
      replaced: true,
      preview: false,
      resolved: { revision: 3, answers: { age: '27', ethnicity: 'belarusian' } },
    });
    merged = lead(leadFile);
    expect(merged.response(b1)).toMatchObject({ revision: 3, answers: { age: '27', ethnicity: 'belarusian' } });
    merged.close();
    const badChoice = await kelisim(
      'package',
      'resolve',
      '--db',
      leadFile,
      '--uuid',
      b1,
      '--keep',
      'current',
      '--take',
      'region=incoming',
      '--yes',
    );
    expect(badChoice.code).toBe(2);
    expect(badChoice.stderr).toMatch(/no open conflict/);

    // Undone from the history: the version it replaced (Dmitry's, which the merge rule kept) is back, and the conflict is open again.
    const undone = await json('package', 'undo', '--db', leadFile, '--resolution', String(mixed.resolutionId));
    expect(undone.restored).toMatchObject({ revision: 2, updatedAt: day + hours(31), answers: { age: '207', ethnicity: 'belarusian' } });
    merged = lead(leadFile);
    expect(merged.response(b1)).toMatchObject({
      revision: 2,
      updatedAt: day + hours(31),
      answers: { age: '207', ethnicity: 'belarusian' },
    });
    merged.close();
    expect(await json('package', 'conflicts', '--db', leadFile)).toHaveLength(1);
    expect((await kelisim('package', 'undo', '--db', leadFile, '--resolution', String(mixed.resolutionId))).code).toBe(2);
    const unknownQuestion = await kelisim(
      'package',
      'resolve',
      '--db',
      leadFile,
      '--uuid',
      b1,
      '--keep',
      'current',
      '--take',
      'region=incoming',
      '--yes',
    );
    expect(unknownQuestion.code).toBe(2);
    expect(unknownQuestion.stderr).toMatch(/The choice for "region" is refused: it is not a question on which the two versions differ/);

    // The lead keeps their own correction; Dmitry's version stays recorded in the conflict.
    const resolved = await json('package', 'resolve', '--db', temp.file('lead.db'), '--uuid', b1, '--keep', 'current', '--yes');
    expect(resolved).toMatchObject({ uuid: b1, kept: 'current', replaced: true });
    merged = lead(temp.file('lead.db'));
    const kept = merged.response(b1);
    expect(kept.answers).toMatchObject({ age: '27', ethnicity: 'russian' });
    expect(kept.changeSeq).toBeGreaterThan(merged.response(a2).changeSeq);
    merged.close();
    expect(await json('package', 'conflicts', '--db', temp.file('lead.db'))).toEqual([]);
    const resolveAgain = await kelisim('package', 'resolve', '--db', temp.file('lead.db'), '--uuid', b1, '--keep', 'incoming', '--yes');
    expect(resolveAgain.code).toBe(2);
    expect(resolveAgain.stderr).toMatch(/no open conflict for response/);

    // History: seven package files imported, each with what it did, per device and interviewer.
    const history = await json('package', 'history', '--db', temp.file('lead.db'));
    expect(history.imports).toHaveLength(7);
    expect(
      history.imports.map((p: { added: number; updated: number; duplicates: number; conflicts: number }) => [
        p.added,
        p.updated,
        p.duplicates,
        p.conflicts,
      ]),
    ).toEqual([
      [0, 0, 1, 0], // b-2 again
      [0, 1, 0, 1], // b-2
      [0, 1, 0, 0], // a-2
      [0, 0, 2, 0], // b-1 again
      [0, 0, 3, 0], // a-1 again
      [2, 0, 0, 0], // b-1
      [3, 0, 0, 0], // a-1
    ]);
    expect(history.imports.at(-1)).toMatchObject({
      file: temp.file('a-1.kelisim'),
      deviceId: 'dev-laptop-a',
      forms: 1,
      interviewers: [{ deviceId: 'dev-laptop-a', interviewer: 'Aigerim', responses: 3, added: 3, firstStartedAt: day }],
    });
    expect(history.conflicts).toEqual({ open: 0, resolved: 1, superseded: 0 });
    expect(
      history.resolutions.map((r: { kept: string; choices: unknown; undoneAt: number | null; canUndo: boolean }) => [
        r.kept,
        r.choices,
        r.undoneAt !== null,
        r.canUndo,
      ]),
    ).toEqual([
      ['current', null, false, true],
      ['current', { ethnicity: 'incoming', age: 'current' }, true, false],
    ]);
    const historyText = await kelisim('package', 'history', '--db', temp.file('lead.db'));
    expect(historyText.stdout).toContain('Aigerim on dev-laptop-a: 3 responses, 3 added');
  });

  it('sends unfinished interviews only when asked, and --since-last covers what a narrower export left out', async () => {
    const laptop = openLaptop(temp.file('laptop.db'), 'dev-laptop-c');
    interview(laptop, 'Saule', { region: 'turkistan', age: '40' }, day);
    interview(laptop, 'Saule', { region: 'turkistan' }, day + hours(1), 'draft');
    laptop.close();
    const finals = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('finals.kelisim'),
      '--no-encryption',
      '--since-last',
    );
    expect(finals.manifest.counts).toEqual([{ formId: PILOT_FORM, version: '1', final: 1, draft: 0 }]);
    // The previous export left drafts out, so it does not count as having sent them.
    const withDrafts = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('all.kelisim'),
      '--no-encryption',
      '--since-last',
      '--include-drafts',
    );
    expect(withDrafts.manifest.counts).toEqual([{ formId: PILOT_FORM, version: '1', final: 1, draft: 1 }]);
    const afterAll = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('none.kelisim'),
      '--no-encryption',
      '--since-last',
    );
    expect(afterAll.manifest.responses).toBe(0);
    const unknownForm = await kelisim(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('x.kelisim'),
      '--no-encryption',
      '--form',
      'no-such-form',
    );
    expect(unknownForm.code).toBe(2);
    expect(unknownForm.stderr).toMatch(/no form "no-such-form"/);
  });

  it('replaces a draft sent early with the finished interview from the same laptop, without a conflict', async () => {
    const laptop = openLaptop(temp.file('laptop.db'), 'dev-laptop-d');
    const unfinished = interview(laptop, 'Gulnara', { region: 'mangystau', age: '33' }, day, 'draft');
    laptop.close();
    await json(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('d-1.kelisim'),
      '--no-encryption',
      '--include-drafts',
    );
    await json('init', '--db', temp.file('lead.db'));
    expect(await json('package', 'import', '--db', temp.file('lead.db'), temp.file('d-1.kelisim'))).toMatchObject({ added: 1 });

    const again = openLaptop(temp.file('laptop.db'), 'dev-laptop-d');
    finishInterview(again, unfinished, { ethnicity: 'kazakh', trust_neighbours: '5' }, day + hours(3));
    again.close();
    const sent = await json(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('d-2.kelisim'),
      '--no-encryption',
      '--since-last',
      '--include-drafts',
    );
    expect(sent.manifest.counts).toEqual([{ formId: PILOT_FORM, version: '1', final: 1, draft: 0 }]);
    expect(await json('package', 'import', '--db', temp.file('lead.db'), temp.file('d-2.kelisim'))).toMatchObject({
      added: 0,
      updated: 1,
      conflicts: 0,
    });
    const merged = lead(temp.file('lead.db'));
    expect(merged.response(unfinished)).toMatchObject({
      status: 'final',
      revision: 1,
      answers: { region: 'mangystau', age: '33', ethnicity: 'kazakh', trust_neighbours: '5' },
    });
    merged.close();
  });
});
