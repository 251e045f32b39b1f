/**
 * Crosstabs as PSPP CROSSTABS computes them: counts, percentages, expected counts, adjusted standardized residuals
 * (Agresti), Pearson's chi-square without continuity correction, Cramér's V, and Fisher's exact test for 2×2 tables.
 * Rows and columns without observations stay in the table but are left out of the statistics, as PSPP does.
 * Weights are used as they are, non-integer included: PSPP's CROSSTABS default /COUNT=ASIS rounds neither cases nor cells.
 */
import { likelihoodRatio, oddsRatio, yatesChiSquare } from './association';
import type { ChiSquareTest, OddsRatio, StatisticsTable } from './association';
import { chiSquareUpperTail } from './distributions';
import { fisherExact2x2 } from './fisher';
import { caseWeightsFor, codeOutOfRange, requireLength } from './variables';
import type { CaseWeights, CategoricalVariable } from './variables';

/** The counting result: weighted counts, row-major, rows × cols. */
export interface CrosstabCounts {
  readonly rows: number;
  readonly cols: number;
  readonly counts: Float64Array;
  /** Cases (sum of weights) left out because either variable had no valid answer. */
  readonly missing: number;
}

export interface Crosstab {
  rows: number;
  cols: number;
  /** Cases (sum of weights) valid on both variables. */
  n: number;
  missing: number;
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  /** Percentages; NaN in a row (column) without observations. */
  rowPercent: number[][];
  colPercent: number[][];
  totalPercent: number[][];
  expected: number[][];
  /** (observed − expected) / sqrt(expected · (1 − row share) · (1 − column share)); NaN where undefined. */
  adjustedResiduals: number[][];
  /** The codes of the rows and columns with observations: the table the statistics describe. */
  statisticRows: number[];
  statisticCols: number[];
  /** Null when fewer than two rows or two columns have observations. */
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  /** Two-sided, as R's fisher.test; only when the statistics table is 2×2, else null. */
  fisherP: number | null;
  /** G² = 2 Σ O ln(O/E) with the df of Pearson's test; null when that test is. */
  likelihoodRatio: ChiSquareTest | null;
  /** Yates-corrected χ² and the odds ratio with Woolf's 95% interval: only for a 2×2 statistics table. */
  yates: ChiSquareTest | null;
  oddsRatio: OddsRatio | null;
  /** Cells of the statistics table whose expected count is under 5; warning when they are more than 20%. */
  smallExpected: { cells: number; percent: number; warning: boolean };
}

export function crosstab(rowVariable: CategoricalVariable, colVariable: CategoricalVariable, weights?: CaseWeights): Crosstab {
  return crosstabStatistics(countCrosstab(rowVariable, colVariable, weights));
}

/** Every item crossed with one variable (typically region): one pass over the data per item. */
export function breakdown(items: readonly CategoricalVariable[], by: CategoricalVariable, weights?: CaseWeights): Crosstab[] {
  return countBreakdown(items, by, weights).map(crosstabStatistics);
}

export function countCrosstab(rowVariable: CategoricalVariable, colVariable: CategoricalVariable, weights?: CaseWeights): CrosstabCounts {
  return countBreakdown([rowVariable], colVariable, weights)[0];
}

export function countBreakdown(items: readonly CategoricalVariable[], by: CategoricalVariable, weights?: CaseWeights): CrosstabCounts[] {
  const caseWeights = caseWeightsFor(by.codes.length, weights);
  return items.map((item, index) => {
    requireLength(item.codes.length, by.codes.length, `item ${index + 1} of a breakdown`);
    return countPairs(item, by, caseWeights);
  });
}

function countPairs(rowVariable: CategoricalVariable, colVariable: CategoricalVariable, caseWeights: Float64Array): CrosstabCounts {
  const rowCodes = rowVariable.codes;
  const colCodes = colVariable.codes;
  const rows = rowVariable.levels;
  const cols = colVariable.levels;
  const counts = new Float64Array(rows * cols);
  const caseCount = rowCodes.length;
  let missing = 0;
  // The hot loop of every breakdown: one branch for "either answer missing", one for codes beyond the choices.
  for (let i = 0; i < caseCount; i++) {
    const row = rowCodes[i];
    const col = colCodes[i];
    if ((row | col) < 0) missing += caseWeights[i];
    else if (row < rows && col < cols) counts[row * cols + col] += caseWeights[i];
    else
      throw row >= rows
        ? codeOutOfRange(row, rows, 'the row variable of a crosstab')
        : codeOutOfRange(col, cols, 'the column variable of a crosstab');
  }
  return { rows, cols, counts, missing };
}

