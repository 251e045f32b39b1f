import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, niceTicks } from '../../../renderer/src/components/charts/scale';
import { inkOn, orderedColours } from '../../../renderer/src/components/charts/palette';

describe('chart axes', () => {
  it('puts ticks on round values 1, 2 or 5 times a power of ten apart', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(2.1, 4.7, 5)).toEqual([2.5, 3, 3.5, 4, 4.5]);
    expect(niceTicks(0, 0.9, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('starts bar axes at zero and pads point axes onto round ends', () => {
    expect(niceDomain([12, 47, 33], { includeZero: true })).toEqual([0, 50]);
    const [low, high] = niceDomain([2.8, 3.9]);
    expect(low).toBeLessThan(2.8);
    expect(high).toBeGreaterThan(3.9);
  });

  it('maps the domain onto the pixel range', () => {
    const x = linearScale([0, 100], [200, 800]);
    expect(x(0)).toBe(200);
    expect(x(50)).toBe(500);
    expect(x(100)).toBe(800);
  });

  it('colours ordered answers from one pole to the other and keeps labels readable', () => {
    const five = orderedColours(5);
    expect(five).toHaveLength(5);
    expect(inkOn(five[0])).toBe('#ffffff');
    expect(inkOn(five[2])).toBe('#111111');
  });
});
