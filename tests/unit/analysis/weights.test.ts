import { describe, expect, it } from 'vitest';
import { frequencies, marginOfErrorForPercent, summarizeWeights, summarizeWeightsByGroup } from '../../../src/analysis/stats';
import type { WeightSummary } from '../../../src/analysis/stats';
import { expectRelative, loadSurvey, rReference } from './references';

const survey = loadSurvey();
const reference = rReference('weights');

function expectSummaryAsR(actual: WeightSummary, expected: any): void {
  expect(actual.cases).toBe(expected.cases);
  expectRelative(actual.sumOfWeights, expected.sumOfWeights);
  expectRelative(actual.effectiveN, expected.effectiveN);
  expectRelative(actual.designEffect, expected.designEffect);
}

describe('what the survey weight costs in precision', () => {
  it("gives Kish's effective n and the design effect over the cases with a usable weight", () => {
    expectSummaryAsR(summarizeWeights(survey.weight), reference.all);
  });

  it('gives them among the respondents who answered an item, and per region', () => {
    expectSummaryAsR(summarizeWeights(survey.weight, survey.trust.codes), reference.trustAnswered);
    summarizeWeightsByGroup(survey.weight, survey.region).forEach((summary, region) =>
      expectSummaryAsR(summary, reference.byRegion[region]),
    );
  });

  it('widens the 95% margin of error of a weighted percentage by the design effect', () => {
    const trust = frequencies(survey.trust, survey.weight);
    const agree = trust.rows[3].validPercent + trust.rows[4].validPercent;
    expectRelative(agree, reference.trustAgreePercent);
    const { effectiveN } = summarizeWeights(survey.weight, survey.trust.codes);
    expectRelative(marginOfErrorForPercent(agree, effectiveN), reference.trustAgreeMarginOfError);
    expectRelative(marginOfErrorForPercent(50, reference.all.effectiveN), reference.halfMarginOfError);
  });

  it('has no design effect without weights', () => {
    const equal = summarizeWeights(new Float64Array(10).fill(2));
    expect(equal).toEqual({ cases: 10, sumOfWeights: 20, effectiveN: 10, designEffect: 1 });
  });
});
