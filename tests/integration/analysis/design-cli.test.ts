/**
 * A researcher imports R's California API samples through `kelisim form import` and `kelisim responses import`,
 * declares each sample's design with flags or with `kelisim design set`, and `kelisim analyze estimate / crosstab /
 * breakdown --json` print R's survey-package numbers (svymean, svyby, svyciprop, deff, svychisq) to 1e-6 relative.
 * References: tests/fixtures/analysis/design/survey-design.R.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { apiFormSheets, importableApiCsv } from '../../fixtures/analysis/design/api-form';
import { expectRelative } from '../../unit/analysis/references';
import { designReference } from '../../unit/analysis/survey-design-fixtures';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeAll(async () => {
  temp = tempFolder();
  db = temp.file('api.db');
  for (const data of ['apistrat', 'apiclus1', 'apiclus2']) {
    const workbook = temp.file(`${data}.xlsx`);
    fs.writeFileSync(workbook, await buildWorkbook(apiFormSheets(data)));
    expect((await kelisim('form', 'import', '--db', db, workbook)).code).toBe(0);
    const csv = temp.file(`${data}.csv`);
    fs.writeFileSync(csv, importableApiCsv(data));
    const imported = await kelisim('responses', 'import', '--db', db, '--form', data, csv, '--json');
    expect(imported.stderr).toBe('');
  }
});
afterAll(() => temp.cleanup());

async function run<T = any>(...args: string[]): Promise<T> {
  const result = await kelisim(...args, '--db', db, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

const flagsOf = (flags: Record<string, string | undefined>) =>
  (['strata', 'cluster', 'weight', 'fpc', 'weightKind'] as const).flatMap((key) => {
    const value = flags[key];
    return value ? [key === 'weightKind' ? '--weight-kind' : `--${key}`, value] : [];
  });

function expectRow(actual: any, expected: any): void {
  expect(actual.n).toBe(expected.n);
  if (expected.n === 0) {
    expect(actual.estimate).toBeNull();
    return;
  }
  expectRelative(actual.estimate, expected.estimate);
  if (expected.se === 0) expect(actual.se).toBe(0);
  else expectRelative(actual.se, expected.se);
  if (expected.deff === null) expect(actual.deff).toBeNull();
  else expectRelative(actual.deff, expected.deff);
  if (expected.ci === null) expect(actual.ci).toBeNull();
  else actual.ci.forEach((bound: number, i: number) => expectRelative(bound, expected.ci[i]));
}

describe.each(Object.entries(designReference))('the %s design through the CLI', (_name, reference) => {
  const form = reference.flags.data;
  const flags = flagsOf(reference.flags);

  it.each(reference.means.map((m) => [m.variable, m] as const))(
    'estimate --var %s --by equals svymean and svyby',
    async (variable, expected) => {
      const result = await run('analyze', 'estimate', '--form', form, '--var', variable, '--by', reference.by, ...flags);
      expect(result.design.df).toBe(reference.df);
      expectRow(
        result.estimates.find((row: any) => row.group === null),
        expected.overall,
      );
      for (const row of expected.by)
        expectRow(
          result.estimates.find((r: any) => r.group === row.group),
          row,
        );
    },
  );

  it.each(reference.proportions.map((p) => [p.variable, p] as const))(
    'estimate --var %s --by equals svymean(~factor) and svyciprop',
    async (variable, expected) => {
      const result = await run('analyze', 'estimate', '--form', form, '--var', variable, '--by', reference.by, ...flags);
      expect(result.statistic).toBe('proportion');
      for (const row of [...expected.overall, ...expected.by]) {
        expectRow(
          result.estimates.find((r: any) => r.group === row.group && r.category === row.category),
          row,
        );
      }
    },
  );

  it('analyze design gives the summary line\'s design effect as the mean of svymean(deff = "replace") over the shares', async () => {
    const result = await run('analyze', 'design', '--form', form, ...flags);
    expect(result.design.df).toBe(reference.df);
    expectRelative(result.designEffect, reference.panelDeff);
  });

  it.each(reference.chisq.map((c) => [`${c.row} × ${c.col}`, c] as const))(
    "crosstab %s carries svychisq's Rao–Scott F",
    async (_table, expected) => {
      const result = await run('analyze', 'crosstab', '--form', form, '--row', expected.row, '--col', expected.col, ...flags);
      for (const key of ['f', 'ndf', 'ddf', 'p'] as const) expectRelative(result.raoScott[key], expected[key]);
    },
  );
});

describe('a stored design', () => {
  const reference = designReference.apiclus1;

  it('is used by breakdown and estimate until cleared, and overridden by flags', async () => {
    await run('design', 'set', '--form', 'apiclus1', '--cluster', 'dnum', '--weight', 'pw', '--fpc', 'fpc');
    expect(await run('design', 'show', '--form', 'apiclus1')).toEqual({ cluster: 'dnum', weight: 'pw', fpc: 'fpc' });
    const breakdown = await run('analyze', 'breakdown', '--form', 'apiclus1', '--by', 'stype', '--items', 'awards,sch_wide');
    expect(breakdown.design).toMatchObject({ cluster: 'dnum', weight: 'pw', fpc: 'fpc', psuCount: 15, df: reference.df });
    for (const expected of reference.chisq.filter((c) => c.col === 'stype')) {
      const item = breakdown.items.find((table: any) => table.row === expected.row);
      for (const key of ['f', 'ndf', 'ddf', 'p'] as const) expectRelative(item.raoScott[key], expected[key]);
    }
    // The column percents' intervals are svyciprop's within each school type.
    const awards = reference.proportions.find((p) => p.variable === 'awards')!;
    const table = breakdown.items.find((item: any) => item.row === 'awards');
    for (const row of awards.by.filter((r: any) => r.ci)) {
      const r = table.rows.findIndex((level: any) => level.value === row.category);
      const c = table.cols.findIndex((level: any) => level.value === row.group);
      expectRelative(table.colPercent[r][c], 100 * row.estimate);
      expectRelative(table.colPercentCi[r][c][0], 100 * row.ci[0]);
      expectRelative(table.colPercentCi[r][c][1], 100 * row.ci[1]);
    }
    const unweighted = await run('analyze', 'crosstab', '--form', 'apiclus1', '--row', 'awards', '--col', 'stype', '--ignore-design');
    expect(unweighted.raoScott).toBeUndefined();
    expect(unweighted.n).toBe(183);
    await run('design', 'clear', '--form', 'apiclus1');
    expect(await run('design', 'show', '--form', 'apiclus1')).toBeNull();
  });

  it('refuses, with a coded message and exit 2, a design the data cannot carry', async () => {
    const varying = await kelisim(
      'analyze',
      'estimate',
      '--db',
      db,
      '--form',
      'apistrat',
      '--var',
      'api00',
      '--strata',
      'stype',
      '--fpc',
      'api00',
    );
    expect(varying.code).toBe(2);
    expect(varying.stderr).toMatch(/finite population correction "api00" varies within stratum "E"/);
    const notNumeric = await kelisim('design', 'set', '--db', db, '--form', 'apistrat', '--weight', 'stype');
    expect(notNumeric.code).toBe(2);
    expect(notNumeric.stderr).toMatch(/weight variable "stype" must be a numeric question/);
    const means = await kelisim(
      'analyze',
      'means',
      '--db',
      db,
      '--form',
      'apistrat',
      '--var',
      'api00',
      '--by',
      'stype',
      '--strata',
      'stype',
    );
    expect(means.code).toBe(2);
  });
});

describe('the workbook under a design', () => {
  it("carries svychisq's Rao–Scott F and p in the crosstab sheet and names the design in About", async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = temp.file('apiclus1.xlsx');
    const written = await kelisim(
      'report',
      '--db',
      db,
      '--form',
      'apiclus1',
      '--by',
      'stype',
      '--out',
      out,
      '--lang',
      'en',
      '--cluster',
      'dnum',
      '--weight',
      'pw',
      '--fpc',
      'fpc',
    );
    expect(written.stderr).toBe('');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const about = book.worksheets[0]
      .getSheetValues()
      .flat()
      .filter((value) => typeof value === 'string') as string[];
    expect(about).toContain('svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc); 1 × 15 PSU, df 14');
    const sheet = book.worksheets.find((worksheet) => worksheet.name === 'Crosstabs')!;
    const rows = sheet.getSheetValues() as unknown[][];
    const expected = designReference.apiclus1.chisq.find((c) => c.row === 'awards' && c.col === 'stype')!;
    const start = rows.findIndex((row) => typeof row?.[1] === 'string' && (row[1] as string).startsWith('awards'));
    const raoScott = rows.slice(start).find((row) => row?.[2] === 'Rao–Scott F')!;
    expectRelative(raoScott[3] as number, expected.f);
    expectRelative(raoScott[5] as number, expected.ndf);
    expectRelative(raoScott[7] as number, expected.ddf);
    expectRelative(raoScott[9] as number, expected.p);
  });
});
