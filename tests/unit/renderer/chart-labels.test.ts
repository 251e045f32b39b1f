/** Region names on a chart stay whole where they fit, and never spill past the chart's edge. */
import { describe, expect, it } from 'vitest';
import { fitLabel, groupLabelWidth } from '../../../renderer/src/components/charts/scale';

describe('group labels of a chart', () => {
  it('get room for wide Cyrillic letters, up to a third of the chart', () => {
    expect(groupLabelWidth(['Солтүстік Қазақстан облысы'])).toBe(16 + 8 * 26);
    expect(groupLabelWidth(['A'])).toBe(16 + 8 * 4);
    expect(groupLabelWidth(['x'.repeat(80)])).toBe(287);
  });

  it('are cut with an ellipsis only when longer than that room', () => {
    expect(fitLabel('Астана қаласы', groupLabelWidth(['Астана қаласы']))).toBe('Астана қаласы');
    const long = 'x'.repeat(80);
    const fitted = fitLabel(long, groupLabelWidth([long]));
    expect(fitted).toHaveLength(33);
    expect(fitted.endsWith('…')).toBe(true);
  });
});
