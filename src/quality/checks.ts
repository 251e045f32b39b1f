/** The per-response checks: each returns the flags it raises, by loaded row. */
import type { QualityData } from './data';
import type { QualityThresholds } from './options';
import type { QualityFlag } from './results';
import { DURATION_SOURCES, interviewDurations, median, quantile } from './timing';

export type FlagsByRow = Map<number, QualityFlag[]>;

export function addFlag(flags: FlagsByRow, row: number, flag: QualityFlag): void {
  const list = flags.get(row);
  if (list) list.push(flag);
  else flags.set(row, [flag]);
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Interviews shorter than a share of the median of their own form version (versions differ in
 * length), compared with those timed the same way (time on screen from the event log is shorter
 * than start-to-end time); and, from the event log, interviews where too many answered questions
 * were on screen for less than the minimum.
 */
export function speeding(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): Float64Array {
  const { minutes, source } = interviewDurations(data);
  const group = (row: number) => data.columns.formVersionIds[row] * 4 + source[row];
  const byGroup = new Map<number, number[]>();
  for (const row of data.rows) {
    if (Number.isNaN(minutes[row])) continue;
    const list = byGroup.get(group(row)) ?? [];
    list.push(minutes[row]);
    byGroup.set(group(row), list);
  }
  const medians = new Map([...byGroup].map(([key, list]) => [key, median(list)]));
  const formOrder = new Map(data.questions.map((question, i) => [question.name, i]));
  for (const row of data.rows) {
    const typical = medians.get(group(row));
    const rushed = rushedQuestions(data, row, thresholds, formOrder);
    const tooShort = typical !== undefined && minutes[row] < typical * thresholds.speedingShareOfMedian;
    if (!tooShort && !rushed) continue;
    addFlag(flags, row, {
      check: 'speeding',
      detail: {
        minutes: round(minutes[row]),
        medianMinutes: round(typical ?? NaN),
        version: data.versionOf.get(data.columns.formVersionIds[row]) ?? '',
        source: DURATION_SOURCES[source[row]] || 'timestamps',
        ...(rushed
          ? { rushedQuestions: rushed.questions, timedQuestions: rushed.timed, questionMinSeconds: thresholds.questionMinSeconds }
          : {}),
      },
    });
  }
  return minutes;
}

/** The answered questions on screen for less than the minimum, when they are at least the set share of those timed. */
function rushedQuestions(
  data: QualityData,
  row: number,
  thresholds: QualityThresholds,
  formOrder: Map<string, number>,
): { questions: { question: string; seconds: number }[]; timed: number } | undefined {
  const logged = data.questionTimes.get(row);
  if (!logged) return undefined;
  let timed = 0;
  const questions: { question: string; seconds: number }[] = [];
  for (const [question, time] of logged) {
    if (!time.answered || time.shownMs <= 0) continue;
    timed++;
    if (time.shownMs < thresholds.questionMinSeconds * 1000) questions.push({ question, seconds: round(time.shownMs / 1000) });
  }
  if (!timed || questions.length / timed < thresholds.rushedQuestionShare) return undefined;
  // In the order of the form (a path inside a repeat by its question's place).
  const place = (path: string) => formOrder.get(path.slice(path.lastIndexOf('.') + 1)) ?? Infinity;
  questions.sort((a, b) => place(a.question) - place(b.question));
  return { questions, timed };
}

/** Every item of a grid with enough items answered with the same substantive choice. */
export function straightlining(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): void {
  const missing = new Map(data.questions.map((q) => [q.name, q.missingCodes]));
  for (const grid of data.grids) {
    if (grid.items.length < thresholds.straightliningMinItems) continue;
    const present = grid.items.filter((name) => data.columns.fields.has(name));
    if (present.length < thresholds.straightliningMinItems) continue;
    const columns = present.map((name) => data.columns.fields.get(name)!);
    // Per column, whether each code is a missing choice: no string lookups per answer.
    const isMissing = present.map((name, i) => columns[i].values.map((value) => missing.get(name)?.has(value) === true));
    for (const row of data.rows) {
      let first: string | undefined;
      let answered = 0;
      let same = true;
      for (let i = 0; i < columns.length && same; i++) {
        const code = columns[i].codes[row];
        if (code < 0 || isMissing[i][code]) continue;
        const value = columns[i].values[code];
        answered++;
        if (first === undefined) first = value;
        else if (value !== first) same = false;
      }
      if (same && first !== undefined && answered >= thresholds.straightliningMinItems) {
        addFlag(flags, row, {
          check: 'straightlining',
          detail: { group: grid.name, groupLabel: grid.label, items: answered, choice: first },
        });
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
  data: QualityData,
  thresholds: QualityThresholds,
  ranges: Record<string, [number, number]>,
  flags: FlagsByRow,
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
