/**
 * Tests that the groups (regions) differ: one-way ANOVA and Levene's test as PSPP ONEWAY computes them,
 * Welch's ANOVA as R's oneway.test(var.equal = FALSE), and Kruskal–Wallis with the tie correction (R's kruskal.test).
 * Weights are frequency weights throughout: with whole-number weights every result equals the one for the data with
 * each case repeated that many times. Groups without cases are left out, as PSPP does.
 */
import { chiSquareUpperTail, fUpperTail } from './distributions';
import { weightedMoments } from './group-sample';
import type { GroupedSample, WeightedValues } from './group-sample';

export interface FTest {
  F: number;
  df1: number;
  df2: number;
  p: number;
}
export interface KruskalWallisTest {
  H: number;
  df: number;
  p: number;
}

/** Between- and within-group sums of squares of a one-way layout, with their degrees of freedom (Σw − k, as PSPP). */
export interface AnovaDecomposition {
  between: number;
  within: number;
  df1: number;
  df2: number;
}

export function anovaDecomposition(groups: readonly WeightedValues[]): AnovaDecomposition {
  const present = groups.filter((group) => group.sumOfWeights > 0);
  const moments = present.map(weightedMoments);
  const totalWeight = sum(present.map((group) => group.sumOfWeights));
  const grandMean = sum(present.map((group, g) => group.sumOfWeights * moments[g].mean)) / totalWeight;
  const between = sum(present.map((group, g) => group.sumOfWeights * (moments[g].mean - grandMean) ** 2));
  const within = sum(moments.map((m) => m.sumOfSquares));
  return { between, within, df1: present.length - 1, df2: totalWeight - present.length };
}

/** Classic one-way ANOVA; df2 = Σw − k, fractional with non-integer weights, as PSPP. Null when it is undefined. */
export function oneWayAnova(groups: readonly WeightedValues[]): FTest | null {
  const { between, within, df1, df2 } = anovaDecomposition(groups);
  return fTest(between / df1 / (within / df2), df1, df2);
}

/** Welch's ANOVA; null when a group has weight ≤ 1 or no spread (R stops with an error there). */
export function welchAnova(groups: readonly WeightedValues[]): FTest | null {
  const present = groups.filter((group) => group.sumOfWeights > 0);
  const k = present.length;
  const moments = present.map(weightedMoments);
  if (k < 2 || present.some((group, g) => group.sumOfWeights <= 1 || !(moments[g].variance > 0))) return null;
  const precision = present.map((group, g) => group.sumOfWeights / moments[g].variance);
  const totalPrecision = sum(precision);
  const precisionWeightedMean = sum(moments.map((m, g) => precision[g] * m.mean)) / totalPrecision;
  const spread = sum(present.map((group, g) => (1 - precision[g] / totalPrecision) ** 2 / (group.sumOfWeights - 1))) / (k * k - 1);
  const statistic =
    sum(moments.map((m, g) => precision[g] * (m.mean - precisionWeightedMean) ** 2)) / ((k - 1) * (1 + 2 * (k - 2) * spread));
  return fTest(statistic, k - 1, 1 / (3 * spread));
}

/** Levene's test centred on the group means, as PSPP ONEWAY /STATISTICS=HOMOGENEITY (not R car's median default). */
export function leveneTest(groups: readonly WeightedValues[]): FTest | null {
  const absoluteDeviations = groups.map((group) => {
    const { mean } = weightedMoments(group);
    return { ...group, values: group.values.map((value) => Math.abs(value - mean)) };
  });
  return oneWayAnova(absoluteDeviations);
}

/**
 * Kruskal–Wallis H with the tie correction. A run of tied values of total weight t after cumulative weight c gets the
 * rank c + (t + 1)/2, as PSPP ranks weighted cases. (PSPP 1.6.2's own weighted K-W mixes unweighted rank sums with
 * weighted group sizes and can print a negative H, so it is not followed there.)
 */
export function kruskalWallis(sample: GroupedSample): KruskalWallisTest | null {
  const { values, weights, groupOf, sumOfWeights: total } = sample.pooled;
  const rankSums = new Float64Array(sample.groups.length);
  let tieTerm = 0;
  let cumulative = 0;
  for (let start = 0; start < values.length;) {
    let end = start;
    let tieWeight = 0;
    for (; end < values.length && values[end] === values[start]; end++) tieWeight += weights[end];
    const rank = cumulative + (tieWeight + 1) / 2;
    for (let i = start; i < end; i++) rankSums[groupOf[i]] += weights[i] * rank;
    tieTerm += tieWeight ** 3 - tieWeight;
    cumulative += tieWeight;
    start = end;
  }
  const present = sample.groups.flatMap((group, g) => (group.sumOfWeights > 0 ? [g] : []));
  const uncorrected =
    (12 / (total * (total + 1))) * sum(present.map((g) => rankSums[g] ** 2 / sample.groups[g].sumOfWeights)) - 3 * (total + 1);
  const H = uncorrected / (1 - tieTerm / (total ** 3 - total));
  const df = present.length - 1;
  if (df < 1 || !Number.isFinite(H)) return null;
  return { H, df, p: chiSquareUpperTail(H, df) };
}

function fTest(F: number, df1: number, df2: number): FTest | null {
  if (!(df1 >= 1) || !(df2 > 0) || !Number.isFinite(F)) return null;
  return { F, df1, df2, p: fUpperTail(F, df1, df2) };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
