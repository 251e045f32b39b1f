/**
 * A lead plans the fieldwork: one assignment per interviewer and region with a target and a quota of women,
 * imports it, and reads the progress. Expected counts come from another path: the analysis engine's crosstab of
 * the interviewer's name (the form's username metadata) by region and by gender.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { INTERVIEWERS } from '../../../src/demo/profile';

const temp = tempFolder();
const db = temp.file('lead.db');
afterAll(() => temp.cleanup());

/** The study is `kelisim demo` practice data, which every count leaves out unless asked to include it. */
const withDemo = (argv: string[]) =>
  ['analyze', 'fieldwork'].includes(argv[0]) || (argv[0] === 'quality' && argv[1] !== 'review') ? [...argv, '--include-demo'] : argv;

const json = async (...argv: string[]) => {
  const run = await kelisim(...withDemo(argv), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

beforeAll(async () => {
  expect((await kelisim('demo', '--db', db, '--responses', '800', '--seed', '3')).code).toBe(0);
});

function writePlan(name: string, lines: string[][]): string {
  const file = temp.file(name);
  fs.writeFileSync(file, lines.map((line) => line.join(',')).join('\n') + '\n');
  return file;
}

const assignments = INTERVIEWERS.flatMap((interviewer) => interviewer.regions.map((region) => [interviewer.name, region]));

describe('a fieldwork plan', () => {
  it('counts each finalized interview towards its interviewer and region, and the quota cells', async () => {
    const plan = writePlan('plan.csv', [
      ['interviewer', 'region', 'target', 'quota:gender=female'],
      ...assignments.map(([name, region]) => [name, region, '40', '20']),
    ]);
    const imported = await json('plan', 'import', '--db', db, '--form', 'tolerance_kz', plan);
    expect(imported).toMatchObject({
      assignments: assignments.length,
      interviewers: INTERVIEWERS.length,
      target: 40 * assignments.length,
      replaced: 0,
    });

    const progress = await json('fieldwork', 'progress', '--db', db, '--form', 'tolerance_kz');
    const byRegion = await json('analyze', 'crosstab', '--db', db, '--form', 'tolerance_kz', '--row', 'username', '--col', 'region');
    const cell = (table: { rows: { value: string }[]; cols: { value: string }[]; counts: number[][] }, row: string, col: string) =>
      table.counts[table.rows.findIndex((r) => r.value === row)]?.[table.cols.findIndex((c) => c.value === col)] ?? 0;
    let planned = 0;
    for (const a of progress.assignments) {
      expect(a.final, `${a.interviewer} in ${a.location.region}`).toBe(cell(byRegion, a.interviewer, a.location.region));
      expect(a.remaining).toBe(Math.max(0, 40 - a.final));
      planned += a.final;
    }
    // Those who declined to be interviewed answered no region: they are outside every assignment.
    const declined = (await json('analyze', 'frequencies', '--db', db, '--form', 'tolerance_kz', '--var', 'consent')).rows.find(
      (r: { value: string }) => r.value === 'no',
    ).count;
    expect(planned + progress.outside).toBe(800);
    expect(progress.outside).toBe(declined);

    const women = await json(
      'analyze',
      'crosstab',
      '--db',
      db,
      '--form',
      'tolerance_kz',
      '--row',
      'region',
      '--col',
      'gender',
      '--interviewer',
      assignments[0][0],
    );
    const quota = progress.assignments[0].quotas[0];
    expect(quota).toMatchObject({ question: 'gender', choice: 'female', target: 20 });
    expect(quota.final).toBe(cell(women, assignments[0][1], 'female'));
  });

  it('refuses a bad table with every problem, row and column, and stores nothing', async () => {
    const before = sha256File(db);
    const plan = writePlan('bad.csv', [
      ['interviewer', 'region', 'target', 'quota:gender=martian', 'shoe_size'],
      ['Айгүл Серікбаева', 'atlantis', 'ten', '3', '42'],
      ['', 'astana', '5', '1', ''],
    ]);
    const run = await kelisim('plan', 'import', '--db', db, '--form', 'tolerance_kz', '--replace', plan);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('quota:gender=martian');
    expect(run.stderr).toContain('shoe_size');
    const fixed = writePlan('half.csv', [
      ['interviewer', 'region', 'target'],
      ['Айгүл Серікбаева', 'atlantis', 'ten'],
      ['', 'astana', '5'],
    ]);
    const rows = await kelisim('plan', 'import', '--db', db, '--form', 'tolerance_kz', '--replace', fixed);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toMatch(/row 2, column region: "atlantis" is not a choice/);
    expect(rows.stderr).toMatch(/row 2, column target: .*"ten"/);
    expect(rows.stderr).toMatch(/row 3, column interviewer/);
    expect(sha256File(db)).toBe(before);
  });

  it('replaces a plan only when asked, and exports a table that imports again', async () => {
    const plan = writePlan('small.csv', [
      ['id', 'interviewer', 'region', 'target'],
      ['A1', 'Сәуле Жұмабаева', 'zhambyl', '12'],
    ]);
    const refused = await kelisim('plan', 'import', '--db', db, '--form', 'tolerance_kz', plan);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--replace');
    const replaced = await json('plan', 'import', '--db', db, '--form', 'tolerance_kz', '--replace', plan);
    expect(replaced.replaced).toBe(assignments.length);
    const out = temp.file('exported.csv');
    expect((await kelisim('plan', 'export', '--db', db, '--form', 'tolerance_kz', '--out', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('\ufeffid,interviewer,region,target\r\nA1,Сәуле Жұмабаева,zhambyl,12\r\n');
    expect((await json('plan', 'import', '--db', db, '--form', 'tolerance_kz', '--replace', out)).assignments).toBe(1);
    expect((await json('plan', 'show', '--db', db, '--form', 'tolerance_kz')).assignments).toEqual([
      { id: 'A1', interviewer: 'Сәуле Жұмабаева', target: 12, location: { region: 'zhambyl' }, quotas: [] },
    ]);
  });
});
