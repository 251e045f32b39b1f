/** The lead's evening routine from the command line: run the checks, reject a flagged interview, see analysis leave it out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder();
const db = temp.file('lead.db');
afterAll(() => temp.cleanup());
beforeAll(async () => {
  expect((await kelisim('demo', '--db', db, '--responses', '600', '--seed', '5')).code).toBe(0);
});

/** The study is `kelisim demo` practice data, which every count leaves out unless asked to include it. */
const withDemo = (argv: string[]) =>
  ['analyze', 'fieldwork'].includes(argv[0]) || (argv[0] === 'quality' && argv[1] !== 'review') ? [...argv, '--include-demo'] : argv;

const json = async (...argv: string[]) => {
  const run = await kelisim(...withDemo(argv), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

describe('kelisim quality', () => {
  it('reports every interviewer and every Likert item and scale, and rejected responses leave the analysis', async () => {
    const report = await json('quality', '--db', db, '--form', 'tolerance_kz');
    expect(report.checked).toBe(600);
    expect(report.interviewers.reduce((sum: number, row: { n: number }) => sum + row.n, 0)).toBe(600);
    expect(report.items.map((item: { var: string }) => item.var)).toEqual(
      expect.arrayContaining(['tol_01', 'tolerance', 'social_distance']),
    );

    const before = await json('analyze', 'frequencies', '--db', db, '--form', 'tolerance_kz', '--var', 'gender');
    const uuid = report.responses[0]?.uuid ?? (await json('responses', 'list', '--db', db, '--limit', '1')).rows[0].uuid;
    const refused = await kelisim('quality', 'review', '--db', db, '--uuid', uuid, '--reject');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('reason');
    await json(
      'quality',
      'review',
      '--db',
      db,
      '--uuid',
      uuid,
      '--reject',
      '--reason',
      'Straight-lined; the respondent could not be reached',
    );
    const after = await json('analyze', 'frequencies', '--db', db, '--form', 'tolerance_kz', '--var', 'gender');
    expect(after.n).toBe(before.n - 1);
    const again = await json('quality', 'review', '--db', db, '--uuid', uuid, '--clear');
    expect(again.verdict).toBeNull();
    expect((await json('analyze', 'frequencies', '--db', db, '--form', 'tolerance_kz', '--var', 'gender')).n).toBe(before.n);
  });

  it('refuses bad thresholds, unknown items and unknown responses with exit 2', async () => {
    expect((await kelisim('quality', '--db', db, '--form', 'tolerance_kz', '--include-demo', '--near-duplicate-share', 'lots')).code).toBe(
      2,
    );
    expect((await kelisim('quality', '--db', db, '--form', 'tolerance_kz', '--include-demo', '--items', 'no_such_item')).code).toBe(2);
    expect((await kelisim('quality', '--db', db, '--form', 'tolerance_kz', '--range', 'age=100..18')).code).toBe(2);
    expect((await kelisim('quality', 'review', '--db', db, '--uuid', 'nope', '--keep')).code).toBe(2);
  });

  it('flags numbers outside the range the lead sets', async () => {
    const report = await json('quality', '--db', db, '--form', 'tolerance_kz', '--range', 'age=18..30');
    const outliers = report.responses
      .flatMap((r: { flags: { check: string; detail: { question: string; value: number; rule: string } }[] }) => r.flags)
      .filter((f: { check: string }) => f.check === 'outlier');
    expect(outliers.length).toBeGreaterThan(100);
    for (const flag of outliers) {
      expect(flag.detail).toMatchObject({ question: 'age', rule: 'range' });
      expect(flag.detail.value > 30 || flag.detail.value < 18).toBe(true);
    }
  });
});
