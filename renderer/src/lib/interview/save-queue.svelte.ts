/**
 * Saves an interview (or the designer's working copy) the moment it changes. One save is in flight
 * at a time, so saves reach the core in the order they were made; whatever changes meanwhile waits
 * as one merged batch (the latest answer to a question wins). A failed save keeps its batch and is
 * retried with growing pauses until it succeeds; the user sees that the changes are not yet saved.
 */
import type { InterviewSaveArgs, SaveReceipt } from '../../../../src/api/spec';
import { ApiError } from '../api';

export type SaveChange = Omit<InterviewSaveArgs, 'uuid'>;
export type SaveState = 'saved' | 'saving' | 'failed';


const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000];

/** Merges an interview's waiting changes: answers by question, the latest position and language. */
export function mergeInterviewChanges(older: SaveChange | undefined, newer: SaveChange): SaveChange {
  if (!older) return { ...newer, answers: newer.answers && { ...newer.answers } };
  const merged: SaveChange = { ...older, ...newer };
  if (older.answers || newer.answers) merged.answers = { ...older.answers, ...newer.answers };
  if (newer.position === undefined && older.position !== undefined) merged.position = older.position;
  if (newer.language === undefined && older.language !== undefined) merged.language = older.language;
  return merged;
}

export class SaveQueue<Change = SaveChange, Receipt = SaveReceipt> {
  state = $state<SaveState>('saved');
  /** Why the last attempt failed, while it has not succeeded since. */
  failure = $state<string | undefined>();
  /** True when the core refused the batch (it will not succeed by retrying alone). */
  refused = $state(false);
  lastReceipt = $state<Receipt | undefined>();

  #send: (change: Change) => Promise<Receipt>;
  #merge: (older: Change | undefined, newer: Change) => Change;
  #pending: Change | undefined;
  #running: Promise<void> | undefined;
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];

  constructor(send: (change: Change) => Promise<Receipt>, merge: (older: Change | undefined, newer: Change) => Change) {
    this.#send = send;
    this.#merge = merge;
  }

  get hasUnsaved(): boolean {
    return this.#pending !== undefined || this.#running !== undefined;
  }

  enqueue(change: Change): void {
    this.#pending = this.#merge(this.#pending, change);
    if (this.#retryTimer === undefined) this.#start();
  }

  /** Saves now instead of waiting for the next retry. */
  retryNow(): void {
    if (this.#retryTimer !== undefined) {
      clearTimeout(this.#retryTimer);
      this.#retryTimer = undefined;
    }
    this.#attempt = 0;
    this.#start();
  }

  /** Resolves once everything enqueued so far is saved. */
  flush(): Promise<void> {
    if (!this.hasUnsaved) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** The last chance before the page goes away: sends what waits now (saves outlive the page, see the sender). */
  sendBeforeLeaving(): void {
    if (!this.#pending) return;
    void this.#send(this.#pending).catch(() => undefined);
  }

  #start(): void {
    if (this.#running || !this.#pending) return;
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (!this.hasUnsaved) {
        const waiters = this.#waiters.splice(0);
        for (const resolve of waiters) resolve();
      }
    });
  }

  async #run(): Promise<void> {
    while (this.#pending) {
      const batch = this.#pending;
      this.#pending = undefined;
      this.state = 'saving';
      try {
        this.lastReceipt = await this.#send(batch);
        this.#attempt = 0;
        this.failure = undefined;
        this.refused = false;
      } catch (error) {
        this.#pending = this.#pending === undefined ? batch : this.#merge(batch, this.#pending);
        this.state = 'failed';
        this.failure = error instanceof Error ? error.message : String(error);
        // The core refusing a save (a finalized response, an unknown question) will refuse it again.
        this.refused = error instanceof ApiError && error.kind !== 'internal';
        const pause = RETRY_PAUSES_MS[Math.min(this.#attempt++, RETRY_PAUSES_MS.length - 1)];
        this.#retryTimer = setTimeout(() => {
          this.#retryTimer = undefined;
          this.#start();
        }, this.refused ? pause * 4 : pause);
        return;
      }
    }
    this.state = 'saved';
  }
}
