/** Progress of long work (imports, merges, exports), reported to whichever front end asked. */
export interface Progress {
  /** A short machine-readable name of the current step, e.g. "validate", "write". */
  phase: string;
  done: number;
  total: number;
}

export type ProgressReporter = (progress: Progress) => void;

export const ignoreProgress: ProgressReporter = () => {};

/**
 * Limits how often a hot loop reports: at most one report per `everyMs`, plus the last one.
 * Reporting every row would cost more than the work itself over HTTP or IPC.
 */
export function throttledProgress(report: ProgressReporter, everyMs = 100): ProgressReporter {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    if (progress.done >= progress.total || now - last >= everyMs) {
      last = now;
      report(progress);
    }
  };
}
