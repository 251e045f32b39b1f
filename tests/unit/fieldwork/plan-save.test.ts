/**
 * The plan edited in the Fieldwork screen's table comes back whole through `plan.save`: checked exactly as an
 * imported file (the same problems, at the table's row and column), stored in place of the old plan, or refused with
 * nothing changed. `plan.export` writes the stored plan into the export folder as the CSV `plan import` reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { KelisimError } from '../../../src/common/errors';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { EXPORT_FOLDER } from '../../../src/io/export-folder';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let session: Session;
const none = () => {};

beforeEach(async () => {
  temp = tempFolder();
  session = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
  const bytes = new Uint8Array(fs.readFileSync(BUNDLED_SURVEY()));
  await session.handlers['forms.import']({ file: { name: path.basename(BUNDLED_SURVEY()), bytes } }, none);
  const csv = 'id,interviewer,region,target,quota:gender=female\nA1,Сәуле Жұмабаева,zhambyl,30,15\nA2,Динара Ахметова,astana,20,10\n';
  await session.handlers['plan.import']({ formId: 'tolerance_kz', file: { name: 'plan.csv', bytes: new TextEncoder().encode(csv) } }, none);
});
afterEach(() => {
  session.close();
  temp.cleanup();
});

const stored = async () => (await session.handlers['plan.get']({ formId: 'tolerance_kz' }, none)).table;
async function refusal(table: string[][]): Promise<KelisimError> {
  try {
    await session.handlers['plan.save']({ formId: 'tolerance_kz', table }, none);
  } catch (error) {
    return error as KelisimError;
  }
  throw new Error('the plan was saved');
}

describe('plan.save', () => {
  it('replaces the plan with the edited table: a target changed and a row added', async () => {
    const table = await stored();
    expect(table[0]).toEqual(['id', 'interviewer', 'region', 'target', 'quota:gender=female']);
    table[1][3] = '35';
    table.push(['', 'Айгүл Серікбаева', 'almaty_city', '12', '']);
    const result = await session.handlers['plan.save']({ formId: 'tolerance_kz', table }, none);
    expect(result).toMatchObject({ assignments: 3, interviewers: 3, target: 67, replaced: 2 });
    const plan = await session.handlers['plan.get']({ formId: 'tolerance_kz' }, none);
    expect(plan.assignments).toEqual([
      {
        id: 'A1',
        interviewer: 'Сәуле Жұмабаева',
        target: 35,
        location: { region: 'zhambyl' },
        quotas: [{ question: 'gender', choice: 'female', target: 15 }],
      },
      {
        id: 'A2',
        interviewer: 'Динара Ахметова',
        target: 20,
        location: { region: 'astana' },
        quotas: [{ question: 'gender', choice: 'female', target: 10 }],
      },
      // An empty id is the assignment's number, as in an imported file.
      { id: '3', interviewer: 'Айгүл Серікбаева', target: 12, location: { region: 'almaty_city' }, quotas: [] },
    ]);
  });

  it('refuses a table with problems, each at its row and column, and stores nothing', async () => {
    const before = await stored();
    const table = before.map((row) => [...row]);
    table[1][1] = ' ';
    table[2][3] = 'twenty';
    table[2][2] = 'atlantis';
    table.push(['A1', 'Айгүл Серікбаева', 'astana', '5', 'x']);
    const error = await refusal(table);
    expect(error).toBeInstanceOf(KelisimError);
    expect(error.code).toBe('plan-not-saved');
    expect(error.params).toEqual({ problems: 5 });
    expect(error.problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: 'plan-no-interviewer', row: 2, column: 'interviewer' },
      { code: 'plan-not-a-choice', row: 3, column: 'region' },
      { code: 'plan-bad-target', row: 3, column: 'target' },
      { code: 'plan-bad-quota', row: 4, column: 'quota:gender=female' },
      { code: 'plan-repeated-id', row: 4, column: 'id' },
    ]);
    expect(error.problems.every((problem) => problem.file === undefined)).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it('refuses a header the form does not know, and an empty plan', async () => {
    const before = await stored();
    const header = await refusal([
      ['interviewer', 'shoe_size'],
      ['Сәуле Жұмабаева', '42'],
    ]);
    expect(header.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['plan-unknown-column', 1, 'shoe_size'],
      ['plan-missing-column', 1, undefined],
    ]);
    expect((await refusal([['interviewer', 'target']])).problems.map((p) => p.code)).toEqual(['plan-empty']);
    expect(await stored()).toEqual(before);
  });
});

describe('plan.export', () => {
  it('writes the stored plan into the export folder as a CSV that imports again', async () => {
    const written = await session.handlers['plan.export']({ formId: 'tolerance_kz' }, none);
    expect(written.assignments).toBe(2);
    expect(path.dirname(written.path)).toBe(path.join(temp.dir, EXPORT_FOLDER));
    expect(path.basename(written.path)).toMatch(/^tolerance_kz-plan-.*\.csv$/);
    expect(fs.readFileSync(written.path, 'utf8')).toBe(
      '\ufeffid,interviewer,region,target,quota:gender=female\r\nA1,Сәуле Жұмабаева,zhambyl,30,15\r\nA2,Динара Ахметова,astana,20,10\r\n',
    );
    // The browser's download route and the desktop's "save a copy" hand out exactly such files.
    const file = await session.handlers['exports.file']({ file: written.path }, none);
    expect(file.name).toBe(path.basename(written.path));
  });
});
