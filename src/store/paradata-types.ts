/**
 * The interview event log as stored (migration 11) and as packages and exports carry it: what happened, and one
 * event in its recording session's monotonic clock (src/collect/paradata-types.ts says how sessions report them).
 */

/** What happened. 'question' spans a question shown (offset) to left (end). */
export type ParadataEventKind =
  'start' | 'resume' | 'suspend' | 'question' | 'answer' | 'language' | 'back' | 'jump' | 'finalize' | 'reopen';

/** One stored event. Events are numbered per device (`seq`): the key that merges packages without doubles. */
export interface ParadataEvent {
  device: string;
  seq: number;
  event: ParadataEventKind;
  question: string | null;
  /** Old and new answer, language or place; answers longer than 200 characters are cut to 200. */
  old: string | null;
  new: string | null;
  /** The session's wall-clock start (epoch ms). */
  anchor: number;
  /** Monotonic ms since the session's start. */
  offset: number;
  /** 'question': ms since the session's start when the question was left; else null. */
  end: number | null;
}
