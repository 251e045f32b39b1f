/**
 * Design-based estimation for complex samples, as R's survey package (Lumley) computes it for a one-stage design
 * (`svydesign(id = ~cluster, strata = ~strata, weights = ~weight, fpc = ~fpc)`): ratio means and proportions with
 * Taylor-linearization variances (with-replacement approximation at the first stage, `svyrecvar`), the finite
 * population correction when given, single-PSU strata as `options(survey.lonely.psu = "adjust")` (the PSU's total is
 * centred at the grand mean, 0, instead of its stratum's mean), design effects as `deff = TRUE`, domains (groups,
 * filters) as `svyby`/`subset` keep them (every PSU of the sample counts in its stratum, with 0 outside the domain),
 * and the Rao–Scott second-order corrected chi-square test (`svychisq(statistic = "F")`).
 *
 * Everything is computed from per-stratum sums of PSU totals: the cases are visited once per variable in PSU order,
 * each PSU's totals are folded into its stratum's sums and products, so the cost is one pass over the data plus a
 * term per PSU that does not grow with the number of respondents in it.
 */
import { fUpperTailExact, studentTQuantile } from './design-tails';
import { requireLength } from './variables';
import type { CategoricalVariable, NumericVariable } from './variables';

/** A sample design over the cases of a data set, numbered for the engine (see buildSampleDesign). */
export interface SampleDesign {
  readonly caseCount: number;
  /** Per case its PSU, −1 outside the sample. */
  readonly psuOf: Int32Array;
  /** The cases of the sample ordered by PSU; PSU p holds order[psuStart[p] .. psuStart[p + 1]). */
  readonly order: Int32Array;
  readonly psuStart: Int32Array;
  readonly psuStratum: Int32Array;
  readonly strataCount: number;
  /** Per stratum its number of PSUs in the sample (n_h). */
  readonly psusInStratum: Int32Array;
  /** Per stratum the factor f_h · n_h / (n_h − 1) (f_h alone for a single-PSU stratum), f_h = 1 − n_h / N_h or 1. */
  readonly stratumScale: Float64Array;
  /** Per case its sampling weight inside the analysed domain, 0 outside it (or outside the sample). */
  readonly weights: Float64Array;
  /** PSUs minus strata among those with analysed cases: R's degf(design). */
  readonly df: number;
  /** Strata with one PSU (their variance is centred at the grand mean, as survey.lonely.psu = "adjust"). */
  readonly lonelyStrata: number;
}

export interface SampleDesignInput {
  /** Per case its stratum 0..strataCount − 1, or −1 for a case outside the sample. */
  stratum: Int32Array;
  strataCount: number;
  /** Per case its cluster (any non-negative code, PSUs are clusters within strata); absent: each case is a PSU. */
  cluster?: Int32Array;
  /** Per stratum the population size of PSUs N_h (Infinity: no correction). */
  populationSize?: Float64Array;
  /** Per case the sampling weight; 0 leaves a case of the sample out of the analysed domain. */
  weights: Float64Array;
}

