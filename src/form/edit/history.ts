/**
 * Undo and redo over snapshots. Edits never change a form in place, so a snapshot is just the form
 * as it was (rows that did not change are shared between snapshots, which keeps hundreds cheap).
 */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  #lastKey: string | undefined;

  constructor(
    initial: T,
    readonly limit = 300,
  ) {
    this.#present = initial;
  }

  get present(): T {
    return this.#present;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /**
   * A new present. Consecutive edits with the same `mergeKey` (the keystrokes typing one label) are
   * one undo step; any other edit, an undo or `endMerge` starts a new one.
   */
  record(next: T, mergeKey?: string): void {
    if (!(mergeKey !== undefined && mergeKey === this.#lastKey && this.#past.length)) {
      this.#past.push(this.#present);
      if (this.#past.length > this.limit) this.#past.shift();
    }
    this.#present = next;
    this.#future = [];
    this.#lastKey = mergeKey;
  }

  /** Replaces the present without making an undo step (e.g. to remember what was selected). */
  amend(present: T): void {
    this.#present = present;
  }

  /** The next edit starts a new undo step even with the same merge key (the lead left the field). */
  endMerge(): void {
    this.#lastKey = undefined;
  }

  undo(): T | undefined {
    const previous = this.#past.pop();
    if (previous === undefined) return undefined;
    this.#future.push(this.#present);
    this.#present = previous;
    this.#lastKey = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push(this.#present);
    this.#present = next;
    this.#lastKey = undefined;
    return next;
  }
}
