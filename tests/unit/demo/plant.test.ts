/** `kelisim demo --plant`: the practice study with problems planted, which `kelisim quality` must find. */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsForm } from '../../../src/form';
import { generateDemoResponses } from '../../../src/demo/generate';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { runCli } from '../../../src/cli/main';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder();
afterAll(() => temp.cleanup());

interface Report {
  checked: number;
  responses: { uuid: string; interviewer: string; flags: { check: string }[] }[];
}

async function quality(db: string): Promise<Report> {
  const run = await kelisim('quality', '--db', db, '--form', 'tolerance_kz', '--include-demo', '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

const flagged = (report: Report, check: string) =>
  new Set(report.responses.filter((r) => r.flags.some((flag) => flag.check === check)).map((r) => r.uuid));

describe('kelisim demo --plant', () => {
  it('plants speeders, straight-liners and duplicates that kelisim quality --json flags', async () => {
    const clean = temp.file('clean.db');
    const planted = temp.file('planted.db');
    expect((await kelisim('demo', '--db', clean, '--responses', '400', '--seed', '3')).code).toBe(0);
    const run = await kelisim(
      'demo',
      '--db',
      planted,
      '--responses',
      '400',
      '--seed',
      '3',
      '--plant',
      'speeding=0.05,straightlining=0.03',
      '--plant',
      'duplicates=0.02',
    );
    expect(run.code, run.stderr).toBe(0);

    // The same responses the command planted, from the generator with the same seed and shares.
    const form = await readXlsForm(new Uint8Array(fs.readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');
    const expected = [
      ...generateDemoResponses(form, { count: 400, seed: 3, anomalies: { speeding: 0.05, straightlining: 0.03, duplicates: 0.02 } }),
    ];
    const speeders = expected.filter((r) => r.planted?.includes('speeding')).map((r) => r.uuid);
    const straight = expected.filter((r) => r.planted?.includes('straightlining')).map((r) => r.uuid);
    const copies = expected.filter((r) => r.planted?.includes('duplicate')).map((r) => r.uuid);
    expect(speeders.length).toBeGreaterThan(10);
    expect(straight.length).toBeGreaterThan(5);
    expect(copies.length).toBeGreaterThan(3);

    const before = await quality(clean);
    const after = await quality(planted);
    expect(after.checked).toBe(400);
    for (const uuid of speeders) expect(flagged(after, 'speeding').has(uuid), uuid).toBe(true);
    for (const uuid of straight) expect(flagged(after, 'straightlining').has(uuid), uuid).toBe(true);
    for (const uuid of copies) expect(flagged(after, 'duplicate').has(uuid), uuid).toBe(true);
    expect(flagged(after, 'speeding').size).toBeGreaterThanOrEqual(flagged(before, 'speeding').size + speeders.length - 2);
    expect(flagged(before, 'duplicate').size).toBe(0);
  });

  it('refuses a bad share, an unknown kind and an unknown fabricator with a coded message in the user language', async () => {
    const db = temp.file('refused.db');
    for (const value of ['speeding=2', 'speeding=lots', 'gremlins=0.1', 'speeding']) {
      const run = await kelisim('demo', '--db', db, '--responses', '10', '--plant', value);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toContain('Cannot plant');
    }
    let stderr = '';
    const code = await runCli(['demo', '--db', db, '--responses', '10', '--plant', 'fabricator=Nobody'], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      language: 'ru',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('не демонстрационный интервьюер');
    expect(stderr).toContain('Ерлан Қасымов');
  });

  it('plants a fabricating interviewer whose interviews quality flags', async () => {
    const db = temp.file('fabricator.db');
    expect((await kelisim('demo', '--db', db, '--responses', '300', '--seed', '4', '--plant', 'fabricator=Ерлан Қасымов')).code).toBe(0);
    const report = await quality(db);
    const fabricated = report.responses.filter((r) => r.flags.some((flag) => flag.check === 'near-duplicate'));
    expect(fabricated.length).toBeGreaterThan(3);
    expect(fabricated.filter((r) => r.interviewer === 'Ерлан Қасымов').length).toBeGreaterThanOrEqual(fabricated.length - 1);
  });
});
