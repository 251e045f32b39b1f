/**
 * Frequency tables as PSPP FREQUENCIES prints them: the valid categories with count, percent, valid percent and
 * cumulative percent, then the missing-value codes and blanks as rows of their own (counted in n, not in the valid
 * percentages). A select_multiple gives percent of respondents and of responses; a number with more than 20 distinct
 * values is counted in bins.
 */
import { codedError } from '../../common/errors';
import {
  frequencies,
  marginOfErrorForPercent,
  multipleResponseFrequencies,
  numericFrequencies,
  summarizeWeights,
  wilsonInterval,
} from '../stats';
import type { FrequencyTable } from '../stats';
import type { CatalogEntry } from '../catalog';
import type { Axis, Dataset } from '../dataset';
import { MAX_AXIS_LEVELS } from '../dataset';
import { orNull } from '../present';
import type { FrequenciesResult, FrequencyRow, Level } from '../results';

export interface FrequencyOptions {
  /** Count a number in about this many bins even when it has few distinct values. */
  bins?: number;
}

const NO_ANSWER: Level = { value: '', label: '(no answer)' };
const NOT_A_CHOICE = 'not a choice of the form';

export function frequencyTable(dataset: Dataset, name: string, options: FrequencyOptions = {}): FrequenciesResult {
  const entry = dataset.variable(name);
  const result =
    entry.kind === 'multiple'
      ? multipleResponseTable(dataset, entry)
      : binned(dataset, entry, options)
        ? binnedTable(dataset, entry, options.bins)
        : categoryTable(dataset, dataset.axis(name));
  if (result.valid === 0) {
    throw codedError('bad-input', 'analysis-no-valid-answer', { count: dataset.caseCount, name });
  }
  return dataset.weighting ? { ...result, weighting: dataset.weighting } : result;
}

/** Numbers are binned when asked to, or when they have too many distinct values to list. */
function binned(dataset: Dataset, entry: CatalogEntry, options: FrequencyOptions): boolean {
  if (entry.kind === 'single' || !dataset.hasNumbers(entry.name)) return false;
  if (options.bins !== undefined) return true;
  const values = dataset.numeric(entry.name);
  const distinct = new Set<number>();
  for (let i = 0; i < values.length && distinct.size <= MAX_AXIS_LEVELS; i++) {
    if (dataset.weights[i] > 0 && !Number.isNaN(values[i])) distinct.add(values[i]);
  }
  return distinct.size > MAX_AXIS_LEVELS;
}

function header(entry: CatalogEntry, table: { n: number; valid: number; missing: number }) {
  return { variable: entry.name, label: entry.label, kind: entry.kind, n: table.n, valid: table.valid, missing: table.missing };
}

/** The valid categories; unweighted, each with Wilson's interval of its valid share (weighted ones get a margin of error). */
function validRows(levels: readonly Level[], table: FrequencyTable, weighted: boolean): FrequencyRow[] {
  return table.rows.map((row, code) => ({
    value: levels[code].value,
    label: levels[code].label,
    count: row.count,
    percent: orNull(row.percent),
    validPercent: orNull(row.validPercent),
    cumulativePercent: orNull(row.cumulativePercent),
    ...(weighted ? {} : { wilson: wilsonInterval(row.count, table.valid) }),
  }));
}

function missingRow(level: Level, count: number, n: number): FrequencyRow {
  return { ...level, count, percent: orNull((100 * count) / n), validPercent: null, cumulativePercent: null, missing: true };
}

function categoryTable(dataset: Dataset, axis: Axis): FrequenciesResult {
  const { entry } = axis;
  const table = frequencies(axis.variable, dataset.weights);
  let rows = validRows(axis.levels, table, Boolean(dataset.weighting));
  if (dataset.weighting) {
    const { effectiveN } = summarizeWeights(dataset.weights, axis.variable.codes);
    rows = rows.map((row) => ({
      ...row,
      marginOfError: row.validPercent === null ? null : orNull(marginOfErrorForPercent(row.validPercent, effectiveN)),
    }));
  }
  return { ...header(entry, table), rows: [...rows, ...missingRows(dataset, axis, table.n)] };
}