export function crosstabStatistics(table: CrosstabCounts): Crosstab {
  const { rows, cols, counts, missing } = table;
  const count = (r: number, c: number) => counts[r * cols + c];
  const rowTotals = Array.from({ length: rows }, (_, r) => sumOf(cols, (c) => count(r, c)));
  const colTotals = Array.from({ length: cols }, (_, c) => sumOf(rows, (r) => count(r, c)));
  const n = sumOf(rows, (r) => rowTotals[r]);
  const matrix = (cell: (r: number, c: number) => number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));

  const expected = matrix((r, c) => (rowTotals[r] * colTotals[c]) / n);
  const statisticRows = indicesWhere(rowTotals, (total) => total > 0);
  const statisticCols = indicesWhere(colTotals, (total) => total > 0);

  let chiSquare = 0;
  let smallCells = 0;
  for (const r of statisticRows) {
    for (const c of statisticCols) {
      const e = expected[r][c];
      chiSquare += (count(r, c) - e) ** 2 / e;
      if (e < 5) smallCells++;
    }
  }
  const statisticCells = statisticRows.length * statisticCols.length;
  const smallPercent = (100 * smallCells) / statisticCells;
  const testable = statisticRows.length >= 2 && statisticCols.length >= 2;
  const df = (statisticRows.length - 1) * (statisticCols.length - 1);
  const shorterSide = Math.min(statisticRows.length, statisticCols.length);
  const observed = statisticsTable({ counts: matrix(count), statisticRows, statisticCols });

  return {
    rows,
    cols,
    n,
    missing,
    counts: matrix(count),
    rowTotals,
    colTotals,
    rowPercent: matrix((r, c) => (100 * count(r, c)) / rowTotals[r]),
    colPercent: matrix((r, c) => (100 * count(r, c)) / colTotals[c]),
    totalPercent: matrix((r, c) => (100 * count(r, c)) / n),
    expected,
    adjustedResiduals: matrix((r, c) => {
      const e = expected[r][c];
      return (count(r, c) - e) / Math.sqrt(e * (1 - rowTotals[r] / n) * (1 - colTotals[c] / n));
    }),
    statisticRows,
    statisticCols,
    // PSPP prints nothing for a chi-square of exactly 0; we report 0 with p = 1, as R does.
    chiSquare: testable ? chiSquare : null,
    df: testable ? df : null,
    p: testable ? chiSquareUpperTail(chiSquare, df) : null,
    cramersV: testable ? Math.sqrt(chiSquare / (n * (shorterSide - 1))) : null,
    fisherP:
      testable && df === 1
        ? fisherExact2x2(...(statisticRows.flatMap((r) => statisticCols.map((c) => count(r, c))) as [number, number, number, number]))
        : null,
    likelihoodRatio: likelihoodRatio(observed),
    yates: yatesChiSquare(observed),
    oddsRatio: oddsRatio(observed),
    smallExpected: { cells: smallCells, percent: smallPercent, warning: smallPercent > 20 },
  };
}

/** The rows and columns of a crosstab that have observations: the table every test describes. */
export function statisticsTable(table: Pick<Crosstab, 'counts' | 'statisticRows' | 'statisticCols'>): StatisticsTable {
  const counts = table.statisticRows.map((r) => table.statisticCols.map((c) => table.counts[r][c]));
  const rowTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const colTotals = table.statisticCols.map((_, c) => counts.reduce((sum, row) => sum + row[c], 0));
  return { counts, rowTotals, colTotals, n: rowTotals.reduce((sum, total) => sum + total, 0) };
}

function sumOf(length: number, term: (index: number) => number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += term(i);
  return sum;
}

function indicesWhere(values: readonly number[], keep: (value: number) => boolean): number[] {
  return values.flatMap((value, index) => (keep(value) ? [index] : []));
}
