/**
 * Which responses an analysis reads: by status, form version, interviewer and interview date; practice (demo)
 * responses only when asked for. The result is a mask
 * over the loaded responses (1 = analysed); the filter expression narrows it further (filter.ts).
 */
import { codedError } from '../common/errors';
import type { ResponseColumns } from '../store/columns';
import type { AnalysisSubset } from './results';

export interface VersionRef {
  id: number;
  version: string;
}

export function selectResponses(columns: ResponseColumns, subset: AnalysisSubset, versions: readonly VersionRef[]): Uint8Array {
  const status = subset.status ?? 'final';
  if (status !== 'final' && status !== 'draft' && status !== 'all') {
    throw codedError('bad-input', 'analysis-status-invalid', { given: String(status) });
  }
  const versionIds = subset.versions?.length ? versionIdsOf(subset.versions, versions) : undefined;
  const interviewerCodes = subset.interviewers?.length ? codesOf(subset.interviewers, columns.interviewer.values) : undefined;
  const from = subset.from ? momentOf(subset.from, 'start') : -Infinity;
  const to = subset.to ? momentOf(subset.to, 'end') : Infinity;
  if (from > to) throw codedError('bad-input', 'analysis-date-range-empty', { from: String(subset.from), to: String(subset.to) });

  const selected = new Uint8Array(columns.rowCount);
  const wantFinal = status === 'all' ? -1 : status === 'final' ? 1 : 0;
  const includeDemo = subset.includeDemo === true;
  for (let i = 0; i < columns.rowCount; i++) {
    if (wantFinal >= 0 && columns.final[i] !== wantFinal) continue;
    if (!includeDemo && columns.demo[i]) continue;
    if (versionIds && !versionIds.has(columns.formVersionIds[i])) continue;
    if (interviewerCodes && !interviewerCodes.has(columns.interviewer.codes[i])) continue;
    const started = columns.startedAt[i];
    if (started < from || started > to) continue;
    selected[i] = 1;
  }
  return selected;
}

function versionIdsOf(wanted: readonly string[], versions: readonly VersionRef[]): Set<number> {
  const unknown = wanted.filter((version) => !versions.some((v) => v.version === version));
  if (unknown.length) {
    throw codedError('bad-input', 'analysis-version-unknown', {
      unknown: unknown.join(', '),
      versions: versions.map((v) => v.version).join(', '),
    });
  }
  return new Set(versions.filter((v) => wanted.includes(v.version)).map((v) => v.id));
}

/** Interviewers nobody recorded select nothing, which is what the researcher asked for; no error. */
function codesOf(wanted: readonly string[], values: readonly string[]): Set<number> {
  const codes = new Set<number>();
  values.forEach((value, code) => wanted.includes(value) && codes.add(code));
  return codes;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date means the whole day on this computer's clock; a date and time is that moment. */
export function momentOf(text: string, edge: 'start' | 'end'): number {
  const date = DATE.exec(text.trim());
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]) - 1, Number(date[3])];
    const start = new Date(year, month, day);
    if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== day) {
      throw codedError('bad-input', 'date-not-calendar', { text });
    }
    return edge === 'start' ? start.getTime() : new Date(year, month, day + 1).getTime() - 1;
  }
  const moment = /^\d{4}-\d{2}-\d{2}T/.test(text.trim()) ? Date.parse(text.trim()) : NaN;
  if (Number.isNaN(moment)) throw codedError('bad-input', 'date-invalid', { text });
  return moment;
}
