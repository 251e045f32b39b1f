/** The per-response checks: each returns the flags it raises, by loaded row. */
import type { QualityData } from './data';
import type { QualityThresholds } from './options';
import type { QualityFlag } from './results';
import { interviewDurations, median, quantile } from './timing';

export type FlagsByRow = Map<number, QualityFlag[]>;

export function addFlag(flags: FlagsByRow, row: number, flag: QualityFlag): void {
  const list = flags.get(row);
  if (list) list.push(flag);
  else flags.set(row, [flag]);
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Interviews shorter than a share of the median of their own form version (versions differ in length). */
export function speeding(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): Float64Array {
  const { minutes, source } = interviewDurations(data);
  const byVersion = new Map<number, number[]>();
  for (const row of data.rows) {
    if (Number.isNaN(minutes[row])) continue;
    const version = data.columns.formVersionIds[row];
    const list = byVersion.get(version) ?? [];
    list.push(minutes[row]);
    byVersion.set(version, list);
  }
  const medians = new Map([...byVersion].map(([version, list]) => [version, median(list)]));
  for (const row of data.rows) {
    const version = data.columns.formVersionIds[row];
    const typical = medians.get(version);
    if (typical === undefined || Number.isNaN(minutes[row])) continue;
    if (minutes[row] < typical * thresholds.speedingShareOfMedian) {
      addFlag(flags, row, {
        check: 'speeding',
        detail: {
          minutes: round(minutes[row]),
          medianMinutes: round(typical),
          version: data.versionOf.get(version) ?? '',
          source: source[row] === 2 ? 'metadata' : 'timestamps',
        },
      });
    }
  }
  return minutes;
}

/** Every item of a grid with enough items answered with the same substantive choice. */
export function straightlining(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): void {
  const missing = new Map(data.questions.map((q) => [q.name, q.missingCodes]));
  for (const grid of data.grids) {
    if (grid.items.length < thresholds.straightliningMinItems) continue;
    const columns = grid.items.map((name) => data.columns.fields.get(name)).filter((c) => c !== undefined);
    if (columns.length < thresholds.straightliningMinItems) continue;
    for (const row of data.rows) {
      let first: string | undefined;
      let answered = 0;
      let same = true;
      for (let i = 0; i < columns.length && same; i++) {
        const code = columns[i].codes[row];
        if (code < 0) continue;
        const value = columns[i].values[code];
        if (missing.get(grid.items[i])?.has(value)) continue;
        answered++;
        if (first === undefined) first = value;
        else if (value !== first) same = false;
      }
      if (same && first !== undefined && answered >= thresholds.straightliningMinItems) {
        addFlag(flags, row, { check: 'straightlining', detail: { group: grid.name, groupLabel: grid.label, items: answered, choice: first } });
      }
    }
  }
}

export interface NonresponseCounts {
  /** Per loaded row: answered choice questions and how many of them were missing codes. */
  answered: Int32Array;
  missing: Int32Array;
}

/** Share of "don't know"/"refused" among a response's answered choice questions. */
export function nonresponse(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): NonresponseCounts {
  const answered = new Int32Array(data.columns.rowCount);
  const missing = new Int32Array(data.columns.rowCount);
  for (const question of data.questions) {
    if (!question.missingCodes.size) continue;
    const column = data.columns.fields.get(question.name);
    if (!column) continue;
    const isMissing = column.values.map((value) => question.missingCodes.has(value));
    for (const row of data.rows) {
      const code = column.codes[row];
      if (code < 0) continue;
      answered[row]++;
      if (isMissing[code]) missing[row]++;
    }
  }
  for (const row of data.rows) {
    if (answered[row] && missing[row] / answered[row] >= thresholds.nonresponseShare) {
      addFlag(flags, row, {
        check: 'nonresponse',
        detail: { share: round(missing[row] / answered[row], 3), missing: missing[row], answered: answered[row] },
      });
    }
  }
  return { answered, missing };
}

/** Numbers outside the lead's range for the question, or beyond k·IQR from the quartiles (R's type 7). */
export function outliers(
  data: QualityData, thresholds: QualityThresholds, ranges: Record<string, [number, number]>, flags: FlagsByRow,
): void {
  for (const question of data.questions) {
    if (!question.numeric) continue;
    const column = data.columns.fields.get(question.name);
    if (!column) continue;
    const numbers = column.values.map(Number);
    const values: number[] = [];
    for (const row of data.rows) {
      const code = column.codes[row];
      if (code >= 0 && Number.isFinite(numbers[code])) values.push(numbers[code]);
    }
    if (values.length < 4) continue;
    const sorted = Float64Array.from(values).sort();
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const iqr = q3 - q1;
    const range = ranges[question.name];
    // With half the answers on one value the IQR is 0 and every other value would be "extreme": no rule then.
    if (!range && iqr === 0) continue;
    const [low, high] = range ?? [q1 - thresholds.outlierIqr * iqr, q3 + thresholds.outlierIqr * iqr];
    for (const row of data.rows) {
      const code = column.codes[row];
      if (code < 0) continue;
      const value = numbers[code];
      if (Number.isFinite(value) && (value < low || value > high)) {
        addFlag(flags, row, { check: 'outlier', detail: { question: question.name, value, low, high, rule: range ? 'range' : 'iqr' } });
      }
    }
  }
}
