/**
 * The statistics of a crosstab beyond Pearson's χ², over its statistics table (the rows and columns with
 * observations), with counts as they are (weighted or not), as PSPP CROSSTABS computes them:
 * - the likelihood-ratio χ² G² = 2 Σ O ln(O/E) (PSPP's "Likelihood Ratio");
 * - for 2×2 tables, Yates' continuity-corrected χ² (R's chisq.test(correct = TRUE), PSPP's "Continuity Correction")
 *   and the odds ratio with Woolf's logit interval (SPSS CROSSTABS /STATISTICS=RISK);
 * - for two ordered variables, Goodman–Kruskal's gamma and Kendall's tau-b with the asymptotic standard error
 *   (ASE1) and the approximate T under independence (ASE0), by the formulas of SPSS's CROSSTABS algorithms
 *   (Agresti, Categorical Data Analysis, 2002, §2.4.5 and 3.4.7).
 */
import { chiSquareUpperTail, normalQuantile, normalTwoSidedP } from './distributions';

export interface ChiSquareTest {
  chiSquare: number;
  df: number;
  p: number;
}
export interface OddsRatio {
  estimate: number;
  lwr: number;
  upr: number;
}
export interface OrdinalAssociation {
  value: number;
  /** Asymptotic standard error (ASE1), for confidence intervals. */
  ase: number;
  /** value / ASE0, the approximate T of SPSS and PSPP, and its two-sided normal p. */
  z: number;
  p: number;
}

/** A table of counts restricted to the rows and columns with observations, in their order. */
export interface StatisticsTable {
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly colTotals: readonly number[];
  readonly n: number;
}

export function likelihoodRatio(table: StatisticsTable): ChiSquareTest | null {
  const { counts, rowTotals, colTotals, n } = table;
  if (rowTotals.length < 2 || colTotals.length < 2) return null;
  let statistic = 0;
  counts.forEach((row, r) =>
    row.forEach((observed, c) => {
      if (observed > 0) statistic += observed * Math.log((observed * n) / (rowTotals[r] * colTotals[c]));
    }),
  );
  statistic *= 2;
  const df = (rowTotals.length - 1) * (colTotals.length - 1);
  return { chiSquare: statistic, df, p: chiSquareUpperTail(statistic, df) };
}

/** Yates: Σ (|O − E| − min(0.5, |O − E|))² / E, as R's chisq.test; only for a 2×2 table. */
export function yatesChiSquare(table: StatisticsTable): ChiSquareTest | null {
  if (!isTwoByTwo(table)) return null;
  const { counts, rowTotals, colTotals, n } = table;
  const expected = (r: number, c: number) => (rowTotals[r] * colTotals[c]) / n;
  const deviation = Math.abs(counts[0][0] - expected(0, 0)); // the same in all four cells
  const correction = Math.min(0.5, deviation);
  let statistic = 0;
  for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) statistic += (deviation - correction) ** 2 / expected(r, c);
  return { chiSquare: statistic, df: 1, p: chiSquareUpperTail(statistic, 1) };
}

/** (n11·n22)/(n12·n21) with exp(ln OR ± z·√(Σ 1/n)); null for a table with an empty cell, where it is 0 or infinite. */
export function oddsRatio(table: StatisticsTable, level = 0.95): OddsRatio | null {
  if (!isTwoByTwo(table)) return null;
  const [[a, b], [c, d]] = table.counts;
  if (!(a > 0 && b > 0 && c > 0 && d > 0)) return null;
  const logEstimate = Math.log((a * d) / (b * c));
  const margin = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return { estimate: Math.exp(logEstimate), lwr: Math.exp(logEstimate - margin), upr: Math.exp(logEstimate + margin) };
}

/** Gamma and tau-b of a table whose rows and columns are both in ascending order; null without variation. */
export function ordinalAssociation(table: StatisticsTable): { gamma: OrdinalAssociation | null; tauB: OrdinalAssociation | null } {
  const { counts, rowTotals, colTotals, n } = table;
  const rows = rowTotals.length;
  const cols = colTotals.length;
  if (rows < 2 || cols < 2) return { gamma: null, tauB: null };
  // Per cell: the counts concordant (above-left and below-right) and discordant (above-right and below-left) with it.
  const concordant = pairCounts(counts, (r, c, k, l) => (k < r && l < c) || (k > r && l > c));
  const discordant = pairCounts(counts, (r, c, k, l) => (k < r && l > c) || (k > r && l < c));
  let P = 0;
  let Q = 0;
  let squaredDifferences = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      P += counts[r][c] * concordant[r][c];
      Q += counts[r][c] * discordant[r][c];
      squaredDifferences += counts[r][c] * (concordant[r][c] - discordant[r][c]) ** 2;
    }
  }
  const nullSpread = Math.sqrt(squaredDifferences - (P - Q) ** 2 / n);

  let gamma: OrdinalAssociation | null = null;
  if (P + Q > 0) {
    const value = (P - Q) / (P + Q);
    let sum = 0;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sum += counts[r][c] * (Q * concordant[r][c] - P * discordant[r][c]) ** 2;
    const ase0 = (2 / (P + Q)) * nullSpread;
    gamma = withTest(value, (4 / (P + Q) ** 2) * Math.sqrt(sum), ase0);
  }

  const rowSpread = n * n - rowTotals.reduce((sum, total) => sum + total * total, 0);
  const colSpread = n * n - colTotals.reduce((sum, total) => sum + total * total, 0);
  let tauB: OrdinalAssociation | null = null;
  if (rowSpread > 0 && colSpread > 0) {
    const w = Math.sqrt(rowSpread * colSpread);
    const value = (P - Q) / w;
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = rowTotals[r] * colSpread + colTotals[c] * rowSpread;
        sum += counts[r][c] * (2 * w * (concordant[r][c] - discordant[r][c]) + value * v) ** 2;
      }
    }
    const ase1 = Math.sqrt(Math.max(0, sum - n ** 3 * value ** 2 * (rowSpread + colSpread) ** 2)) / (w * w);
    tauB = withTest(value, ase1, (2 / w) * nullSpread);
  }
  return { gamma, tauB };
}

function withTest(value: number, ase: number, ase0: number): OrdinalAssociation {
  const z = value / ase0;
  return { value, ase, z, p: normalTwoSidedP(z) };
}

function pairCounts(counts: readonly (readonly number[])[], isPair: (r: number, c: number, k: number, l: number) => boolean): number[][] {
  return counts.map((row, r) =>
    row.map((_, c) => {
      let sum = 0;
      counts.forEach((other, k) =>
        other.forEach((count, l) => {
          if (isPair(r, c, k, l)) sum += count;
        }),
      );
      return sum;
    }),
  );
}

function isTwoByTwo(table: StatisticsTable): boolean {
  return table.rowTotals.length === 2 && table.colTotals.length === 2;
}