export function buildSampleDesign(input: SampleDesignInput): SampleDesign {
  const { stratum, strataCount, cluster, weights } = input;
  const caseCount = stratum.length;
  requireLength(weights.length, caseCount, 'the sampling weights');
  if (cluster) requireLength(cluster.length, caseCount, 'the clusters');
  // PSU ids: (stratum, cluster) pairs numbered in order of first appearance, or one per case.
  const psuOf = new Int32Array(caseCount).fill(-1);
  const psuStratumList: number[] = [];
  const keyToPsu = new Map<number, number>();
  let maxCluster = 0;
  if (cluster) for (let i = 0; i < caseCount; i++) if (stratum[i] >= 0 && cluster[i] > maxCluster) maxCluster = cluster[i];
  for (let i = 0; i < caseCount; i++) {
    const h = stratum[i];
    if (h < 0) continue;
    if (!cluster) {
      psuOf[i] = psuStratumList.length;
      psuStratumList.push(h);
      continue;
    }
    const key = h * (maxCluster + 1) + cluster[i];
    let psu = keyToPsu.get(key);
    if (psu === undefined) {
      psu = psuStratumList.length;
      keyToPsu.set(key, psu);
      psuStratumList.push(h);
    }
    psuOf[i] = psu;
  }
  const psuCount = psuStratumList.length;
  const psuStratum = Int32Array.from(psuStratumList);
  // Counting sort of the sample's cases by PSU.
  const psuStart = new Int32Array(psuCount + 1);
  for (let i = 0; i < caseCount; i++) if (psuOf[i] >= 0) psuStart[psuOf[i] + 1]++;
  for (let p = 0; p < psuCount; p++) psuStart[p + 1] += psuStart[p];
  const order = new Int32Array(psuStart[psuCount]);
  const next = psuStart.slice(0, psuCount);
  for (let i = 0; i < caseCount; i++) if (psuOf[i] >= 0) order[next[psuOf[i]]++] = i;

  const psusInStratum = new Int32Array(strataCount);
  for (let p = 0; p < psuCount; p++) psusInStratum[psuStratum[p]]++;
  const stratumScale = new Float64Array(strataCount);
  let lonelyStrata = 0;
  for (let h = 0; h < strataCount; h++) {
    const n = psusInStratum[h];
    if (n === 0) continue;
    const population = input.populationSize?.[h] ?? Infinity;
    const f = population === Infinity ? 1 : (population - n) / population;
    if (n === 1) lonelyStrata++;
    stratumScale[h] = f < 1e-7 ? 0 : n > 1 ? (f * n) / (n - 1) : f;
  }
  const design = { caseCount, psuOf, order, psuStart, psuStratum, strataCount, psusInStratum, stratumScale, weights, lonelyStrata, df: 0 };
  return { ...design, df: analysedDf(design, weights) };
}

/** degf: PSUs with an analysed case minus strata with an analysed case. */
function analysedDf(design: Omit<SampleDesign, 'df'>, weights: Float64Array): number {
  const stratumSeen = new Uint8Array(design.strataCount);
  let psus = 0;
  let strata = 0;
  for (let p = 0; p + 1 < design.psuStart.length; p++) {
    for (let k = design.psuStart[p]; k < design.psuStart[p + 1]; k++) {
      if (weights[design.order[k]] > 0) {
        psus++;
        const h = design.psuStratum[p];
        if (!stratumSeen[h]) {
          stratumSeen[h] = 1;
          strata++;
        }
        break;
      }
    }
  }
  return psus - strata;
}

/** One design-based estimate: a mean, or the proportion of one category. */
export interface DesignEstimate {
  estimate: number;
  se: number;
  /** [low, high] at the requested level; NaN where undefined (no variance, df ≤ 0, a proportion of 0 or 1). */
  ci: [number, number];
  /** Against simple random sampling without replacement of the same size, as R's deff = TRUE; NaN when Σw < n. */
  deff: number;
  /** Respondents (unweighted) with a valid value in the domain. */
  n: number;
  /** Their sum of weights: the estimated population size of the domain. */
  weightSum: number;
}

/**
 * Accumulates, per stratum, the sums and cross-products of PSU totals of a vector of `width` quantities per PSU,
 * then folds them into one matrix H = Σ_h scale_h (Σ_i t_hi t_hiᵀ − S_h S_hᵀ / n_h) (no centring in a single-PSU
 * stratum: survey.lonely.psu = "adjust"). Var(aᵀ t) = aᵀ H a for any linear combination a of the totals.
 * `cells[i]` is the quantity case i adds `values[i]` to (−1: none).
 */
