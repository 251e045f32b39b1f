/** "Break down every item" asks for the items in batches: every item exactly once, in form order. */
import { describe, expect, it } from 'vitest';
import { batches } from '../../../renderer/src/screens/analysis/batches';

describe('breakdown batches', () => {
  it('starts small so the first tables appear at once, then takes larger batches, covering every item once', () => {
    const items = Array.from({ length: 42 }, (_, i) => `item${i + 1}`);
    const split = batches(items, 4, 12);
    expect(split.map((batch) => batch.length)).toEqual([4, 12, 12, 12, 2]);
    expect(split.flat()).toEqual(items);
  });

  it('handles fewer items than the first batch, and none', () => {
    expect(batches(['a', 'b'], 4, 12)).toEqual([['a', 'b']]);
    expect(batches([], 4, 12)).toEqual([]);
  });
});
