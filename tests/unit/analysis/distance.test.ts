import { describe, expect, it } from 'vitest';
import { socialDistance } from '../../../src/analysis/stats';
import type { DistanceSummary } from '../../../src/analysis/stats';
import { KelisimError } from '../../../src/common/errors';
import { expectAllRelative, expectRelative, loadSurvey, rReference } from './references';

const survey = loadSurvey();
const reference = rReference('distance');
const targetNames = ['dist_russian', 'dist_uzbek', 'dist_chinese'];
const targets = targetNames.map((name) => ({ name, steps: survey.column(name) }));

function expectSummaryAsR(actual: DistanceSummary, expected: any): void {
  expectRelative(actual.n, expected.n);
  expectRelative(actual.meanDistance, expected.meanDistance);
  expectAllRelative(actual.acceptingPercent, expected.acceptingPercent);
}

describe('Bogardus social distance towards three ethnic groups, by region', () => {
  it('gives per target group the mean step and the cumulative share accepting each step, overall and per region', () => {
    for (const [weights, expected] of [
      [undefined, reference.unweighted],
      [survey.weight, reference.weighted],
    ] as const) {
      const results = socialDistance(targets, survey.region, weights);
      results.forEach((result, index) => {
        const name = targetNames[index];
        expect(result.target).toBe(name);
        expectSummaryAsR(result.all, expected[name].all);
        result.byGroup.forEach((group, region) => expectSummaryAsR(group, expected[name].byGroup[region]));
      });
    }
  });

  it('accepts everyone at step 7, since choosing any step means accepting at least exclusion', () => {
    const [russian] = socialDistance(targets.slice(0, 1));
    expect(russian.all.acceptingPercent[6]).toBe(100);
    expect(russian.byGroup).toEqual([]);
  });

  it('names the question whose answers are not steps 1 to 7', () => {
    const broken = { name: 'dist_kazakh', steps: Float64Array.of(1, 8, 2.5, NaN) };
    const attempt = () => socialDistance([targets[0], broken]);
    expect(attempt).toThrow(KelisimError);
    expect(attempt).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            field: 'dist_kazakh',
            code: 'analysis-distance-invalid-step',
            message: '2 answer(s) are not a step from 1 to 7 (for example 8).',
          }),
        ],
      }),
    );
  });
});
