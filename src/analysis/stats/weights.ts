/**
 * What weighting costs in precision: Kish's effective sample size n_eff = (Σw)² / Σw², the design effect
 * n / n_eff, and the margin of error of a percentage widened by it.
 */
import { normalQuantile } from './distributions';
import { codeOutOfRange, requireLength, usableWeight } from './variables';
import type { CaseWeights, CategoricalVariable } from './variables';

export interface WeightSummary {
  /** Cases with a usable (positive, finite) weight. */
  cases: number;
  sumOfWeights: number;
  effectiveN: number;
  /** cases / effectiveN; 1 when all weights are equal. */
  designEffect: number;
}

/** Over all cases, or only over those whose code in `among` is valid (the respondents who answered an item). */
export function summarizeWeights(weights: CaseWeights, among?: Int32Array): WeightSummary {
  if (among) requireLength(among.length, weights.length, 'the cases to summarize');
  return summarizeGroups(weights, (i) => (among && among[i] < 0 ? -1 : 0), 1)[0];
}

/** One summary per level of a grouping variable (e.g. region). */
export function summarizeWeightsByGroup(weights: CaseWeights, groups: CategoricalVariable): WeightSummary[] {
  requireLength(groups.codes.length, weights.length, 'the grouping variable');
  return summarizeGroups(weights, (i) => groups.codes[i], groups.levels);
}

/**
 * The half-width, in percentage points, of the confidence interval of a percentage, with the design effect folded
 * into the effective sample size: z · sqrt(p(1 − p) / n_eff).
 */
export function marginOfErrorForPercent(percent: number, effectiveN: number, confidence = 0.95): number {
  const share = percent / 100;
  return 100 * normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt((share * (1 - share)) / effectiveN);
}

function summarizeGroups(weights: CaseWeights, groupOf: (caseIndex: number) => number, groupCount: number): WeightSummary[] {
  const cases = new Float64Array(groupCount);
  const sums = new Float64Array(groupCount);
  const squares = new Float64Array(groupCount);
  for (let i = 0; i < weights.length; i++) {
    const weight = usableWeight(weights[i]);
    const group = groupOf(i);
    if (weight === 0 || group < 0) continue;
    if (group >= groupCount) throw codeOutOfRange(group, groupCount, 'the grouping variable');
    cases[group]++;
    sums[group] += weight;
    squares[group] += weight * weight;
  }
  return Array.from(sums, (sum, g) => {
    const effectiveN = (sum * sum) / squares[g];
    return { cases: cases[g], sumOfWeights: sum, effectiveN, designEffect: cases[g] / effectiveN };
  });
}
