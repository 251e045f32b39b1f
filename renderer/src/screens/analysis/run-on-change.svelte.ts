/**
 * One analysis call re-run whenever its arguments change, keeping only the newest answer: a slow
 * reply for options the lead has already changed never overwrites a fresher one.
 */
export class LatestResult<A, R> {
  value = $state.raw<R | undefined>();
  /** The arguments `value` answers (the previous value stays on screen while new arguments load). */
  valueArgs = $state.raw<A | undefined>();
  error = $state<Error | undefined>();
  loading = $state(false);
  #generation = 0;
  #load: (args: A) => Promise<R>;

  constructor(load: (args: A) => Promise<R>) {
    this.#load = load;
  }

  run(args: A | undefined): void {
    const mine = ++this.#generation;
    if (args === undefined) {
      this.value = undefined;
      this.valueArgs = undefined;
      this.loading = false;
      return;
    }
    this.loading = true;
    this.error = undefined;
    this.#load(args).then(
      (value) => {
        if (mine !== this.#generation) return;
        this.value = value;
        this.valueArgs = args;
        this.loading = false;
      },
      (error: Error) => {
        if (mine !== this.#generation) return;
        this.error = error;
        this.value = undefined;
        this.valueArgs = undefined;
        this.loading = false;
      },
    );
  }
}
