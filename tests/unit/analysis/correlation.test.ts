import { describe, expect, it } from 'vitest';
import { pearsonMatrix, spearmanMatrix } from '../../../src/analysis/stats';
import type { CorrelationMatrix } from '../../../src/analysis/stats';
import { expectRelative, loadSurvey, rReference } from './references';

// correlation.R beside the fixtures: R's cor(use = "pairwise.complete.obs") and cor.test, per pair.
const survey = loadSurvey();
const reference = rReference('correlation');
const trust = Float64Array.from(survey.trust.codes, (code) => (code < 0 ? NaN : code + 1));
const variables = [survey.column('tolerance'), survey.column('age'), survey.column('q1'), survey.column('q2'), trust];

function expectMatrixAsR(actual: CorrelationMatrix, expected: any): void {
  actual.r.forEach((row, i) =>
    row.forEach((r, j) => {
      expectRelative(r, expected.r[i][j]);
      expect(actual.n[i][j]).toBe(expected.n[i][j]);
      if (i === j) expect(actual.p[i][j]).toBeNaN();
      else expectRelative(actual.p[i][j], expected.p[i][j]);
    }),
  );
}

describe('correlation matrices of the tolerance index, age, two scale items and trust', () => {
  it("Pearson equals R with pairwise deletion: r, n and cor.test's p for every pair", () => {
    expectMatrixAsR(pearsonMatrix(variables), reference.unweighted.pearson);
  });

  it("Spearman equals R: mid-ranks for ties within each pair's cases, the t approximation for p", () => {
    expectMatrixAsR(spearmanMatrix(variables), reference.unweighted.spearman);
  });

  it('with whole-number weights equal R on the data with each case repeated', () => {
    expectMatrixAsR(pearsonMatrix(variables, survey.freq), reference.freqWeighted.pearson);
    expectMatrixAsR(spearmanMatrix(variables, survey.freq), reference.freqWeighted.spearman);
  });
});
