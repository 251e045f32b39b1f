/**
 * Interviewer effects: how much of an item's variance lies between interviewers. The intra-interviewer
 * correlation is the one-way ANOVA estimator (Kish 1962), with n₀ for unequal workloads:
 *   ρ = (MSB − MSW) / (MSB + (n₀ − 1)·MSW),  n₀ = (N − Σnᵢ²/N) / (k − 1),
 * and the design effect it causes is 1 + (m̄ − 1)·ρ with m̄ the mean number of interviews per interviewer.
 */
import type { DictionaryColumn } from '../store/columns';

export interface OneWayEffect {
  rho: number | null;
  deff: number | null;
  interviewers: number;
  meanInterviews: number;
  n: number;
}

/** ρ_int of `values` grouped by interviewer code; rows with NaN values or no interviewer are left out. */
export function interviewerCorrelation(values: Float64Array, interviewer: DictionaryColumn, rows: Int32Array): OneWayEffect {
  const groups = interviewer.values.length;
  const count = new Float64Array(groups);
  const sum = new Float64Array(groups);
  let n = 0;
  let total = 0;
  for (const row of rows) {
    const value = values[row];
    const group = interviewer.codes[row];
    if (Number.isNaN(value) || group < 0) continue;
    count[group]++;
    sum[group] += value;
    n++;
    total += value;
  }
  const used = [...count.keys()].filter((g) => count[g] > 0);
  const k = used.length;
  const meanInterviews = k ? n / k : 0;
  if (k < 2 || n <= k) return { rho: null, deff: null, interviewers: k, meanInterviews, n };
  const grand = total / n;
  let between = 0;
  let sumSquaredSizes = 0;
  for (const g of used) {
    const mean = sum[g] / count[g];
    between += count[g] * (mean - grand) ** 2;
    sumSquaredSizes += count[g] ** 2;
  }
  let within = 0;
  for (const row of rows) {
    const value = values[row];
    const group = interviewer.codes[row];
    if (Number.isNaN(value) || group < 0) continue;
    within += (value - sum[group] / count[group]) ** 2;
  }
  const msb = between / (k - 1);
  const msw = within / (n - k);
  const n0 = (n - sumSquaredSizes / n) / (k - 1);
  const denominator = msb + (n0 - 1) * msw;
  const rho = denominator > 0 ? (msb - msw) / denominator : null;
  return { rho, deff: rho === null ? null : 1 + (meanInterviews - 1) * rho, interviewers: k, meanInterviews, n };
}

/**
 * Each interviewer's share of the interviewer × answer χ² of one categorical item: Σⱼ (O − E)²/E over
 * that interviewer's row. Added over items, the largest are the interviewers whose answers look least
 * like everybody else's.
 */
export function chiSquareContributions(
  codes: Int32Array,
  valid: (code: number) => boolean,
  interviewer: DictionaryColumn,
  rows: Int32Array,
): Float64Array {
  const groups = interviewer.values.length;
  const contribution = new Float64Array(groups);
  // The answer codes that count, numbered as the table's columns (typed arrays: no Map lookup per response).
  let maxCode = -1;
  for (const row of rows) if (codes[row] > maxCode) maxCode = codes[row];
  const columnOf = new Int32Array(maxCode + 1).fill(-1);
  let width = 0;
  for (let code = 0; code <= maxCode; code++) if (valid(code)) columnOf[code] = width++;
  if (width === 0) return contribution;
  const cells = new Float64Array(groups * width);
  const rowTotals = new Float64Array(groups);
  const columnTotals = new Float64Array(width);
  let n = 0;
  for (const row of rows) {
    const code = codes[row];
    const group = interviewer.codes[row];
    if (code < 0 || group < 0) continue;
    const column = columnOf[code];
    if (column < 0) continue;
    cells[group * width + column]++;
    rowTotals[group]++;
    columnTotals[column]++;
    n++;
  }
  if (n === 0) return contribution;
  for (let group = 0; group < groups; group++) {
    if (rowTotals[group] === 0) continue;
    let sum = 0;
    for (let c = 0; c < width; c++) {
      const expected = (rowTotals[group] * columnTotals[c]) / n;
      if (expected > 0) sum += (cells[group * width + c] - expected) ** 2 / expected;
    }
    contribution[group] = sum;
  }
  return contribution;
}
