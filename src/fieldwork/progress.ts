/**
 * Progress of a plan, from the responses themselves: a response counts towards the first assignment whose
 * interviewer and location answers it matches, whether it was started from the assignment or imported; quota
 * cells count its finalized answers. Responses a lead rejected in the quality review do not count (they have to
 * be done again) and are reported apart; so are interviews ended over quota (drafts that will never be
 * continued, so neither drafts nor done); practice (demo) responses count only when asked for.
 */
import type { Db } from '../store/database';
import { loadResponseColumns } from '../store/columns';
import { getInterviewRecord } from '../store/interviews';
import { decodeAnswers } from '../store/answer-codec';
import { OVER_QUOTA_REASON, planOfForm, rejectedResponseReasons } from '../store/fieldwork';
import { latestForm, type Assignment } from './plan';

export interface QuotaProgress {
  question: string;
  choice: string;
  target: number;
  final: number;
  /** Interviews in this cell ended over quota (its other quota cells may hold them too). */
  overQuota: number;
  /** final ≥ target: further interviews with this answer go over the quota. */
  full: boolean;
}

export interface AssignmentProgress {
  id: string;
  interviewer: string;
  location: Record<string, string>;
  target: number;
  final: number;
  /** Drafts still to continue. */
  drafts: number;
  /** Finalized, then rejected by the lead: to be done again. */
  rejected: number;
  /** Ended over quota: kept as drafts out of analysis, neither done nor to continue. */
  overQuota: number;
  remaining: number;
  quotas: QuotaProgress[];
}

export interface FieldworkProgress {
  formId: string;
  assignments: AssignmentProgress[];
  /** Finalized responses that match no assignment (started outside the plan). */
  outside: number;
  outsideDrafts: number;
  /** Interviews ended over quota that match no assignment (the plan changed since). */
  outsideOverQuota: number;
  /** Sums over the assignments (interviews outside the plan are not in them). */
  totals: { target: number; final: number; drafts: number; rejected: number; overQuota: number; remaining: number };
}

export function fieldworkProgress(db: Db, formId: string, options: { includeDemo?: boolean } = {}): FieldworkProgress {
  latestForm(db, formId);
  const assignments = planOfForm(db, formId);
  const fields = [...new Set(assignments.flatMap((a) => [...Object.keys(a.location), ...a.quotas.map((q) => q.question)]))];
  const columns = loadResponseColumns(db, { formId, fields });
  const rejected = rejectedResponseReasons(db, formId);
  const answer = (field: string, row: number) => {
    const column = columns.fields.get(field)!;
    const code = column.codes[row];
    return code < 0 ? '' : column.values[code];
  };
  const progress = assignments.map((a) => ({
    ...a,
    final: 0,
    drafts: 0,
    rejected: 0,
    overQuota: 0,
    quotaFinal: a.quotas.map(() => 0),
    quotaOver: a.quotas.map(() => 0),
  }));
  const byInterviewer = new Map<string, typeof progress>();
  for (const entry of progress) byInterviewer.set(entry.interviewer, [...(byInterviewer.get(entry.interviewer) ?? []), entry]);

  let outside = 0;
  let outsideDrafts = 0;
  let outsideOverQuota = 0;
  for (let row = 0; row < columns.rowCount; row++) {
    if (columns.demo[row] && !options.includeDemo) continue;
    const code = columns.interviewer.codes[row];
    const interviewer = code < 0 ? '' : columns.interviewer.values[code];
    const match = byInterviewer.get(interviewer)?.find((a) => matches(a, (field) => answer(field, row)));
    const final = columns.final[row] === 1;
    const rejection = rejected.get(columns.responseIds[row]);
    const overQuota = !final && rejection === OVER_QUOTA_REASON;
    if (!match) {
      if (final) outside++;
      else if (overQuota) outsideOverQuota++;
      else outsideDrafts++;
      continue;
    }
    const inCell = (q: number) => answer(match.quotas[q].question, row).split(' ').includes(match.quotas[q].choice);
    if (overQuota) {
      match.overQuota++;
      match.quotas.forEach((_, q) => {
        if (inCell(q)) match.quotaOver[q]++;
      });
    } else if (!final) match.drafts++;
    else if (rejection !== undefined) match.rejected++;
    else {
      match.final++;
      match.quotas.forEach((_, q) => {
        if (inCell(q)) match.quotaFinal[q]++;
      });
    }
  }
  const result = progress.map(({ quotaFinal, quotaOver, ...a }) => ({
    id: a.id,
    interviewer: a.interviewer,
    location: a.location,
    target: a.target,
    final: a.final,
    drafts: a.drafts,
    rejected: a.rejected,
    overQuota: a.overQuota,
    remaining: Math.max(0, a.target - a.final),
    quotas: a.quotas.map((quota, q) => ({ ...quota, final: quotaFinal[q], overQuota: quotaOver[q], full: quotaFinal[q] >= quota.target })),
  }));
  const sum = (pick: (a: AssignmentProgress) => number) => result.reduce((total, a) => total + pick(a), 0);
  return {
    formId,
    assignments: result,
    outside,
    outsideDrafts,
    outsideOverQuota,
    totals: {
      target: sum((a) => a.target),
      final: sum((a) => a.final),
      drafts: sum((a) => a.drafts),
      rejected: sum((a) => a.rejected),
      overQuota: sum((a) => a.overQuota),
      remaining: sum((a) => a.remaining),
    },
  };
}

function matches(assignment: Pick<Assignment, 'location'>, answer: (field: string) => string): boolean {
  return Object.entries(assignment.location).every(([field, value]) => answer(field) === value);
}

/** The assignment a response counts towards: the first of its interviewer's whose location answers it has; undefined outside the plan. */
export function assignmentOf<A extends Pick<Assignment, 'interviewer' | 'location'>>(
  assignments: readonly A[],
  interviewer: string,
  answers: Record<string, string>,
): A | undefined {
  return assignments.find((a) => a.interviewer === interviewer && matches(a, (field) => answers[field] ?? ''));
}

/**
 * The assignment an interview counts towards, by the same rule as the progress: an interview started from an
 * assignment (its place prefilled) is in it, one started outside the plan somewhere else is not.
 */
export function assignmentOfInterview(db: Db, uuid: string): Assignment | undefined {
  const record = getInterviewRecord(db, uuid);
  if (!record) return undefined;
  return assignmentOf(planOfForm(db, record.formId), record.interviewer, decodeAnswers(record.fields, record.answerValues));
}
