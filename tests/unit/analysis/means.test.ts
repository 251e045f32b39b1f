import { describe, expect, it } from 'vitest';
import { groupSample, haveragePercentile, kruskalWallis, meansByGroup } from '../../../src/analysis/stats';
import type { FTest, GroupDescriptives, MeansByGroup, PairwiseComparison } from '../../../src/analysis/stats';
import { expectAsPrinted, expectPrintedRow, expectRelative, loadSurvey, psppCell, psppTable, rReference } from './references';

const survey = loadSurvey();
const tolerance = survey.column('tolerance');
const reference = rReference('means');

function expectGroupAsR(actual: GroupDescriptives, expected: any): void {
  for (const key of ['n', 'mean', 'sd', 'se', 'ciLow', 'ciHigh', 'median'] as const) {
    if (key in expected) expectRelative(actual[key], expected[key]);
  }
}
function expectFTestAsR(actual: FTest | null, expected: any): void {
  expect(actual).not.toBeNull();
  expectRelative(actual!.F, expected.F);
  expectRelative(actual!.df1, expected.df1);
  expectRelative(actual!.df2, expected.df2);
  expectRelative(actual!.p, expected.p);
}
/** Every statistic R gave (the weighted references have no Welch or Kruskal–Wallis). */
function expectMeansAsR(actual: MeansByGroup, expected: any): void {
  actual.groups.forEach((group, code) => expectGroupAsR(group, expected.groups[code + 1]));
  expectGroupAsR(actual.total, expected.total);
  for (const test of ['anova', 'welch', 'levene'] as const) if (expected[test]) expectFTestAsR(actual[test], expected[test]);
  if (expected.kruskalWallis) {
    expectRelative(actual.kruskalWallis!.H, expected.kruskalWallis.H);
    expect(actual.kruskalWallis!.df).toBe(expected.kruskalWallis.df);
    expectRelative(actual.kruskalWallis!.p, expected.kruskalWallis.p);
  }
}

describe('means of the tolerance index by region', () => {
  const result = meansByGroup(tolerance, survey.region);
  const expected = reference.toleranceByRegion;

  it('matches R: n, mean, sd (n − 1), se, 95% t interval, type-6 median; ANOVA, Welch, Levene on the mean, Kruskal–Wallis', () => {
    expectMeansAsR(result, expected);
  });

  it('prints as PSPP ONEWAY, EXAMINE and NPAR TESTS print it', () => {
    const levene = psppTable('means', 'Test of Homogeneity of Variances', 0);
    expectAsPrinted(result.levene!.F, psppCell(levene, ['tolerance'], 'Levene Statistic'));
    expectAsPrinted(result.levene!.p, psppCell(levene, ['tolerance'], 'Sig.'));
    const anova = psppTable('means', 'ANOVA', 0);
    expectAsPrinted(result.anova!.F, psppCell(anova, ['tolerance', 'Between Groups'], 'F'));
    expectAsPrinted(result.anova!.p, psppCell(anova, ['tolerance', 'Between Groups'], 'Sig.'));
    const medians = psppTable('means', 'Percentiles', 1);
    result.groups.forEach((group, code) =>
      expectAsPrinted(group.median, psppCell(medians, ['tolerance', String(code + 1), 'Weighted Average'], 3)),
    );
    const kw = psppTable('means', 'Test Statistics', 0);
    expectAsPrinted(result.kruskalWallis!.H, psppCell(kw, ['Chi-Square'], 'tolerance'));
  });
});

/** Pairs as R lists them ("second-first", 1-based region codes), each to 1e-6 relative. */
function expectPairsAsR(actual: PairwiseComparison[] | null, expected: any[]): void {
  expect(actual).not.toBeNull();
  expect(actual!.map((pair) => [pair.first + 1, pair.second + 1])).toEqual(expected.map((pair) => [pair.first, pair.second]));
  actual!.forEach((pair, index) => {
    for (const key of ['diff', 'lwr', 'upr', 'p'] as const) expectRelative(pair[key]!, expected[index][key]);
  });
}

describe('effect sizes and post-hoc comparisons of the tolerance index by region', () => {
  it("η² and ω² equal the ones R's aov sums of squares give", () => {
    const { effectSizes } = meansByGroup(tolerance, survey.region);
    expectRelative(effectSizes!.etaSquared, reference.toleranceByRegion.effectSizes.etaSquared);
    expectRelative(effectSizes!.omegaSquared, reference.toleranceByRegion.effectSizes.omegaSquared);
  });

  it("Tukey HSD equals R's TukeyHSD: differences, simultaneous 95% intervals, adjusted p", () => {
    expectPairsAsR(meansByGroup(tolerance, survey.region).tukey, reference.toleranceByRegion.tukey);
  });

  it('Games–Howell equals the rstatix formula written out in R (Welch df per pair)', () => {
    expectPairsAsR(meansByGroup(tolerance, survey.region).gamesHowell, reference.toleranceByRegion.gamesHowell);
  });

  it('with whole-number weights equal R on the data with each case repeated', () => {
    const result = meansByGroup(tolerance, survey.region, survey.freq);
    expectPairsAsR(result.tukey, reference.toleranceByRegionFreqWeighted.tukey);
    expectPairsAsR(result.gamesHowell, reference.toleranceByRegionFreqWeighted.gamesHowell);
    expectRelative(result.effectSizes!.omegaSquared, reference.toleranceByRegionFreqWeighted.effectSizes.omegaSquared);
  });
});

