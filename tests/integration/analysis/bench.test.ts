/**
 * `kelisim bench analysis` at a small size: it builds the study, imports it through the real import, runs the
 * analyses and, where PSPP is installed, times PSPP's CROSSTABS on the same CSV — and reports what it measured.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';

const psppInstalled = spawnSync('pspp', ['--version']).status === 0;

describe('kelisim bench analysis', () => {
  it('imports the respondents, breaks down all 60 items by region and compares with PSPP', async () => {
    const run = await kelisim('bench', 'analysis', '--responses', '3000', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.shape).toMatchObject({ respondents: 3000, items: 60, regions: 20, scaleItems: 10 });
    const steps = report.steps.map((step: any) => step.step);
    expect(steps).toEqual(
      expect.arrayContaining([
        'import (parse, check, write)',
        'breakdown: 60 items × region, with statistics',
        'means of the 10-item scale by region',
        'reliability of the scale',
      ]),
    );
    for (const step of report.steps) expect(step.seconds).toBeGreaterThan(0);
    // The synthetic items follow one attitude, so the scale hangs together.
    expect(report.steps.find((step: any) => step.step === 'reliability of the scale').figure).toMatch(/alpha 0\.[89]/);
    if (psppInstalled) expect(report.pspp.psppSeconds).toBeGreaterThan(0);
    else expect(report.pspp.skipped).toMatch(/not installed/);
  });
});
