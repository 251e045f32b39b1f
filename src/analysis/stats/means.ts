/**
 * Means of a numeric variable (or a scale score) by group, with the statistics PSPP's ONEWAY and EXAMINE print per
 * group and the tests that the groups differ.
 */
import { tQuantile } from './distributions';
import { groupSample, haveragePercentile, weightedMoments } from './group-sample';
import type { GroupSample } from './group-sample';
import { kruskalWallis, leveneTest, oneWayAnova, welchAnova } from './group-tests';
import type { FTest, KruskalWallisTest } from './group-tests';
import { anovaEffectSizes, gamesHowell, tukeyHsd } from './post-hoc';
import type { AnovaEffectSizes, PairwiseComparison } from './post-hoc';
import type { CaseWeights, CategoricalVariable, NumericVariable } from './variables';

export interface GroupDescriptives {
  /** Cases (sum of weights) with a valid value. */
  n: number;
  mean: number;
  /** Standard deviation with n − 1 (Σw − 1) in the denominator; NaN for n ≤ 1. */
  sd: number;
  se: number;
  /** 95% confidence interval of the mean with Student's t on n − 1 degrees of freedom (fractional when weighted). */
  ciLow: number;
  ciHigh: number;
  /** PSPP's HAVERAGE median (R's quantile type 6). */
  median: number;
}

export interface MeansByGroup {
  /** One entry per level of the grouping variable; a level without cases has n = 0 and NaN elsewhere. */
  groups: GroupDescriptives[];
  /** All cases that belong to some group. */
  total: GroupDescriptives;
  anova: FTest | null;
  welch: FTest | null;
  levene: FTest | null;
  kruskalWallis: KruskalWallisTest | null;
  /** η² and ω² of the ANOVA. */
  effectSizes: AnovaEffectSizes | null;
  /** Null when fewer than two groups have cases, or when not asked for (MeansOptions.postHoc). */
  tukey: PairwiseComparison[] | null;
  gamesHowell: PairwiseComparison[] | null;
}

export interface MeansOptions {
  /**
   * Tukey HSD and Games–Howell (default true). Games–Howell needs the studentized-range quantile of every pair's own
   * df, about 25 ms a pair: 5 s for 20 regions' 190 pairs. A screen can ask for the means first and the pairs after.
   */
  postHoc?: boolean;
}

export function meansByGroup(
  values: NumericVariable,
  groups: CategoricalVariable,
  weights?: CaseWeights,
  options: MeansOptions = {},
): MeansByGroup {
  const sample = groupSample(values, groups, weights);
  const postHoc = options.postHoc ?? true;
  return {
    groups: sample.groups.map(describeGroup),
    total: describeGroup(sample.pooled),
    anova: oneWayAnova(sample.groups),
    welch: welchAnova(sample.groups),
    levene: leveneTest(sample.groups),
    kruskalWallis: kruskalWallis(sample),
    effectSizes: anovaEffectSizes(sample.groups),
    tukey: postHoc ? tukeyHsd(sample.groups) : null,
    gamesHowell: postHoc ? gamesHowell(sample.groups) : null,
  };
}

export function describeGroup(sample: GroupSample): GroupDescriptives {
  const n = sample.sumOfWeights;
  const { mean, variance } = weightedMoments(sample);
  const sd = n > 1 ? Math.sqrt(variance) : NaN;
  const se = sd / Math.sqrt(n);
  const margin = n > 1 ? tQuantile(0.975, n - 1) * se : NaN;
  return { n, mean, sd, se, ciLow: mean - margin, ciHigh: mean + margin, median: haveragePercentile(sample, 0.5) };
}
