/**
 * Saves an interview (or the designer's working copy) the moment it changes. One save is in flight
 * at a time, so saves reach the core in the order they were made; whatever changes meanwhile waits
 * merged into as few batches as keep that order (the latest answer to a question wins). A failed
 * save keeps its batch and is retried with growing pauses until it succeeds; the user sees that the
 * changes are not yet saved.
 */
import type { SaveReceipt } from '../../../../src/api/spec';
import { ApiError } from '../api';
import type { SaveChange } from './save-changes';

export type SaveState = 'saved' | 'saving' | 'failed';

const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000];

export class SaveQueue<Change = SaveChange, Receipt = SaveReceipt> {
  state = $state<SaveState>('saved');
  /** Why the last attempt failed, while it has not succeeded since. */
  failure = $state<Error | undefined>();
  /** True when the core refused the batch (it will not succeed by retrying alone). */
  refused = $state(false);
  lastReceipt = $state<Receipt | undefined>();

  #send: (change: Change) => Promise<Receipt>;
  #merge: (older: Change | undefined, newer: Change) => Change | undefined;
  /** Batches waiting, oldest first: changes merge into the last unless the merge keeps them apart. */
  #pending: Change[] = [];
  #running: Promise<void> | undefined;
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];

  /** `merge` joins a change to the batch before it, or returns undefined when they must be sent one after the other. */
  constructor(send: (change: Change) => Promise<Receipt>, merge: (older: Change | undefined, newer: Change) => Change | undefined) {
    this.#send = send;
    this.#merge = merge;
  }

  get hasUnsaved(): boolean {
    return this.#pending.length > 0 || this.#running !== undefined;
  }

  enqueue(change: Change): void {
    this.#add(change);
    if (this.#retryTimer === undefined) this.#start();
  }

  #add(change: Change): void {
    const merged = this.#merge(this.#pending.at(-1), change);
    if (merged !== undefined && this.#pending.length) this.#pending[this.#pending.length - 1] = merged;
    else this.#pending.push(merged ?? this.#merge(undefined, change)!);
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
    // One after the other, so the order holds even now (each keeps going when the page is gone).
    const batches = this.#pending;
    void batches
      .reduce<Promise<unknown>>((previous, batch) => previous.then(() => this.#send(batch)), Promise.resolve())
      .catch(() => undefined);
  }

  #start(): void {
    if (this.#running || !this.#pending.length) return;
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (!this.hasUnsaved) {
        const waiters = this.#waiters.splice(0);
        for (const resolve of waiters) resolve();
      }
    });
  }

  async #run(): Promise<void> {
    while (this.#pending.length) {
      const batch = this.#pending.shift()!;
      this.state = 'saving';
      try {
        this.lastReceipt = await this.#send(batch);
        this.#attempt = 0;
        this.failure = undefined;
        this.refused = false;
      } catch (error) {
        // The failed batch goes back in front; what came meanwhile joins it if it can.
        const later = this.#pending;
        this.#pending = [batch];
        for (const change of later) this.#add(change);
        this.state = 'failed';
        this.failure = error instanceof Error ? error : new Error(String(error));
        // The core refusing a save (a finalized response, an unknown question) will refuse it again.
        this.refused = error instanceof ApiError && error.kind !== 'internal';
        const pause = RETRY_PAUSES_MS[Math.min(this.#attempt++, RETRY_PAUSES_MS.length - 1)];
        this.#retryTimer = setTimeout(
          () => {
            this.#retryTimer = undefined;
            this.#start();
          },
          this.refused ? pause * 4 : pause,
        );
        return;
      }
    }
    this.state = 'saved';
  }
}
