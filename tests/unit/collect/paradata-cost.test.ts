/**
 * The storage cost of the event log, printed (the README states the figure `kelisim bench interview`
 * prints): a 60-question interview as the screen logs it is 126 events — start, 60 questions shown
 * and left, 60 answers (the four typed text answers, 4 letters each, coalesced into one change
 * apiece), a language switch, a move back, a jump, a pause and a resume — whatever the machine.
 */
import { describe, expect, it } from 'vitest';
import { measureParadataCost } from '../../../src/bench/collect/paradata-cost';

describe("what an interview's event log costs", () => {
  it('is 126 events for 60 questions, a few kilobytes in the database and well under one in a package', async () => {
    const cost = await measureParadataCost(60, 4);
    console.log(`event log of a 60-question interview: ${JSON.stringify(cost)}`);
    expect(cost.events).toBe(1 + 60 + 60 + 5);
    // Bounds, not the figure: page rounding over 4 interviews moves it by a few hundred bytes.
    expect(cost.storedBytes).toBeLessThan(16_384);
    expect(cost.packageGzipBytes).toBeLessThan(2_048);
  }, 60_000);
});
