/**
 * Crosstabs and breakdowns (every item of the form crossed with one variable, typically region) with the numbers
 * PSPP CROSSTABS prints, keyed by choice names with labels alongside.
 */
import { codedError } from '../../common/errors';
import { countBreakdown, crosstabStatistics, designCrosstab, ordinalAssociation, statisticsTable } from '../stats';
import type { Crosstab, CrosstabCounts, OrdinalAssociation } from '../stats';
import type { VariableCatalog } from '../catalog';
import type { Axis, CodedAxis, Dataset } from '../dataset';
import { matrixOrNull, orNull, percentText } from '../present';
import type { BreakdownResult, CrosstabResult } from '../results';

/** `ordinal`: the researcher declares both variables ordered, for gamma and tau-b (see isOrderedPair). */
export function crosstabTable(dataset: Dataset, rowName: string, colName: string, ordinal = false): CrosstabResult {
  if (rowName === colName) throw codedError('bad-input', 'analysis-crosstab-same', { name: rowName });
  const rows = dataset.codedAxis(rowName);
  const cols = dataset.axis(colName);
  const table = countTables([rows], cols, dataset)[0];
  if (table.n === 0) {
    throw codedError('bad-input', 'analysis-no-valid-pair', { count: dataset.caseCount, row: rowName, col: colName });
  }
  return withWeighting(dataset, withDesign(dataset, rowName, cols, describeCrosstab(rows, cols, table, ordinal)));
}

/** The items a breakdown crosses with `by` when none are named: every select_one question but `by` itself. */
export function breakdownItems(catalog: VariableCatalog, by: string, items?: readonly string[]): string[] {
  if (items?.length) return items.filter((item) => item !== by);
  return catalog.entries.filter((entry) => entry.kind === 'single' && entry.name !== by).map((entry) => entry.name);
}

export function breakdownTables(dataset: Dataset, by: string, items: readonly string[]): BreakdownResult {
  if (!items.length) throw codedError('bad-input', 'analysis-breakdown-no-items', { by });
  const cols = dataset.axis(by);
  const rows = items.map((item) => dataset.codedAxis(item));
  const tables = countTables(rows, cols, dataset);
  let n = 0;
  const { codes } = cols.variable;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) n += dataset.weights[i];
  if (n === 0) throw codedError('bad-input', 'analysis-no-valid-answer', { count: dataset.caseCount, name: by });
  return withWeighting(dataset, {
    by,
    byLabel: cols.entry.label,
    n,
    cols: cols.levels,
    items: tables.map((table, index) => withDesign(dataset, items[index], cols, describeCrosstab(rows[index], cols, table), false)),
    ...(dataset.design ? { design: dataset.design.summary } : {}),
  });
}

/**
 * Under a sample design: the Rao–Scott test (svychisq(statistic = "F")) and the logit interval of every column
 * percent (svyciprop within each column). A breakdown carries the design once, not in every item.
 */
function withDesign(dataset: Dataset, rowName: string, cols: Axis, result: CrosstabResult, withSummary = true): CrosstabResult {
  const design = dataset.design;
  if (!design) return result;
  const rows = dataset.axis(rowName);
  const { raoScott, columnShares } = designCrosstab(design.engine, rows.variable, cols.variable);
  return {
    ...result,
    raoScott,
    colPercentCi: rows.levels.map((_, r) =>
      cols.levels.map((_, c) => {
        const ci = columnShares[c][r].ci;
        return ci.every(Number.isFinite) ? ([100 * ci[0], 100 * ci[1]] as [number, number]) : null;
      }),
    ),
    ...(withSummary ? { design: design.summary } : {}),
  };
}

/** Counts each row variable by the column variable in its loaded codes, then adds up the codes of each level. */
function countTables(rows: readonly CodedAxis[], cols: Axis, dataset: Dataset): Crosstab[] {
  const counted = countBreakdown(
    rows.map((row) => ({ codes: row.codes, levels: row.levelOfCode.length })),
    cols.variable,
    dataset.weights,
  );
  return counted.map((table, index) => crosstabStatistics(foldRows(table, rows[index])));
}

/** Code rows into level rows; the rows of codes that are not a valid level become missing. */
function foldRows(table: CrosstabCounts, row: CodedAxis): CrosstabCounts {
  const { cols } = table;
  const counts = new Float64Array(row.levels.length * cols);
  let missing = table.missing;
  row.levelOfCode.forEach((level, code) => {
    for (let c = 0; c < cols; c++) {
      const count = table.counts[code * cols + c];
      if (level < 0) missing += count;
      else counts[level * cols + c] += count;
    }
  });
  return { rows: row.levels.length, cols, counts, missing };
}

function withWeighting<T extends object>(dataset: Dataset, result: T): T {
  return dataset.weighting ? { ...result, weighting: dataset.weighting } : result;
}

