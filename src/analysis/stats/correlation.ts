/**
 * Pearson and Spearman correlation matrices with pairwise deletion (each pair uses the cases valid on both, as R's
 * cor(use = "pairwise.complete.obs") and SPSS CORRELATIONS /MISSING=PAIRWISE do), with n and the two-sided p of
 * R's cor.test: t = r·√((n − 2)/(1 − r²)) on n − 2 df — for Spearman that is cor.test(method = "spearman",
 * exact = FALSE), the asymptotic t approximation, which R also uses whenever there are ties (Likert items always have).
 * Weights are frequency weights: whole-number weights give R's numbers for the data with each case repeated; Spearman
 * ranks a run of ties of total weight t after cumulative weight c at c + (t + 1)/2, as PSPP ranks weighted cases.
 */
import { tTwoSidedP } from './distributions';
import { caseWeightsFor, requireLength } from './variables';
import type { CaseWeights, NumericVariable } from './variables';

export interface CorrelationMatrix {
  /** r[i][j]; 1 on the diagonal when the variable varies; NaN when undefined (fewer than 2 cases, no spread). */
  r: number[][];
  /** Σw of the cases valid on both variables. */
  n: number[][];
  /** Two-sided p; NaN on the diagonal and where r is undefined or n ≤ 2. */
  p: number[][];
}

export function pearsonMatrix(variables: readonly NumericVariable[], weights?: CaseWeights): CorrelationMatrix {
  return pairwiseMatrix(variables, weights, (x, y, w) => weightedPearson(x, y, w));
}

export function spearmanMatrix(variables: readonly NumericVariable[], weights?: CaseWeights): CorrelationMatrix {
  return pairwiseMatrix(variables, weights, (x, y, w) => weightedPearson(weightedRanks(x, w), weightedRanks(y, w), w));
}

type PairCorrelation = (x: Float64Array, y: Float64Array, w: Float64Array) => number;

function pairwiseMatrix(
  variables: readonly NumericVariable[],
  weights: CaseWeights | undefined,
  correlate: PairCorrelation,
): CorrelationMatrix {
  const caseCount = variables[0]?.length ?? 0;
  variables.forEach((variable, index) => requireLength(variable.length, caseCount, `variable ${index + 1} of a correlation matrix`));
  const caseWeights = caseWeightsFor(caseCount, weights);
  const k = variables.length;
  const square = (fill: number) => Array.from({ length: k }, () => new Array<number>(k).fill(fill));
  const result: CorrelationMatrix = { r: square(NaN), n: square(0), p: square(NaN) };
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const { x, y, w, n } = validPairs(variables[i], variables[j], caseWeights);
      const r = n > 1 ? correlate(x, y, w) : NaN;
      // r is ±1 within rounding when the two are the same variable; the diagonal is exactly 1.
      const value = i === j && Number.isFinite(r) ? 1 : r;
      const p = i !== j && n > 2 && Number.isFinite(value) ? tTwoSidedP(value * Math.sqrt((n - 2) / (1 - value * value)), n - 2) : NaN;
      result.r[i][j] = result.r[j][i] = value;
      result.n[i][j] = result.n[j][i] = n;
      result.p[i][j] = result.p[j][i] = p;
    }
  }
  return result;
}

function validPairs(first: NumericVariable, second: NumericVariable, caseWeights: Float64Array) {
  let count = 0;
  for (let i = 0; i < first.length; i++) if (caseWeights[i] > 0 && Number.isFinite(first[i]) && Number.isFinite(second[i])) count++;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const w = new Float64Array(count);
  let n = 0;
  for (let i = 0, at = 0; i < first.length; i++) {
    if (!(caseWeights[i] > 0 && Number.isFinite(first[i]) && Number.isFinite(second[i]))) continue;
    x[at] = first[i];
    y[at] = second[i];
    w[at++] = caseWeights[i];
    n += caseWeights[i];
  }
  return { x, y, w, n };
}

/** Σw(x − x̄)(y − ȳ) / √(Σw(x − x̄)² · Σw(y − ȳ)²), in two passes for accuracy; NaN without spread. */
function weightedPearson(x: Float64Array, y: Float64Array, w: Float64Array): number {
  let sum = 0;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < x.length; i++) {
    sum += w[i];
    meanX += w[i] * x[i];
    meanY += w[i] * y[i];
  }
  meanX /= sum;
  meanY /= sum;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxy += w[i] * dx * dy;
    sxx += w[i] * dx * dx;
    syy += w[i] * dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Mid-ranks by weight: a run of ties of total weight t after cumulative weight c gets c + (t + 1)/2. */
function weightedRanks(values: Float64Array, weights: Float64Array): Float64Array {
  const order = Uint32Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(values.length);
  let cumulative = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    let tieWeight = 0;
    for (; end < order.length && values[order[end]] === values[order[start]]; end++) tieWeight += weights[order[end]];
    const rank = cumulative + (tieWeight + 1) / 2;
    for (let i = start; i < end; i++) ranks[order[i]] = rank;
    cumulative += tieWeight;
    start = end;
  }
  return ranks;
}
