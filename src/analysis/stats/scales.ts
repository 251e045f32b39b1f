/**
 * Likert scales: the per-respondent scale score, and reliability (Cronbach's alpha with listwise deletion, alpha if
 * an item is deleted, corrected item–total correlation) as psych::alpha (raw_alpha, r.drop) and PSPP RELIABILITY
 * /SUMMARY=TOTAL compute them.
 */
import { codedError } from '../../common/errors';
import { caseWeightsFor, requireLength } from './variables';
import type { CaseWeights, NumericVariable } from './variables';

export interface ScaleItem {
  /** The item's answers as numbers (Likert choice names are numbers), NaN when missing. */
  readonly values: NumericVariable;
  /** Present for a reverse-worded item: its answers become min + max − x, with the range of the item's choices. */
  readonly reverse?: { readonly min: number; readonly max: number };
}

export interface ScaleScoreOptions {
  /** How many items must be answered for a score; default all but one (all when the scale has one item). */
  minimumValidItems?: number;
}

/** Per respondent the mean of the answered items after reverse-coding, NaN when too few items were answered. */
export function scaleScores(items: readonly ScaleItem[], options: ScaleScoreOptions = {}): Float64Array {
  const caseCount = requireSameCases(items);
  const minimumValid = options.minimumValidItems ?? Math.max(1, items.length - 1);
  if (!Number.isInteger(minimumValid) || minimumValid < 1 || minimumValid > items.length) {
    throw codedError('bad-input', 'analysis-scale-minimum-valid', { items: items.length, minimum: minimumValid });
  }
  const scored = items.map(reverseCoded);
  const scores = new Float64Array(caseCount);
  for (let i = 0; i < caseCount; i++) {
    let total = 0;
    let answered = 0;
    for (const values of scored) {
      const value = values[i];
      if (Number.isNaN(value)) continue;
      total += value;
      answered++;
    }
    scores[i] = answered >= minimumValid ? total / answered : NaN;
  }
  return scores;
}

export interface ItemReliability {
  /** Mean and variance of the sum of the other items (PSPP's "Scale Mean/Variance if Item Deleted"). */
  scaleMeanIfDeleted: number;
  scaleVarianceIfDeleted: number;
  /** Correlation of the item with the sum of the other items (psych's r.drop). */
  correctedItemTotal: number;
  /** Alpha of the other items; NaN when they are fewer than two. */
  alphaIfDeleted: number;
}

export interface Reliability {
  /** Cases (sum of weights) that answered every item: the listwise sample. */
  n: number;
  alpha: number;
  items: ItemReliability[];
}

/** Reliability over the cases that answered every item; weights are frequency weights. */
export function reliability(items: readonly ScaleItem[], weights?: CaseWeights): Reliability {
  if (items.length < 2) throw codedError('bad-input', 'analysis-reliability-two-items', {});
  const caseCount = requireSameCases(items);
  const scored = items.map(reverseCoded);
  // Listwise: a case counts with its weight when it answered every item, otherwise with weight 0.
  const listwiseWeights = caseWeightsFor(caseCount, weights);
  for (let i = 0; i < caseCount; i++) {
    if (scored.some((values) => Number.isNaN(values[i]))) listwiseWeights[i] = 0;
  }
  const k = items.length;
  let n = 0;
  const sums = new Float64Array(k);
  for (let i = 0; i < caseCount; i++) {
    const weight = listwiseWeights[i];
    if (weight === 0) continue;
    n += weight;
    for (let a = 0; a < k; a++) sums[a] += weight * scored[a][i];
  }
  const means = Array.from(sums, (total) => total / n);
  // Covariances with Σw − 1, as PSPP; alpha and the correlations do not depend on the denominator.
  const covariance = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 0; i < caseCount; i++) {
    const weight = listwiseWeights[i];
    if (weight === 0) continue;
    for (let a = 0; a < k; a++) {
      const deviation = weight * (scored[a][i] - means[a]);
      for (let b = a; b < k; b++) covariance[a][b] += deviation * (scored[b][i] - means[b]);
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) covariance[b][a] = covariance[a][b] /= n - 1;
  }

  const allItems = Array.from({ length: k }, (_, a) => a);
  const totalMean = means.reduce((total, mean) => total + mean, 0);
  return {
    n,
    alpha: cronbachAlpha(covariance, allItems),
    items: allItems.map((item) => {
      const others = allItems.filter((a) => a !== item);
      const restVariance = varianceOfSum(covariance, others);
      const itemWithRest = others.reduce((total, b) => total + covariance[item][b], 0);
      return {
        scaleMeanIfDeleted: totalMean - means[item],
        scaleVarianceIfDeleted: restVariance,
        correctedItemTotal: itemWithRest / Math.sqrt(covariance[item][item] * restVariance),
        alphaIfDeleted: others.length >= 2 ? cronbachAlpha(covariance, others) : NaN,
      };
    }),
  };
}

/** k/(k−1) · (1 − Σ item variances / variance of the sum). */
function cronbachAlpha(covariance: readonly Float64Array[], items: readonly number[]): number {
  const k = items.length;
  const itemVariances = items.reduce((total, a) => total + covariance[a][a], 0);
  return (k / (k - 1)) * (1 - itemVariances / varianceOfSum(covariance, items));
}

function varianceOfSum(covariance: readonly Float64Array[], items: readonly number[]): number {
  let total = 0;
  for (const a of items) for (const b of items) total += covariance[a][b];
  return total;
}

function reverseCoded(item: ScaleItem): Float64Array {
  const { values, reverse } = item;
  if (!reverse) return values;
  const mirror = reverse.min + reverse.max;
  return values.map((value) => mirror - value);
}

function requireSameCases(items: readonly ScaleItem[]): number {
  if (items.length === 0) throw codedError('bad-input', 'analysis-scale-empty', {});
  const caseCount = items[0].values.length;
  items.forEach((item, index) => requireLength(item.values.length, caseCount, `item ${index + 1} of the scale`));
  return caseCount;
}
