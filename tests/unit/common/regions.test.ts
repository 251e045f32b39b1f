import { describe, expect, it } from 'vitest';
import { isRegionList, KAZAKHSTAN_REGIONS, matchRegion, matchRegions } from '../../../src/common/regions/kazakhstan';
import { drawRegionMap } from '../../../src/common/regions/map-drawing';
import { inkFor, rampColour } from '../../../src/common/regions/map-svg';
import { groupSmallCategories, MAX_DISTINCT_COLOURS, nominalColours } from '../../../renderer/src/components/charts/palette';

describe('the regions of Kazakhstan', () => {
  it('are the 20 units after the 2022 reform, each on a tile of its own', () => {
    expect(KAZAKHSTAN_REGIONS).toHaveLength(20);
    for (const id of ['abai', 'zhetisu', 'ulytau', 'astana', 'almaty_city', 'shymkent'])
      expect(KAZAKHSTAN_REGIONS.map((r) => r.id)).toContain(id);
    const tiles = new Set(KAZAKHSTAN_REGIONS.map((r) => `${r.col},${r.row}`));
    expect(tiles.size).toBe(20);
    // West is left of east, north above south, as on any map.
    const at = (id: string) => KAZAKHSTAN_REGIONS.find((r) => r.id === id)!;
    expect(at('west_kz').col).toBeLessThan(at('east_kz').col);
    expect(at('north_kz').row).toBeLessThan(at('turkistan').row);
    expect(at('shymkent').row).toBeGreaterThan(at('karaganda').row);
  });

  it('are recognized by code or by label in kk, ru and en, and Almaty city is not Almaty region', () => {
    expect(matchRegion('x1', 'Алматы қаласы')).toBe('almaty_city');
    expect(matchRegion('x2', 'Алматинская область')).toBe('almaty_reg');
    expect(matchRegion('x3', 'г. Нур-Султан')).toBe('astana');
    expect(matchRegion('x4', 'Jetisu Region')).toBe('zhetisu');
    expect(matchRegion('ULYTAU')).toBe('ulytau');
    expect(matchRegion('x5', 'Москва')).toBeUndefined();
    const gender = [
      { value: 'male', label: 'Male' },
      { value: 'female', label: 'Female' },
    ];
    expect(isRegionList(gender)).toBe(false);
    const list = KAZAKHSTAN_REGIONS.map((r, i) => ({ value: `r${i}`, label: r.names.ru }));
    expect(isRegionList(list)).toBe(true);
    expect(matchRegions([{ value: 'nn', label: 'Неизвестно' }], { nn: 'pavlodar' }).mapped).toEqual({ nn: 'pavlodar' });
  });

  it('draws one tile per region, in the language asked, with readable text on every fill', () => {
    const svg = drawRegionMap(
      {
        label: 'Q',
        byLabel: 'Region',
        indicator: 'agree',
        unit: '%',
        domain: [20, 80],
        agreeing: [{ value: '4', label: 'Согласен' }],
        regions: [{ region: 'astana', value: 50, n: 12 }],
      },
      'ru',
    );
    expect(svg.match(/class="tile"/g)).toHaveLength(20);
    expect(svg).toContain('город Астана: 50,0 (n = 12)');
    expect(svg).toContain('нет данных');
    for (let i = 0; i <= 10; i++) {
      const fill = rampColour(i / 10);
      const [r, g, b] = [1, 3, 5]
        .map((k) => parseInt(fill.slice(k, k + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      const contrast = inkFor(fill) === '#ffffff' ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05;
      expect(contrast, fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('chart colours', () => {
  it('have no repeat for the largest list of the bundled survey (20 regions)', () => {
    expect(MAX_DISTINCT_COLOURS).toBeGreaterThanOrEqual(20);
    expect(new Set(nominalColours(20).map((c) => c.toLowerCase())).size).toBe(20);
  });

  it('fold the smallest categories into "other" on request, keeping the shares', () => {
    const series = ['a', 'b', 'c', 'd'].map((key) => ({ key, label: key }));
    const folded = groupSmallCategories(series, [50, 5, 30, 15], [[50, 5, 30, 15]], 3, (n) => `other (${n})`);
    expect(folded.series.map((s) => s.label)).toEqual(['a', 'c', 'other (2)']);
    expect(folded.values).toEqual([[50, 30, 20]]);
  });
});
