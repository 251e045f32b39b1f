/**
 * Interview durations: from the event log where the interview has one (the time questions were on
 * screen, on a monotonic clock: pauses and a laptop clock put right do not count), else from the
 * form's `start`/`end` metadata answers (imported or ODK data), which carry the phone's clock, else
 * from the interview's own start and finish timestamps.
 */
import type { QualityData } from './data';

export interface Durations {
  /** Minutes per loaded row; NaN where unknown. */
  minutes: Float64Array;
  source: Uint8Array; // 1 = timestamps, 2 = metadata, 3 = paradata
}

export const DURATION_SOURCES = ['', 'timestamps', 'metadata', 'paradata'] as const;

export function interviewDurations(data: QualityData): Durations {
  const { columns } = data;
  const minutes = new Float64Array(columns.rowCount).fill(NaN);
  const source = new Uint8Array(columns.rowCount);
  const start = data.startEnd?.start;
  const end = data.startEnd?.end;
  for (const row of data.rows) {
    const logged = data.questionTimes.get(row);
    const fromLog = logged ? [...logged.values()].reduce((sum, q) => sum + q.shownMs, 0) / 60_000 : NaN;
    if (fromLog > 0) {
      minutes[row] = fromLog;
      source[row] = 3;
      continue;
    }
    const fromMeta = start && end ? (end[row] - start[row]) / 60_000 : NaN;
    const fromClock = (columns.finishedAt[row] - columns.startedAt[row]) / 60_000;
    if (fromMeta > 0 && Number.isFinite(fromMeta)) {
      minutes[row] = fromMeta;
      source[row] = 2;
    } else if (fromClock > 0 && Number.isFinite(fromClock)) {
      minutes[row] = fromClock;
      source[row] = 1;
    }
  }
  return { minutes, source };
}

export function median(values: readonly number[] | Float64Array): number {
  if (!values.length) return NaN;
  // A typed array sorts numerically in native code: a tenth of the time of sort() with a comparator at 100,000.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** R's quantile(type = 7), the default of R and of most spreadsheets. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}