function psuTotalsCovariance(design: SampleDesign, width: number, cells: Int32Array, values: Float64Array): Float64Array {
  const { strataCount, psuStratum } = design;
  const products = new Float64Array(strataCount * width * width);
  const sums = new Float64Array(strataCount * width);
  const psuCount = psuStratum.length;
  const touched = new Int32Array(width);
  /** Folds one PSU's totals (buffer[offset + cell]) into its stratum's sums and products. */
  /** Per stratum, the quantities any of its PSUs has (the fold below skips the rest: a region's strata hold its own cells only). */
  const used = new Uint8Array(strataCount * width);
  const addPsu = (p: number, buffer: Float64Array, offset: number, touchedCount: number) => {
    const h = psuStratum[p];
    const productBase = h * width * width;
    const sumBase = h * width;
    for (let a = 0; a < touchedCount; a++) {
      const cellA = touched[a];
      const valueA = buffer[offset + cellA];
      sums[sumBase + cellA] += valueA;
      used[sumBase + cellA] = 1;
      const row = productBase + cellA * width;
      for (let b = 0; b < touchedCount; b++) products[row + touched[b]] += valueA * buffer[offset + touched[b]];
    }
  };
  if (psuCount * width <= DENSE_PSU_CELLS) {
    // Clusters: every PSU's totals in one dense array, filled in one sequential pass over the cases.
    const { psuOf } = design;
    const totals = new Float64Array(psuCount * width);
    const present = new Uint8Array(psuCount * width);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const psu = psuOf[i];
      if (cell < 0 || psu < 0) continue;
      const index = psu * width + cell;
      totals[index] += values[i];
      present[index] = 1;
    }
    for (let p = 0; p < psuCount; p++) {
      let touchedCount = 0;
      const offset = p * width;
      for (let cell = 0; cell < width; cell++) if (present[offset + cell]) touched[touchedCount++] = cell;
      if (touchedCount) addPsu(p, totals, offset, touchedCount);
    }
  } else {
    // Many small PSUs (each respondent one, without clusters): the cases in PSU order, one PSU in a buffer at a time.
    const { order, psuStart } = design;
    const buffer = new Float64Array(width);
    const seen = new Uint8Array(width);
    for (let p = 0; p < psuCount; p++) {
      let touchedCount = 0;
      for (let k = psuStart[p]; k < psuStart[p + 1]; k++) {
        const i = order[k];
        const cell = cells[i];
        if (cell < 0) continue;
        if (!seen[cell]) {
          seen[cell] = 1;
          touched[touchedCount++] = cell;
        }
        buffer[cell] += values[i];
      }
      if (!touchedCount) continue;
      addPsu(p, buffer, 0, touchedCount);
      for (let a = 0; a < touchedCount; a++) {
        buffer[touched[a]] = 0;
        seen[touched[a]] = 0;
      }
    }
  }
  const { psusInStratum, stratumScale } = design;
  const covariance = new Float64Array(width * width);
  const usedCells = new Int32Array(width);
  for (let h = 0; h < strataCount; h++) {
    const scale = stratumScale[h];
    const n = psusInStratum[h];
    if (scale === 0 || n === 0) continue;
    const productBase = h * width * width;
    const sumBase = h * width;
    let usedCount = 0;
    for (let a = 0; a < width; a++) if (used[sumBase + a]) usedCells[usedCount++] = a;
    for (let x = 0; x < usedCount; x++) {
      const a = usedCells[x];
      const centring = n > 1 ? sums[sumBase + a] / n : 0;
      const row = productBase + a * width;
      for (let y = 0; y < usedCount; y++) {
        const b = usedCells[y];
        covariance[a * width + b] += scale * (products[row + b] - centring * sums[sumBase + b]);
      }
    }
  }
  return covariance;
}

/** Up to this many PSU × quantity totals are kept in one array (8 bytes each). */
const DENSE_PSU_CELLS = 1 << 22;

/** Group g's domain: every group (overall when `groups` is null) as one code per case, −1 when not in any. */
function groupCodes(design: SampleDesign, groups: CategoricalVariable | null): { codes: Int32Array | null; count: number } {
  if (!groups) return { codes: null, count: 1 };
  requireLength(groups.codes.length, design.caseCount, 'the grouping variable');
  return { codes: groups.codes, count: groups.levels };
}

/**
 * Means of a number per group (or overall): svymean / svyby(svymean) with deff, and the interval
 * estimate ± t(df)·SE on the design's degrees of freedom.
 */
