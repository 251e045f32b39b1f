/**
 * The interview screen's event log: a question is shown until the next one is, waiting events leave
 * with one save, and batches that wait together merge in order. The clock is driven by hand.
 */
import { describe, expect, it } from 'vitest';
import { mergeParadataBatches, ParadataLog } from '../../../renderer/src/lib/paradata';
import { mergeInterviewChanges } from '../../../renderer/src/lib/interview/save-changes';

function logWithClock() {
  let now = 1_000.4;
  const log = new ParadataLog(
    () => now,
    () => 1_780_000_000_000,
  );
  return { log, advance: (ms: number) => (now += ms) };
}

describe("the screen's event log", () => {
  it('times each question from shown to left on the monotonic clock, anchored at the wall time the session opened', () => {
    const { log, advance } = logWithClock();
    log.report({ event: 'start' });
    log.show('consent');
    advance(3_200);
    log.show('consent'); // the same question again: still shown
    advance(800);
    log.show('region');
    advance(1_500);
    log.report({ event: 'back', old: 'region', new: 'consent' });
    log.show('consent');
    expect(log.take()).toEqual({
      anchor: 1_780_000_000_000,
      at: 5_500,
      events: [
        { event: 'start', at: 0 },
        { event: 'question', question: 'consent', at: 0, end: 4_000 },
        { event: 'back', old: 'region', new: 'consent', at: 5_500 },
        { event: 'question', question: 'region', at: 4_000, end: 5_500 },
      ],
    });
    advance(100);
    // Nothing waits: a batch with the clock only.
    expect(log.take()).toEqual({ anchor: 1_780_000_000_000, at: 5_600 });
    log.leave();
    expect(log.take().events).toEqual([{ event: 'question', question: 'consent', at: 5_500, end: 5_600 }]);
  });

  it('merges batches waiting for one save: events in order, the later clock', () => {
    const anchor = 1_780_000_000_000;
    const older = { anchor, at: 10, events: [{ event: 'start' as const, at: 1 }] };
    const newer = { anchor, at: 20, events: [{ event: 'jump' as const, old: 'a', new: 'b', at: 15 }] };
    expect(mergeParadataBatches(older, newer)).toEqual({ anchor, at: 20, events: [...older.events, ...newer.events] });
    expect(mergeParadataBatches(undefined, newer)).toBe(newer);
    expect(mergeInterviewChanges({ position: 'age', paradata: older }, { answers: { age: '42' }, paradata: newer })).toEqual({
      position: 'age',
      answers: { age: '42' },
      paradata: { anchor, at: 20, events: [...older.events, ...newer.events] },
    });
    // Answers typed one after the other merge, the later clock with them.
    expect(
      mergeInterviewChanges(
        { answers: { age: '4' }, paradata: { anchor, at: 10 } },
        { answers: { age: '42' }, paradata: { anchor, at: 20 } },
      ),
    ).toEqual({
      answers: { age: '42' },
      paradata: { anchor, at: 20 },
    });
  });

  it('keeps events that follow an answer out of its batch, so the core logs them after it', () => {
    const anchor = 1_780_000_000_000;
    const typed = { answers: { name: 'Айгүл' }, position: 'name', paradata: { anchor, at: 900 } };
    const left = {
      position: 'agree',
      paradata: { anchor, at: 1_000, events: [{ event: 'question' as const, question: 'name', at: 0, end: 1_000 }] },
    };
    expect(mergeInterviewChanges(typed, left)).toBeUndefined();
    // Events before an answer go with it: the core logs a batch's events first.
    expect(mergeInterviewChanges(left, typed)?.paradata).toEqual({ anchor, at: 900, events: left.paradata.events });
  });
});
