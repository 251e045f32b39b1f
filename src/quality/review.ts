/** A lead's verdict on a flagged response: "checked, keep" or "reject" (kept, left out of analysis), with a reason. */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { clearReview, responseExists, saveReview } from '../store/fieldwork';
import type { ReviewVerdict } from './results';

const MAX_REASON = 500;

export function reviewResponse(db: Db, args: { uuid: string; verdict: ReviewVerdict | null; reason?: string }, now: number) {
  const uuid = typeof args.uuid === 'string' ? args.uuid.trim() : '';
  if (!responseExists(db, uuid)) throw codedError('not-found', 'review-no-response', { uuid });
  if (args.verdict === null) {
    clearReview(db, uuid);
    return { uuid, verdict: null };
  }
  if (args.verdict !== 'keep' && args.verdict !== 'reject')
    throw codedError('bad-input', 'review-bad-verdict', { verdict: String(args.verdict) });
  const reason = (args.reason ?? '').trim();
  if (args.verdict === 'reject' && !reason) throw codedError('bad-input', 'review-reason-needed', {});
  if (reason.length > MAX_REASON) throw codedError('bad-input', 'review-reason-too-long', { max: MAX_REASON });
  saveReview(db, { uuid, verdict: args.verdict, reason, reviewedAt: now });
  return { uuid, verdict: args.verdict };
}