export function designMeans(
  design: SampleDesign,
  values: NumericVariable,
  groups: CategoricalVariable | null,
  level = 0.95,
): DesignEstimate[] {
  requireLength(values.length, design.caseCount, 'the variable');
  const { weights } = design;
  const { codes, count } = groupCodes(design, groups);
  const groupOf = (i: number) => (weights[i] > 0 && !Number.isNaN(values[i]) ? (codes ? codes[i] : 0) : -1);
  const n = new Float64Array(count);
  const weightSum = new Float64Array(count);
  const weighted = new Float64Array(count);
  for (let i = 0; i < design.caseCount; i++) {
    const g = groupOf(i);
    if (g < 0) continue;
    n[g]++;
    weightSum[g] += weights[i];
    weighted[g] += weights[i] * values[i];
  }
  const means = Array.from(weighted, (total, g) => total / weightSum[g]);
  // Influence of a case on its group's mean: w (y − ȳ_g) / W_g, totalled per PSU.
  const cells = new Int32Array(design.caseCount);
  const influence = new Float64Array(design.caseCount);
  for (let i = 0; i < design.caseCount; i++) {
    const g = groupOf(i);
    cells[i] = g;
    if (g >= 0) influence[i] = (weights[i] * (values[i] - means[g])) / weightSum[g];
  }
  const covariance = psuTotalsCovariance(design, count, cells, influence);
  const squares = new Float64Array(count);
  for (let i = 0; i < design.caseCount; i++) {
    const g = groupOf(i);
    if (g >= 0) squares[g] += weights[i] * (values[i] - means[g]) ** 2;
  }
  const t = design.df > 0 ? studentTQuantile(1 - (1 - level) / 2, design.df) : NaN;
  return means.map((mean, g) => {
    const se = Math.sqrt(covariance[g * count + g]);
    const srsVariance = ((squares[g] / weightSum[g]) * (n[g] / (n[g] - 1)) * (weightSum[g] - n[g])) / (weightSum[g] * n[g]);
    return {
      estimate: mean,
      se,
      ci: [mean - t * se, mean + t * se],
      deff: weightSum[g] >= n[g] ? se ** 2 / srsVariance : NaN,
      n: n[g],
      weightSum: weightSum[g],
    };
  });
}

/** The weighted cell counts of a categorical variable by group, with the covariance of their PSU totals. */
interface CellTotals {
  groups: number;
  levels: number;
  /** Weighted count per cell g·levels + k. */
  counts: Float64Array;
  /** Respondents per cell. */
  cases: Float64Array;
  /** H over the cells (see psuTotalsCovariance). */
  covariance: Float64Array;
}

function cellTotals(design: SampleDesign, item: CategoricalVariable, groups: CategoricalVariable | null): CellTotals {
  requireLength(item.codes.length, design.caseCount, 'the variable');
  const { weights } = design;
  const { codes, count } = groupCodes(design, groups);
  const levels = item.levels;
  const itemCodes = item.codes;
  const width = count * levels;
  const counts = new Float64Array(width);
  const cases = new Float64Array(width);
  const cells = new Int32Array(design.caseCount);
  for (let i = 0; i < design.caseCount; i++) {
    const k = itemCodes[i];
    const g = codes ? codes[i] : 0;
    const cell = weights[i] > 0 && k >= 0 && g >= 0 ? g * levels + k : -1;
    cells[i] = cell;
    if (cell < 0) continue;
    counts[cell] += weights[i];
    cases[cell]++;
  }
  return { groups: count, levels, counts, cases, covariance: psuTotalsCovariance(design, width, cells, weights) };
}

/**
 * The share of each category per group (or overall): svymean(~factor(x)) / svyby with deff, and the logit interval of
 * svyciprop(method = "logit") on the design's degrees of freedom. Result [g][k].
 */
export function designProportions(
  design: SampleDesign,
  item: CategoricalVariable,
  groups: CategoricalVariable | null,
  level = 0.95,
): DesignEstimate[][] {
  const cells = cellTotals(design, item, groups);
  const t = design.df > 0 ? studentTQuantile(1 - (1 - level) / 2, design.df) : NaN;
  return Array.from({ length: cells.groups }, (_, g) => proportionsOfGroup(cells, g, t));
}

