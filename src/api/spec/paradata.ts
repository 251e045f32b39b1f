/**
 * Paradata: the event log an interview records beside its answers, as ODK's audit log does. Times
 * are monotonic: each recording session (a screen opened on one device, or the core's own process)
 * has a wall-clock start, its anchor, and every event an offset in milliseconds from it, read from
 * a monotonic clock (performance.now), so a laptop clock put right in mid-interview bends nothing.
 */

/** What happened. 'question' spans a question shown (offset) to left (end). */
export type ParadataEventKind =
  | 'start' | 'resume' | 'suspend' | 'question' | 'answer' | 'language' | 'back' | 'jump' | 'finalize' | 'reopen';

/** The events the interview screen reports; 'answer', 'finalize' and 'reopen' the core records itself. */
export type ReportedEventKind = Exclude<ParadataEventKind, 'answer' | 'finalize' | 'reopen'>;

/** A recording session's clock: `anchor` the wall time (epoch ms) at its start, `at` ms since then now. */
export interface ParadataClock {
  anchor: number;
  at: number;
}

/** An event as the screen reports it, in its session's clock. */
export interface ReportedEvent {
  event: ReportedEventKind;
  /** The question (or screen) concerned: a name, a path inside a repeat ("member[2].age"), or "#finish". */
  question?: string;
  /** language: the codes before/after; back and jump: where from (old) and to (new). */
  old?: string;
  new?: string;
  /** Offset (ms) of the event in the session; for 'question', when it was shown. */
  at: number;
  /** 'question': when it was left. */
  end?: number;
}

/** What a save, finalize or reopen brings of the screen's log: its session clock now, and the events since the last. */
export interface ParadataBatch extends ParadataClock {
  events?: ReportedEvent[];
}

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

export interface ParadataApi {
  /** A response's event log, in the order it was recorded (per device, by sequence). */
  'interviews.paradata': { args: { uuid: string }; result: { uuid: string; events: ParadataEvent[] } };
}
