/**
 * Progress of a plan, from the responses themselves: a response counts towards the first assignment whose
 * interviewer and location answers it matches, whether it was started from the assignment or imported; quota
 * cells count its finalized answers. Responses a lead rejected in the quality review do not count (they have to
 * be done again) and are reported apart; practice (demo) responses count only when asked for.
 */
import type { Db } from '../store/database';
import { loadResponseColumns } from '../store/columns';
import { planOfForm, rejectedResponseIds } from '../store/fieldwork';
import { latestForm, type Assignment } from './plan';

export interface QuotaProgress {
  question: string;
  choice: string;
  target: number;
  final: number;
  /** final ≥ target: further interviews with this answer go over the quota. */
  full: boolean;
}

export interface AssignmentProgress {
  id: string;
  interviewer: string;
  location: Record<string, string>;
  target: number;
  final: number;
  drafts: number;
  rejected: number;
  remaining: number;
  quotas: QuotaProgress[];
}

export interface FieldworkProgress {
  formId: string;
  assignments: AssignmentProgress[];
  /** Finalized responses that match no assignment (started outside the plan). */
  outside: number;
  outsideDrafts: number;
  totals: { target: number; final: number; drafts: number; remaining: number };
}

export function fieldworkProgress(db: Db, formId: string, options: { includeDemo?: boolean } = {}): FieldworkProgress {
  latestForm(db, formId);
  const assignments = planOfForm(db, formId);
  const fields = [...new Set(assignments.flatMap((a) => [...Object.keys(a.location), ...a.quotas.map((q) => q.question)]))];
  const columns = loadResponseColumns(db, { formId, fields });
  const rejected = rejectedResponseIds(db, formId);
  const answer = (field: string, row: number) => {
    const column = columns.fields.get(field)!;
    const code = column.codes[row];
    return code < 0 ? '' : column.values[code];
  };
  const progress = assignments.map((a) => ({ ...a, final: 0, drafts: 0, rejected: 0, quotaFinal: a.quotas.map(() => 0) }));
  const byInterviewer = new Map<string, typeof progress>();
  for (const entry of progress) byInterviewer.set(entry.interviewer, [...(byInterviewer.get(entry.interviewer) ?? []), entry]);

  let outside = 0;
  let outsideDrafts = 0;
  for (let row = 0; row < columns.rowCount; row++) {
    if (columns.demo[row] && !options.includeDemo) continue;
    const code = columns.interviewer.codes[row];
    const interviewer = code < 0 ? '' : columns.interviewer.values[code];
    const match = byInterviewer.get(interviewer)?.find((a) => matches(a, (field) => answer(field, row)));
    const final = columns.final[row] === 1;
    if (!match) {
      if (final) outside++;
      else outsideDrafts++;
      continue;
    }
    if (!final) match.drafts++;
    else if (rejected.has(columns.responseIds[row])) match.rejected++;
    else {
      match.final++;
      match.quotas.forEach((quota, q) => {
        if (answer(quota.question, row).split(' ').includes(quota.choice)) match.quotaFinal[q]++;
      });
    }
  }
  const result = progress.map(({ quotaFinal, ...a }) => ({
    id: a.id,
    interviewer: a.interviewer,
    location: a.location,
    target: a.target,
    final: a.final,
    drafts: a.drafts,
    rejected: a.rejected,
    remaining: Math.max(0, a.target - a.final),
    quotas: a.quotas.map((quota, q) => ({ ...quota, final: quotaFinal[q], full: quotaFinal[q] >= quota.target })),
  }));
  const sum = (pick: (a: AssignmentProgress) => number) => result.reduce((total, a) => total + pick(a), 0);
  return {
    formId,
    assignments: result,
    outside,
    outsideDrafts,
    totals: { target: sum((a) => a.target), final: sum((a) => a.final), drafts: sum((a) => a.drafts), remaining: sum((a) => a.remaining) },
  };
}

function matches(assignment: Assignment, answer: (field: string) => string): boolean {
  return Object.entries(assignment.location).every(([field, value]) => answer(field) === value);
}