describe('Kruskal–Wallis on a Likert item, full of ties', () => {
  it('applies the tie correction as R kruskal.test, skipping Aktobe which has no valid answer', () => {
    const test = kruskalWallis(
      groupSample(
        Float64Array.from(survey.trust.codes, (code) => (code < 0 ? NaN : code + 1)),
        survey.region,
      ),
    );
    expectRelative(test!.H, reference.trustByRegionKruskalWallis.H);
    expect(test!.df).toBe(3);
    expectRelative(test!.p, reference.trustByRegionKruskalWallis.p);
    expectAsPrinted(test!.H, psppCell(psppTable('means', 'Test Statistics', 0), ['Chi-Square'], 'trust'));
  });

  it('with whole-number weights gives what R gives for the repeated cases (PSPP 1.6.2 prints a negative H here)', () => {
    const trust = Float64Array.from(survey.trust.codes, (code) => (code < 0 ? NaN : code + 1));
    const test = kruskalWallis(groupSample(trust, survey.region, survey.freq));
    expectRelative(test!.H, reference.trustByRegionKruskalWallisFreqWeighted.H);
    expectRelative(test!.p, reference.trustByRegionKruskalWallisFreqWeighted.p);
    expect(Number(psppCell(psppTable('means', 'Test Statistics', 1), ['Chi-Square'], 'trust'))).toBeLessThan(0);
  });
});

describe('weighted means', () => {
  it('with whole-number weights equal R on the data with each case repeated', () => {
    expectMeansAsR(meansByGroup(tolerance, survey.region, survey.freq), reference.toleranceByRegionFreqWeighted);
  });

  it('with non-integer weights use Σw − 1 and df = Σw − k as PSPP ONEWAY does', () => {
    const result = meansByGroup(tolerance, survey.region, survey.weight);
    expectMeansAsR(result, reference.toleranceByRegionWeighted);

    const descriptives = psppTable('means', 'Descriptives', 3);
    result.groups.forEach((group, code) =>
      expectPrintedRow(descriptives, ['tolerance', String(code + 1)], {
        N: group.n,
        'Std. Deviation': group.sd,
        'Lower Bound': group.ciLow,
        'Upper Bound': group.ciHigh,
      }),
    );
    const anova = psppTable('means', 'ANOVA', 1);
    expectAsPrinted(result.anova!.F, psppCell(anova, ['tolerance', 'Between Groups'], 'F'));
    expectAsPrinted(result.anova!.p, psppCell(anova, ['tolerance', 'Between Groups'], 'Sig.'));
    const levene = psppTable('means', 'Test of Homogeneity of Variances', 1);
    expectAsPrinted(result.levene!.F, psppCell(levene, ['tolerance'], 'Levene Statistic'));
  });

  it('take the weighted median as PSPP EXAMINE /PERCENTILES=HAVERAGE (R has no weighted equivalent)', () => {
    const result = meansByGroup(tolerance, survey.region, survey.weight);
    const medians = psppTable('means', 'Percentiles', 3);
    result.groups.forEach((group, code) =>
      expectAsPrinted(group.median, psppCell(medians, ['tolerance', String(code + 1), 'Weighted Average'], 3)),
    );
  });
});

describe('the HAVERAGE median', () => {
  it("is R's quantile type 6 without weights", () => {
    // R: quantile(c(1, 2, 2, 3, 10), 0.5, type = 6) = 2; quantile(c(1, 2, 3, 10), 0.5, type = 6) = 2.5
    const median = (...values: number[]) =>
      haveragePercentile(
        { values: Float64Array.from(values), weights: new Float64Array(values.length).fill(1), sumOfWeights: values.length },
        0.5,
      );
    expect(median(1, 2, 2, 3, 10)).toBe(2);
    expect(median(1, 2, 3, 10)).toBe(2.5);
    expect(median(7)).toBe(7);
  });
});

describe('groups that cannot be tested', () => {
  it('leave Welch undefined when a group has a single case, as R refuses it', () => {
    const values = Float64Array.of(1, 2, 3, 4, 5, 6, 9);
    const groups = { codes: Int32Array.of(0, 0, 0, 1, 1, 1, 2), levels: 3 };
    const result = meansByGroup(values, groups);
    expect(result.welch).toBeNull();
    expect(result.anova).not.toBeNull();
    expect(result.groups[2].sd).toBeNaN();
  });
});
