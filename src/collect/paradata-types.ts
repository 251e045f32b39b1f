/**
 * Paradata: the event log an interview records beside its answers, as ODK's audit log does. Times
 * are monotonic: each recording session (a screen opened on one device, or the core's own process)
 * has a wall-clock start, its anchor, and every event an offset in milliseconds from it, read from
 * a monotonic clock (performance.now), so a laptop clock put right in mid-interview bends nothing.
 *
 * These are the shapes the interview screen reports and the core records from (the events as stored: src/store/paradata-types.ts).
 */
import type { ParadataEventKind } from '../store/paradata-types';

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