/** The numbers an axis's levels stand for, when they are numbers in ascending order; undefined otherwise. */
function ascendingNumbers(axis: Axis | CodedAxis): number[] | undefined {
  const numbers = axis.entry.kind === 'single' ? axis.entry.numericValues : axis.levels.map((level) => Number(level.value));
  if (!numbers || numbers.length !== axis.levels.length || numbers.some((value) => !Number.isFinite(value))) return undefined;
  return numbers.every((value, index) => index === 0 || value > numbers[index - 1]) ? numbers : undefined;
}

/**
 * Whether gamma and tau-b describe the pair. Without being told, only variables that are surely ordered count: numbers
 * (integer, decimal, scale scores) and the Likert items of a scale. A select_one whose choices are merely named by
 * numbers may be a region list (1 = Almaty, 2 = Astana): the researcher declares such a pair ordered (`ordinal`), and
 * a declared variable without ascending numbers is refused rather than guessed.
 */
function isOrderedPair(rows: Axis | CodedAxis, cols: Axis | CodedAxis, declared: boolean): boolean {
  if (declared) {
    for (const axis of [rows, cols]) {
      if (!ascendingNumbers(axis)) throw codedError('bad-input', 'analysis-stats.not-ordered', { variable: axis.entry.name });
    }
    return true;
  }
  const surelyOrdered = (axis: Axis | CodedAxis) =>
    ascendingNumbers(axis) !== undefined && (axis.entry.kind !== 'single' || axis.entry.scale !== undefined);
  return surelyOrdered(rows) && surelyOrdered(cols);
}

function describeCrosstab(rows: Axis | CodedAxis, cols: Axis, table: Crosstab, declaredOrdinal = false): CrosstabResult {
  const ordinal = isOrderedPair(rows, cols, declaredOrdinal) ? ordinalAssociation(statisticsTable(table)) : { gamma: null, tauB: null };
  return {
    row: rows.entry.name,
    rowLabel: rows.entry.label,
    col: cols.entry.name,
    colLabel: cols.entry.label,
    n: table.n,
    missing: table.missing,
    rows: rows.levels,
    cols: cols.levels,
    counts: table.counts,
    rowTotals: table.rowTotals,
    colTotals: table.colTotals,
    rowPercent: matrixOrNull(table.rowPercent),
    colPercent: matrixOrNull(table.colPercent),
    totalPercent: matrixOrNull(table.totalPercent),
    expected: matrixOrNull(table.expected),
    adjustedResiduals: matrixOrNull(table.adjustedResiduals),
    chiSquare: orNull(table.chiSquare),
    df: table.df,
    p: orNull(table.p),
    cramersV: orNull(table.cramersV),
    fisherP: orNull(table.fisherP),
    likelihoodRatio: table.likelihoodRatio,
    yates: table.yates,
    oddsRatio: table.oddsRatio,
    gamma: finiteOrNull(ordinal.gamma),
    tauB: finiteOrNull(ordinal.tauB),
    smallExpected: { cells: table.smallExpected.cells, percent: orNull(table.smallExpected.percent), warning: table.smallExpected.warning },
    warnings: warningsFor(rows, cols, table),
  };
}

/** A measure whose standard error is undefined (no spread under independence) is left out rather than sent as NaN. */
function finiteOrNull(measure: OrdinalAssociation | null): OrdinalAssociation | null {
  return measure && [measure.value, measure.ase, measure.z, measure.p].every(Number.isFinite) ? measure : null;
}

function warningsFor(rows: Axis | CodedAxis, cols: Axis, table: Crosstab): string[] {
  const warnings: string[] = [];
  if (table.n > 0 && table.chiSquare === null) {
    warnings.push('Fewer than two rows or two columns have observations, so there is no chi-square test.');
  }
  const { cells, percent, warning } = table.smallExpected;
  if (warning) {
    const statisticCells = table.statisticRows.length * table.statisticCols.length;
    warnings.push(
      `${cells} of ${statisticCells} cells (${percentText(percent)}) have an expected count under 5, more than the 20% the chi-square ` +
        `approximation tolerates: read its p-value with caution${table.fisherP !== null ? " and use Fisher's exact test" : ''}.`,
    );
  }
  const emptyRows = rows.levels.filter((_, r) => table.rowTotals[r] === 0).map((level) => level.value);
  const emptyCols = cols.levels.filter((_, c) => table.colTotals[c] === 0).map((level) => level.value);
  if (table.n > 0 && (emptyRows.length || emptyCols.length)) {
    const parts = [
      ...(emptyRows.length ? [`${rows.entry.name} ${emptyRows.join(', ')}`] : []),
      ...(emptyCols.length ? [`${cols.entry.name} ${emptyCols.join(', ')}`] : []),
    ];
    warnings.push(`Categories without observations (${parts.join('; ')}) are left out of the statistics, as PSPP does.`);
  }
  return warnings;
}
