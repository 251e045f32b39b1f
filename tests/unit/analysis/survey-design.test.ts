/**
 * Design-based estimates equal R's survey package on its own example data (the California API samples), to 1e-6
 * relative: tests/fixtures/analysis/design/survey-design.R wrote the data as CSV and R's numbers as JSON.
 * Strata, clusters, weights and fpc come straight from the columns the R script used.
 */
import { describe, expect, it } from 'vitest';
import { buildSampleDesign, designMeans, designProportions, raoScottTest } from '../../../src/analysis/stats/survey-design';
import type { DesignEstimate, SampleDesign } from '../../../src/analysis/stats/survey-design';
import { expectRelative } from './references';
import { apiData, designReference, type ApiData, type DesignCase } from './survey-design-fixtures';

function designOf(data: ApiData, flags: DesignCase['flags']): SampleDesign {
  const strata = flags.strata ? data.categorical(flags.strata) : null;
  return buildSampleDesign({
    stratum: strata ? strata.variable.codes : new Int32Array(data.rowCount),
    strataCount: strata ? strata.variable.levels : 1,
    ...(flags.cluster ? { cluster: Int32Array.from(data.numbers(flags.cluster)) } : {}),
    ...(flags.fpc ? { populationSize: populationOf(data, flags) } : {}),
    weights: flags.weight ? data.numbers(flags.weight) : new Float64Array(data.rowCount).fill(1),
  });
}

/** N_h from the fpc column as svydesign reads it (the engine's input; the loader's reading is tested in integration). */
function populationOf(data: ApiData, flags: DesignCase['flags']): Float64Array {
  const strata = flags.strata ? data.categorical(flags.strata) : null;
  const fpc = data.numbers(flags.fpc!);
  const levels = strata ? strata.variable.levels : 1;
  const result = new Float64Array(levels);
  const sampled = new Float64Array(levels);
  const clusters = Array.from({ length: levels }, () => new Set<number>());
  const cluster = flags.cluster ? data.numbers(flags.cluster) : null;
  for (let i = 0; i < data.rowCount; i++) {
    const h = strata ? strata.variable.codes[i] : 0;
    result[h] = fpc[i];
    clusters[h].add(cluster ? cluster[i] : i);
  }
  clusters.forEach((set, h) => (sampled[h] = set.size));
  return Float64Array.from(result, (value, h) => (value > 1 ? value : sampled[h] / value));
}

function expectEstimate(actual: DesignEstimate, expected: any, what: string): void {
  expect(actual.n, `${what}: n`).toBe(expected.n);
  if (expected.n === 0) {
    // A group without any valid answer: R prints 0 with SE 0; there is no estimate, which the results show as null.
    expect(actual.estimate, `${what}: no estimate`).toBeNaN();
    return;
  }
  expectRelative(actual.estimate, expected.estimate);
  if (expected.se === 0) expect(actual.se, `${what}: se`).toBe(0);
  else expectRelative(actual.se, expected.se);
  expectRelative(actual.deff, expected.deff);
  if (expected.ci === null) {
    expect(actual.ci.every(Number.isNaN), `${what}: no interval`).toBe(true);
  } else {
    expectRelative(actual.ci[0], expected.ci[0]);
    expectRelative(actual.ci[1], expected.ci[1]);
  }
}

function groupIndex(groups: { levels: string[] }, value: string): number {
  const index = groups.levels.indexOf(value);
  expect(index, `group ${value}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe.each(Object.entries(designReference))('the %s design', (_name, reference) => {
  const data = apiData(reference.flags.data);
  const design = designOf(data, reference.flags);

  it("has R's degrees of freedom", () => {
    expect(design.df).toBe(reference.df);
  });

  it.each(reference.means.map((m) => [m.variable, m] as const))(
    'estimates the mean of %s overall and by group as svymean and svyby',
    (variable, expected) => {
      expectEstimate(designMeans(design, data.numbers(variable), null)[0], expected.overall, `${variable} overall`);
      const by = data.categorical(reference.by);
      const byGroup = designMeans(design, data.numbers(variable), by.variable);
      expect(expected.by).toHaveLength(by.levels.length);
      expected.by.forEach((row: any) => expectEstimate(byGroup[groupIndex(by, row.group)], row, `${variable} in ${row.group}`));
    },
  );

  it.each(reference.proportions.map((p) => [p.variable, p] as const))(
    'estimates the shares of %s as svymean(~factor) with svyciprop logit intervals',
    (variable, expected) => {
      const item = data.categorical(variable);
      const overall = designProportions(design, item.variable, null)[0];
      expected.overall.forEach((row: any) => expectEstimate(overall[groupIndex(item, row.category)], row, `${variable} ${row.category}`));
      const by = data.categorical(reference.by);
      const byGroup = designProportions(design, item.variable, by.variable);
      expect(expected.by).toHaveLength(by.levels.length * item.levels.length);
      expected.by.forEach((row: any) => {
        expectEstimate(
          byGroup[groupIndex(by, row.group)][groupIndex(item, row.category)],
          row,
          `${variable} ${row.category} in ${row.group}`,
        );
      });
    },
  );

  it.each(reference.chisq.map((c) => [`${c.row} × ${c.col}`, c] as const))('tests %s as svychisq(statistic = "F")', (_table, expected) => {
    const test = raoScottTest(design, data.categorical(expected.row).variable, data.categorical(expected.col).variable)!;
    expectRelative(test.f, expected.f);
    expectRelative(test.ndf, expected.ndf);
    expectRelative(test.ddf, expected.ddf);
    expectRelative(test.p, expected.p);
  });
});
