/**
 * The interview screen's part of the event log (paradata, src/collect/paradata.ts): which question
 * is shown and for how long, moves back, jumps, language switches, start, suspend and resume. Events
 * wait here and ride on the next save as one batch, so logging costs no request of its own. Times
 * come from a monotonic clock (performance.now) from the moment this screen opened, with the wall
 * clock of that moment as the session's anchor. No DOM: tests run it under Node.
 */
import type { ParadataBatch, ReportedEvent } from '../../../src/api/spec';

export class ParadataLog {
  /** The wall-clock time (epoch ms) this session started. */
  readonly anchor: number;
  readonly #origin: number;
  readonly #clock: () => number;
  #pending: ReportedEvent[] = [];
  #shown: { question: string; at: number } | undefined;

  constructor(clock: () => number = () => performance.now(), wallClock: () => number = Date.now) {
    this.#clock = clock;
    this.#origin = clock();
    this.anchor = Math.round(wallClock());
  }

  /** Milliseconds since the session started. */
  now(): number {
    return Math.max(0, Math.round(this.#clock() - this.#origin));
  }

  report(event: Omit<ReportedEvent, 'at'>): void {
    this.#pending.push({ ...event, at: this.now() });
  }

  /** The question (a path in a repeat, a screen, or "#finish") now shown; the one before is left. */
  show(question: string): void {
    if (this.#shown?.question === question) return;
    this.leave();
    this.#shown = { question, at: this.now() };
  }

  /** The question shown is left (moving on, suspending, finalizing). */
  leave(): void {
    if (!this.#shown) return;
    this.#pending.push({ event: 'question', question: this.#shown.question, at: this.#shown.at, end: this.now() });
    this.#shown = undefined;
  }

  /** The clock now and the events waiting, which leave with this batch. */
  take(): ParadataBatch {
    const events = this.#pending;
    this.#pending = [];
    return events.length ? { anchor: this.anchor, at: this.now(), events } : { anchor: this.anchor, at: this.now() };
  }
}

/** Two waiting batches as one: the events in order, the clock of the later. */
export function mergeParadataBatches(older: ParadataBatch | undefined, newer: ParadataBatch | undefined): ParadataBatch | undefined {
  if (!older || !newer) return newer ?? older;
  const events = [...(older.events ?? []), ...(newer.events ?? [])];
  return events.length ? { ...newer, events } : { anchor: newer.anchor, at: newer.at };
}
