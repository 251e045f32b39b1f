/** The merge's bar moves through read, validate, backup and merge without ever jumping back. */
import { describe, expect, it } from 'vitest';
import { stepsPercent } from '../../../renderer/src/lib/progress';

const steps = [
  { phase: 'read', share: 10 },
  { phase: 'validate', share: 35 },
  { phase: 'backup', share: 15 },
  { phase: 'merge', share: 40 },
];

describe('progress over consecutive steps', () => {
  it('adds the finished steps to the done fraction of the current one', () => {
    expect(stepsPercent(steps, { phase: 'read', done: 0, total: 4 })).toBe(0);
    expect(stepsPercent(steps, { phase: 'read', done: 2, total: 4 })).toBe(5); // half of 10
    expect(stepsPercent(steps, { phase: 'validate', done: 1, total: 2 })).toBe(27.5); // 10 + 35/2
    expect(stepsPercent(steps, { phase: 'backup', done: 3, total: 3 })).toBe(60); // 10 + 35 + 15
    expect(stepsPercent(steps, { phase: 'merge', done: 500, total: 1000 })).toBe(80); // 60 + 40/2
    expect(stepsPercent(steps, { phase: 'merge', done: 1000, total: 1000 })).toBe(100);
  });

  it('stays where it was for an unknown phase, an empty step, or before any report', () => {
    expect(stepsPercent(steps, undefined, 12)).toBe(12);
    expect(stepsPercent(steps, { phase: 'cleanup', done: 1, total: 1 }, 70)).toBe(70);
    expect(stepsPercent(steps, { phase: 'backup', done: 0, total: 0 })).toBe(45);
    expect(stepsPercent(steps, { phase: 'read', done: 1, total: 1 }, 50)).toBe(50);
  });
});
