import type { Progress } from '../../../src/common/progress';

/** A step of long work and its share of the whole bar (shares need not add up to 1). */
export interface ProgressStep {
  phase: string;
  share: number;
}

/**
 * How far along work made of consecutive steps is, 0–100: the finished steps' shares plus the
 * done fraction of the current one. A phase not in the list leaves the bar where the last known one
 * put it, so a core that reports a new phase never makes the bar jump back.
 */
export function stepsPercent(steps: readonly ProgressStep[], progress: Progress | undefined, floor = 0): number {
  if (!progress) return floor;
  const index = steps.findIndex((step) => step.phase === progress.phase);
  if (index === -1) return floor;
  const whole = steps.reduce((sum, step) => sum + step.share, 0) || 1;
  const before = steps.slice(0, index).reduce((sum, step) => sum + step.share, 0);
  const fraction = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  return Math.max(floor, (100 * (before + fraction * steps[index].share)) / whole);
}