function proportionsOfGroup(cells: CellTotals, g: number, t: number): DesignEstimate[] {
  const { levels, counts, cases, covariance } = cells;
  const width = cells.groups * levels;
  const base = g * levels;
  let weightSum = 0;
  let n = 0;
  for (let k = 0; k < levels; k++) {
    weightSum += counts[base + k];
    n += cases[base + k];
  }
  // The PSU total of the influence of p_k is (count_k − p_k · valid) / W, valid = Σ_k' count_k'.
  let validVariance = 0;
  const validCovariance = new Float64Array(levels);
  for (let k = 0; k < levels; k++) {
    for (let l = 0; l < levels; l++) {
      const value = covariance[(base + k) * width + base + l];
      validCovariance[k] += value;
      validVariance += value;
    }
  }
  return Array.from({ length: levels }, (_, k) => {
    const p = counts[base + k] / weightSum;
    const variance = (covariance[(base + k) * width + base + k] - 2 * p * validCovariance[k] + p * p * validVariance) / weightSum ** 2;
    const se = Math.sqrt(Math.max(variance, 0));
    const srsVariance = (p * (1 - p) * (n / (n - 1)) * (weightSum - n)) / (weightSum * n);
    return { estimate: p, se, ci: logitInterval(p, se, t), deff: weightSum >= n ? variance / srsVariance : NaN, n, weightSum };
  });
}

