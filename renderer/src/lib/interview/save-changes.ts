/** What an interview sends to the core in one save, and how waiting saves merge. No DOM: tests run it under Node. */
import type { InterviewSaveArgs } from '../../../../src/api/spec';
import { mergeParadataBatches } from '../paradata';

export type SaveChange = Omit<InterviewSaveArgs, 'uuid'>;

/**
 * Merges an interview's waiting changes: answers by question, repeat instances added or removed in
 * order, the latest position and language. The core applies a batch's instance changes before its
 * answers, so instance changes after an answer start a batch of their own (undefined): removing
 * member 2 after answering member 3 must not send that answer to the member who moved up.
 */
export function mergeInterviewChanges(older: SaveChange | undefined, newer: SaveChange): SaveChange | undefined {
  if (!older) return { ...newer, answers: newer.answers && { ...newer.answers }, instances: newer.instances && [...newer.instances] };
  if (newer.instances?.length && older.answers && Object.keys(older.answers).length) return undefined;
  // A batch's logged events come before its answers (the core logs them in that order): events after
  // an answer wait for a batch of their own, so that the log keeps the order things happened in.
  if (newer.paradata?.events?.length && older.answers && Object.keys(older.answers).length) return undefined;
  const merged: SaveChange = { ...older, ...newer };
  if (older.answers || newer.answers) merged.answers = { ...older.answers, ...newer.answers };
  if (older.instances || newer.instances) merged.instances = [...(older.instances ?? []), ...(newer.instances ?? [])];
  if (newer.position === undefined && older.position !== undefined) merged.position = older.position;
  if (newer.language === undefined && older.language !== undefined) merged.language = older.language;
  if (older.paradata || newer.paradata) merged.paradata = mergeParadataBatches(older.paradata, newer.paradata);
  return merged;
}
