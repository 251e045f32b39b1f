/**
 * What follows a one-way ANOVA: effect sizes (η², ω²) and pairwise comparisons of the group means with family-wise
 * adjusted p-values and simultaneous confidence intervals.
 * - Tukey HSD as R's TukeyHSD(aov(y ~ g)): pooled error variance, studentized range on the ANOVA's df.
 * - Games–Howell as rstatix::games_howell_test (the textbook formula): each pair's own variances, Welch–Satterthwaite
 *   df, studentized range; it does not assume equal variances.
 * Weights are frequency weights, as everywhere in the engine: n is Σw and the error df is Σw − k, so whole-number
 * weights give what R gives for the data with each case repeated. Groups without cases are left out, as R's aov does.
 */
import { studentizedRangeQuantile, studentizedRangeUpperTail } from './distributions';
import { weightedMoments } from './group-sample';
import type { WeightedValues } from './group-sample';
import { anovaDecomposition } from './group-tests';

export interface AnovaEffectSizes {
  /** SS_between / SS_total. */
  etaSquared: number;
  /** (SS_between − df_between · MS_within) / (SS_total + MS_within): less biased than η² in small samples. */
  omegaSquared: number;
}

/** One pair of groups: `diff` is mean(second) − mean(first), as R labels the row "second-first". */
export interface PairwiseComparison {
  /** Indices of the groups (levels of the grouping variable), first < second. */
  first: number;
  second: number;
  diff: number;
  /** Simultaneous confidence interval of diff at the family-wise level; null where undefined. */
  lwr: number | null;
  upr: number | null;
  /** Family-wise adjusted p-value; null where undefined. */
  p: number | null;
}

export function anovaEffectSizes(groups: readonly WeightedValues[]): AnovaEffectSizes | null {
  const { between, within, df1, df2 } = anovaDecomposition(groups);
  const total = between + within;
  if (!(df1 >= 1) || !(df2 > 0) || !(total > 0)) return null;
  const meanSquareWithin = within / df2;
  return { etaSquared: between / total, omegaSquared: (between - df1 * meanSquareWithin) / (total + meanSquareWithin) };
}

export function tukeyHsd(groups: readonly WeightedValues[], level = 0.95): PairwiseComparison[] | null {
  const { within, df1, df2 } = anovaDecomposition(groups);
  if (!(df1 >= 1) || !(df2 > 0) || !(within > 0)) return null;
  const present = presentGroups(groups);
  const meanSquareError = within / df2;
  const critical = studentizedRangeQuantile(level, present.length, df2);
  return pairsOf(present, (a, b) => {
    const diff = b.mean - a.mean;
    const se = Math.sqrt((meanSquareError / 2) * (1 / a.n + 1 / b.n));
    return {
      diff,
      lwr: diff - critical * se,
      upr: diff + critical * se,
      p: studentizedRangeUpperTail(Math.abs(diff) / se, present.length, df2),
    };
  });
}

export function gamesHowell(groups: readonly WeightedValues[], level = 0.95): PairwiseComparison[] | null {
  const present = presentGroups(groups);
  if (present.length < 2) return null;
  return pairsOf(present, (a, b) => {
    const diff = b.mean - a.mean;
    const shareA = a.variance / a.n;
    const shareB = b.variance / b.n;
    const se = Math.sqrt(shareA + shareB);
    const df = (shareA + shareB) ** 2 / (shareA ** 2 / (a.n - 1) + shareB ** 2 / (b.n - 1));
    // A group of one case, or two groups without spread, leave the pair without a test (R's t.test stops there).
    if (!(a.n > 1) || !(b.n > 1) || !(se > 0) || !(df > 0)) return { diff, lwr: null, upr: null, p: null };
    const margin = (studentizedRangeQuantile(level, present.length, df) / Math.SQRT2) * se;
    return {
      diff,
      lwr: diff - margin,
      upr: diff + margin,
      p: studentizedRangeUpperTail((Math.abs(diff) / se) * Math.SQRT2, present.length, df),
    };
  });
}

interface GroupSummary {
  index: number;
  n: number;
  mean: number;
  variance: number;
}

function presentGroups(groups: readonly WeightedValues[]): GroupSummary[] {
  return groups.flatMap((group, index) => {
    if (!(group.sumOfWeights > 0)) return [];
    const { mean, variance } = weightedMoments(group);
    return [{ index, n: group.sumOfWeights, mean, variance }];
  });
}

/** Every pair in R's order: (2,1), (3,1), …, (k,1), (3,2), … — the lower triangle column by column. */
function pairsOf(
  present: readonly GroupSummary[],
  compare: (a: GroupSummary, b: GroupSummary) => Omit<PairwiseComparison, 'first' | 'second'>,
): PairwiseComparison[] {
  const pairs: PairwiseComparison[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      pairs.push({ first: present[i].index, second: present[j].index, ...compare(present[i], present[j]) });
    }
  }
  return pairs;
}
