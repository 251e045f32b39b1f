/**
 * A numeric variable split by a grouping variable (region), sorted once so that medians and ranks need no further
 * sorting; plus the weighted moments and the percentile every group statistic is built from.
 */
import { weightedMean, weightedVariance } from 'simple-statistics';
import { caseWeightsFor, codeOutOfRange, requireLength } from './variables';
import type { CaseWeights, CategoricalVariable, NumericVariable } from './variables';

/** Values with their (positive) weights. */
export interface WeightedValues {
  readonly values: Float64Array;
  readonly weights: Float64Array;
  readonly sumOfWeights: number;
}

/** The valid cases of one group, in ascending order of value. */
export type GroupSample = WeightedValues;

export interface GroupedSample {
  /** One sample per level of the grouping variable; a level without cases has an empty sample. */
  readonly groups: readonly GroupSample[];
  /** Every case that belongs to some group, in ascending order of value, with its group. */
  readonly pooled: GroupSample & { readonly groupOf: Int32Array };
}

/** Cases count when the value is a finite number, the group is valid and the weight is usable. */
export function groupSample(values: NumericVariable, groups: CategoricalVariable, weights?: CaseWeights): GroupedSample {
  const { codes, levels } = groups;
  requireLength(codes.length, values.length, 'the grouping variable');
  const caseWeights = caseWeightsFor(values.length, weights);
  const groupSizes = new Int32Array(levels);
  const included: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const group = codes[i];
    if (group >= levels) throw codeOutOfRange(group, levels, 'the grouping variable');
    if (group < 0 || caseWeights[i] === 0 || !Number.isFinite(values[i])) continue;
    included.push(i);
    groupSizes[group]++;
  }
  const order = Uint32Array.from(included).sort((a, b) => values[a] - values[b]);

  const pooled = {
    values: new Float64Array(order.length),
    weights: new Float64Array(order.length),
    groupOf: new Int32Array(order.length),
    sumOfWeights: 0,
  };
  const samples = Array.from(groupSizes, (size) => ({ values: new Float64Array(size), weights: new Float64Array(size), sumOfWeights: 0 }));
  const filled = new Int32Array(levels);
  order.forEach((caseIndex, position) => {
    const value = values[caseIndex];
    const weight = caseWeights[caseIndex];
    const group = codes[caseIndex];
    pooled.values[position] = value;
    pooled.weights[position] = weight;
    pooled.groupOf[position] = group;
    pooled.sumOfWeights += weight;
    const sample = samples[group];
    sample.values[filled[group]] = value;
    sample.weights[filled[group]++] = weight;
    sample.sumOfWeights += weight;
  });
  return { groups: samples, pooled };
}

export interface Moments {
  mean: number;
  /** Σw·(x − mean)². */
  sumOfSquares: number;
  /** sumOfSquares / (Σw − 1): PSPP's sample variance (simple-statistics' weightedVariance divides by Σw). */
  variance: number;
}

export function weightedMoments(sample: WeightedValues): Moments {
  const { values, weights, sumOfWeights } = sample;
  if (values.length === 0) return { mean: NaN, sumOfSquares: NaN, variance: NaN };
  const mean = weightedMean(asNumbers(values), asNumbers(weights));
  const sumOfSquares = weightedVariance(asNumbers(values), asNumbers(weights)) * sumOfWeights;
  return { mean, sumOfSquares, variance: sumOfSquares / (sumOfWeights - 1) };
}

/**
 * PSPP's HAVERAGE percentile of a sorted weighted sample, which is R's quantile type 6 when all weights are 1:
 * the value at rank (Σw + 1)·p, interpolating between neighbouring distinct values.
 */
export function haveragePercentile(sample: GroupSample, p: number): number {
  const { values, weights, sumOfWeights } = sample;
  if (values.length === 0) return NaN;
  const targetRank = (sumOfWeights + 1) * p;
  let lower = NaN;
  let lowerCumulative = 0;
  let cumulative = 0;
  for (let i = 0; i < values.length;) {
    const value = values[i];
    let tieWeight = 0;
    for (; i < values.length && values[i] === value; i++) tieWeight += weights[i];
    cumulative += tieWeight;
    if (cumulative <= targetRank) {
      lower = value;
      lowerCumulative = cumulative;
      continue;
    }
    const fraction = targetRank - lowerCumulative;
    // Below the first value PSPP interpolates from 0; we stay at the lowest value, as R's type 6 does.
    // (For the median that needs a total weight under 1.)
    if (Number.isNaN(lower) || fraction >= 1) return value;
    if (tieWeight >= 1) return fraction === 0 ? lower : (1 - fraction) * lower + fraction * value;
    const share = fraction / tieWeight;
    return (1 - share) * lower + share * value;
  }
  return lower;
}

// simple-statistics reads only .length and [i], so typed arrays can stand in for its arrays without a copy.
function asNumbers(array: Float64Array): readonly number[] {
  return array as unknown as readonly number[];
}
