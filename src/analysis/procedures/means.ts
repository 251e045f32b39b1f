/**
 * Means of a number, Likert item or scale score by group, with the one-way tests: what PSPP ONEWAY, EXAMINE and
 * NPAR TESTS /K-W print, keyed by the group's choice name.
 */
import { codedError } from '../../common/errors';
import { meansByGroup } from '../stats';
import type { FTest, GroupDescriptives, PairwiseComparison } from '../stats';
import type { Dataset } from '../dataset';
import { orNull } from '../present';
import type { FTestResult, GroupMeans, Level, MeansResult, PairwiseComparisonResult } from '../results';

export function meansTable(dataset: Dataset, variable: string, by: string, postHoc = true): MeansResult {
  const entry = dataset.variable(variable);
  if (!dataset.hasNumbers(variable)) {
    throw codedError('bad-input', 'analysis-no-mean', { name: variable, type: entry.type, single: entry.kind === 'single' });
  }
  if (variable === by) throw codedError('bad-input', 'analysis-means-by-itself', { name: variable });
  const values = dataset.numeric(variable);
  const groups = dataset.axis(by);
  const result = meansByGroup(values, groups.variable, dataset.weights, { postHoc });
  if (result.total.n === 0) {
    throw codedError('bad-input', 'analysis-means-no-pairs', { count: dataset.caseCount, variable, by });
  }
  const means: MeansResult = {
    variable,
    label: entry.label,
    by,
    byLabel: groups.entry.label,
    groups: result.groups.map((group, code) => ({
      group: groups.levels[code].value,
      label: groups.levels[code].label,
      ...describe(group),
    })),
    total: describe(result.total),
    anova: result.anova && result.effectSizes && { ...fTest(result.anova)!, ...result.effectSizes },
    welch: fTest(result.welch),
    levene: fTest(result.levene),
    kruskalWallis: result.kruskalWallis,
    tukey: pairs(result.tukey, groups.levels),
    gamesHowell: pairs(result.gamesHowell, groups.levels),
  };
  return dataset.weighting ? { ...means, weighting: dataset.weighting } : means;
}

function describe(group: GroupDescriptives): Omit<GroupMeans, 'group' | 'label'> {
  return {
    n: group.n,
    mean: orNull(group.mean),
    sd: orNull(group.sd),
    se: orNull(group.se),
    ciLow: orNull(group.ciLow),
    ciHigh: orNull(group.ciHigh),
    median: orNull(group.median),
  };
}

function fTest(test: FTest | null): FTestResult | null {
  return test && { F: test.F, df1: test.df1, df2: test.df2, p: test.p };
}

function pairs(comparisons: PairwiseComparison[] | null, levels: readonly Level[]): PairwiseComparisonResult[] | null {
  return (
    comparisons &&
    comparisons.map(({ first, second, diff, lwr, upr, p }) => ({
      first: levels[first].value,
      second: levels[second].value,
      diff,
      lwr,
      upr,
      p,
    }))
  );
}