/**
 * The declared missing codes (always, as PSPP lists user-missing values of the variable), answers that are not a
 * choice of the latest version (only when present) and blanks (only when present).
 */
function missingRows(dataset: Dataset, axis: Axis, n: number): FrequencyRow[] {
  const { entry } = axis;
  if (entry.kind !== 'single') return blankRow(dataset, axis.variable.codes, n);
  const column = dataset.column(entry.name);
  const byValue = new Float64Array(column.values.length);
  let blank = 0;
  const { codes } = column;
  const levels = axis.variable.codes;
  for (let i = 0; i < codes.length; i++) {
    const weight = dataset.weights[i];
    if (codes[i] < 0) blank += weight;
    else if (levels[i] < 0) byValue[codes[i]] += weight;
  }
  const countOf = (value: string) => {
    const code = column.values.indexOf(value);
    return code < 0 ? 0 : byValue[code];
  };
  const declared = new Set(entry.missingCodes.map((code) => code.value));
  const valid = new Set(entry.levels.map((level) => level.value));
  const strays = column.values.filter((value, code) => byValue[code] > 0 && !declared.has(value) && !valid.has(value));
  return [
    ...entry.missingCodes.map((code) => missingRow(code, countOf(code.value), n)),
    ...strays.map((value) => missingRow({ value, label: NOT_A_CHOICE }, countOf(value), n)),
    ...(blank > 0 ? [missingRow(NO_ANSWER, blank, n)] : []),
  ];
}

function blankRow(dataset: Dataset, codes: Int32Array, n: number): FrequencyRow[] {
  let blank = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) blank += dataset.weights[i];
  return blank > 0 ? [missingRow(NO_ANSWER, blank, n)] : [];
}

function binnedTable(dataset: Dataset, entry: CatalogEntry, bins?: number): FrequenciesResult {
  const values = dataset.numeric(entry.name);
  const { breaks, table } = numericFrequencies(values, { weights: dataset.weights, ...(bins ? { bins } : {}) });
  const levels = breaks.slice(0, -1).map((from, j) => {
    const last = j === breaks.length - 2;
    const text = `${from} to ${last ? '' : 'under '}${breaks[j + 1]}`;
    return { value: `${from}`, label: text };
  });
  const blank = table.missing;
  return {
    ...header(entry, table),
    rows: [...validRows(levels, table, Boolean(dataset.weighting)), ...(blank > 0 ? [missingRow(NO_ANSWER, blank, table.n)] : [])],
    breaks,
  };
}

function multipleResponseTable(dataset: Dataset, entry: CatalogEntry): FrequenciesResult {
  const { columns } = dataset.indicators(entry.name);
  const table = multipleResponseFrequencies({ kind: 'indicators', columns }, dataset.weights);
  const rows: FrequencyRow[] = table.rows.map((row, option) => ({
    value: entry.levels[option].value,
    label: entry.levels[option].label,
    count: row.count,
    percent: orNull((100 * row.count) / table.n),
    validPercent: orNull(row.percentOfRespondents),
    cumulativePercent: null,
    percentOfResponses: orNull(row.percentOfResponses),
    percentOfRespondents: orNull(row.percentOfRespondents),
  }));
  const column = dataset.column(entry.name);
  const missingCounts = new Float64Array(entry.missingCodes.length);
  const missingIndex = new Map(entry.missingCodes.map((code, index) => [code.value, index]));
  const missingByCode = column.values.map((answer) => answer.split(' ').flatMap((choice) => missingIndex.get(choice) ?? []));
  let blank = 0;
  const { codes } = column;
  for (let i = 0; i < codes.length; i++) {
    const weight = dataset.weights[i];
    if (codes[i] < 0) blank += weight;
    else for (const index of missingByCode[codes[i]]) missingCounts[index] += weight;
  }
  rows.push(...entry.missingCodes.map((code, index) => missingRow(code, missingCounts[index], table.n)));
  if (blank > 0) rows.push(missingRow(NO_ANSWER, blank, table.n));
  return {
    ...header(entry, { n: table.n, valid: table.respondents, missing: table.n - table.respondents }),
    rows,
    respondents: table.respondents,
    responses: table.responses,
  };
}