/** svyciprop(method = "logit"): the Wald interval of logit(p) with SE/(p(1 − p)), back-transformed. */
function logitInterval(p: number, se: number, t: number): [number, number] {
  if (!(p > 0 && p < 1) || !(se > 0) || Number.isNaN(t)) return [NaN, NaN];
  const logit = Math.log(p / (1 - p));
  const half = (t * se) / (p * (1 - p));
  return [expit(logit - half), expit(logit + half)];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export interface RaoScottTest {
  f: number;
  ndf: number;
  ddf: number;
  p: number;
}

/**
 * Rao–Scott's second-order corrected Pearson test of independence, as svychisq(statistic = "F"): with P the
 * estimated cell shares and V their design covariance, Δ = (Cᵀ D⁻¹ C)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C) over a basis C of the
 * interaction contrasts; F = X² / tr Δ on d = (tr Δ)² / tr Δ² and d·df degrees of freedom. Only rows and columns with
 * observations enter (R refuses a table with an empty row or column). Null when fewer than two of either remain or
 * the table has no design variance.
 */
export function raoScottTest(design: SampleDesign, rows: CategoricalVariable, cols: CategoricalVariable): RaoScottTest | null {
  return raoScottOf(design, cellTotals(design, rows, cols));
}

/** A crosstab under a design: the Rao–Scott test and the column shares (row categories within each column). */
export function designCrosstab(
  design: SampleDesign,
  rows: CategoricalVariable,
  cols: CategoricalVariable,
  level = 0.95,
): { raoScott: RaoScottTest | null; columnShares: DesignEstimate[][] } {
  const cells = cellTotals(design, rows, cols);
  const t = design.df > 0 ? studentTQuantile(1 - (1 - level) / 2, design.df) : NaN;
  return {
    raoScott: raoScottOf(design, cells),
    columnShares: Array.from({ length: cells.groups }, (_, g) => proportionsOfGroup(cells, g, t)),
  };
}

function raoScottOf(design: SampleDesign, cells: CellTotals): RaoScottTest | null {
  const { levels: rowCount, groups: colCount, counts, covariance } = cells;
  const width = rowCount * colCount;
  const cell = (r: number, c: number) => c * rowCount + r;
  let total = 0;
  for (let j = 0; j < width; j++) total += counts[j];
  const rowShare = Array.from({ length: rowCount }, (_, r) => sumOver(colCount, (c) => counts[cell(r, c)]) / total);
  const colShare = Array.from({ length: colCount }, (_, c) => sumOver(rowCount, (r) => counts[cell(r, c)]) / total);
  const usedRows = indices(rowCount).filter((r) => rowShare[r] > 0);
  const usedCols = indices(colCount).filter((c) => colShare[c] > 0);
  if (usedRows.length < 2 || usedCols.length < 2 || !(design.df > 0)) return null;

  const share = Float64Array.from(counts, (count) => count / total);
  // Pearson's X² of the shares (the table scaled to a total of 1; F does not depend on the scale).
  let chiSquare = 0;
  for (const r of usedRows) {
    for (const c of usedCols) {
      const expected = rowShare[r] * colShare[c];
      chiSquare += (share[cell(r, c)] - expected) ** 2 / expected;
    }
  }
  // V = Cov(P) over all cells: the PSU total of P_j's influence is (count_j − P_j · valid) / total.
  const rowSums = new Float64Array(width);
  let all = 0;
  for (let a = 0; a < width; a++) {
    for (let b = 0; b < width; b++) rowSums[a] += covariance[a * width + b];
    all += rowSums[a];
  }
  const V = (a: number, b: number) =>
    (covariance[a * width + b] - share[a] * rowSums[b] - share[b] * rowSums[a] + share[a] * share[b] * all) / total ** 2;
  const inverseShare = (j: number) => (share[j] > 0 ? 1 / share[j] : 0);

  // Basis of the interaction contrasts: for each (i, j) but the last used row and column,
  // E_ij − E_iJ − E_Ij + E_IJ (I, J the last used row and column); the trace does not depend on the basis.
  const lastRow = usedRows[usedRows.length - 1];
  const lastCol = usedCols[usedCols.length - 1];
  const contrasts: { cells: number[]; signs: number[] }[] = [];
  for (const r of usedRows.slice(0, -1)) {
    for (const c of usedCols.slice(0, -1)) {
      contrasts.push({ cells: [cell(r, c), cell(r, lastCol), cell(lastRow, c), cell(lastRow, lastCol)], signs: [1, -1, -1, 1] });
    }
  }
  const q = contrasts.length;
  const denominator = new Float64Array(q * q);
  const numerator = new Float64Array(q * q);
  for (let a = 0; a < q; a++) {
    for (let b = a; b < q; b++) {
      let dTerm = 0;
      let nTerm = 0;
      for (let x = 0; x < 4; x++) {
        const cellA = contrasts[a].cells[x];
        const weightA = contrasts[a].signs[x] * inverseShare(cellA);
        for (let y = 0; y < 4; y++) {
          const cellB = contrasts[b].cells[y];
          const weightB = contrasts[b].signs[y] * inverseShare(cellB);
          if (cellA === cellB) dTerm += contrasts[a].signs[x] * contrasts[b].signs[y] * inverseShare(cellA);
          nTerm += weightA * weightB * V(cellA, cellB);
        }
      }
      denominator[a * q + b] = denominator[b * q + a] = dTerm;
      numerator[a * q + b] = numerator[b * q + a] = nTerm;
    }
  }
  const delta = similarSymmetric(denominator, numerator, q);
  if (!delta) return null;
  let trace = 0;
  let traceOfSquare = 0;
  for (let a = 0; a < q; a++) {
    trace += delta[a * q + a];
    for (let b = 0; b < q; b++) traceOfSquare += delta[a * q + b] ** 2;
  }
  if (!(trace > 0)) return null;
  const f = chiSquare / trace;
  const ndf = (trace * trace) / traceOfSquare;
  const ddf = ndf * design.df;
  return { f, ndf, ddf, p: fUpperTailExact(f, ndf, ddf) };
}

/**
 * L⁻¹ N L⁻ᵀ for D = L Lᵀ (Cholesky): a symmetric matrix similar to D⁻¹ N, so it has the same traces of powers.
 * Null when D is not positive definite.
 */
function similarSymmetric(D: Float64Array, N: Float64Array, q: number): Float64Array | null {
  const L = new Float64Array(q * q);
  for (let j = 0; j < q; j++) {
    let diagonal = D[j * q + j];
    for (let k = 0; k < j; k++) diagonal -= L[j * q + k] ** 2;
    if (!(diagonal > 0)) return null;
    L[j * q + j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < q; i++) {
      let value = D[i * q + j];
      for (let k = 0; k < j; k++) value -= L[i * q + k] * L[j * q + k];
      L[i * q + j] = value / L[j * q + j];
    }
  }
  // X = L⁻¹ N (forward substitution per column), then M = L⁻¹ Xᵀ (N symmetric, so M = L⁻¹ N L⁻ᵀ).
  const solveLower = (B: Float64Array): Float64Array => {
    const X = new Float64Array(q * q);
    for (let col = 0; col < q; col++) {
      for (let i = 0; i < q; i++) {
        let value = B[i * q + col];
        for (let k = 0; k < i; k++) value -= L[i * q + k] * X[k * q + col];
        X[i * q + col] = value / L[i * q + i];
      }
    }
    return X;
  };
  const X = solveLower(N);
  const Xt = new Float64Array(q * q);
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) Xt[j * q + i] = X[i * q + j];
  return solveLower(Xt);
}

function sumOver(length: number, term: (index: number) => number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += term(i);
  return sum;
}

function indices(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
