/**
 * Leaving an interview for another screen of the app. A draft started and left without a single
 * answer (a stray "next interview", the wrong form) is discarded by the core, so no empty draft
 * piles up on Home; any answer keeps it. Screens that list drafts wait for this to finish first.
 */
import { call } from '../api';
import type { InterviewSession } from './session.svelte';

let pending: Promise<unknown> = Promise.resolve();

export function leaveInterview(session: InterviewSession): Promise<unknown> {
  if (session.meta.status !== 'draft') return pending;
  const uuid = session.uuid;
  // After the last saves: an answer still on its way must count.
  pending = session.saver
    .flush()
    .then(() => call('interviews.discard', { uuid, ifUnanswered: true }))
    .catch(() => undefined);
  return pending;
}

/** Resolves once the interview just left has been kept or discarded. */
export function interviewLeft(): Promise<unknown> {
  return pending;
}
