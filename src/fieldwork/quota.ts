/**
 * Quotas during an interview: as soon as an answer puts the interview into a quota cell its assignment has
 * already filled with finalized interviews, the save says so, so the interviewer can end politely (as Survey
 * Solutions and LimeSurvey do). An interview ended that way is kept, marked over quota, and left out of analysis.
 */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { getInterviewRecord, writeDraftChange } from '../store/interviews';
import { decodeAnswers } from '../store/answer-codec';
import { OVER_QUOTA_REASON, planOfForm, saveReview } from '../store/fieldwork';
import { assignmentOf, fieldworkProgress, type QuotaProgress } from './progress';

export { OVER_QUOTA_REASON };

/** The full quota cell the interview's current answers fall in, when one of `changed` decided it; else undefined. */
export function fullQuotaOf(
  db: Db,
  uuid: string,
  changed: readonly string[],
): (Omit<QuotaProgress, 'full' | 'overQuota'> & { assignmentId: string }) | undefined {
  const record = getInterviewRecord(db, uuid);
  if (!record || !changed.length) return undefined;
  const plan = planOfForm(db, record.formId);
  if (!plan.some((a) => a.quotas.some((q) => changed.includes(q.question)))) return undefined;
  const answers = decodeAnswers(record.fields, record.answerValues);
  const progress = fieldworkProgress(db, record.formId, { includeDemo: record.demo === 1 });
  const assignment = assignmentOf(progress.assignments, record.interviewer, answers);
  const cell = assignment?.quotas.find(
    (q) => q.full && changed.includes(q.question) && (answers[q.question] ?? '').split(' ').includes(q.choice),
  );
  if (!cell || !assignment) return undefined;
  const { full: _full, overQuota: _overQuota, ...quota } = cell;
  return { ...quota, assignmentId: assignment.id };
}

/** Ends a draft over quota: it stays (a draft, which never counts as done) with a rejection that keeps it out of analysis. */
export function endOverQuota(db: Db, uuid: string, now: number): { uuid: string } {
  const record = getInterviewRecord(db, uuid);
  if (!record) throw codedError('not-found', 'response-not-found', { uuid: String(uuid) });
  if (record.status !== 'draft') throw codedError('conflict', 'interview-not-draft-over-quota', {});
  db.transaction(() => {
    saveReview(db, { uuid, verdict: 'reject', reason: OVER_QUOTA_REASON, reviewedAt: now });
    // Ending is a change the next package (even one "since the last") carries: the interview travels, ended.
    writeDraftChange(db, record.id, { updatedAt: now });
  })();
  return { uuid };
}
