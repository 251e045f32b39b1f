/**
 * Small pieces of the analysis screens that decide what the lead reads: the filter checked as it
 * is typed, the axis range of a means chart and the shading of a matrix.
 */
import { describe, expect, it } from 'vitest';
import { checkFilter } from '../../../renderer/src/screens/analysis/filter-check';
import { possibleRange } from '../../../renderer/src/screens/analysis/ranges';
import { heatStyle } from '../../../renderer/src/screens/analysis/heat';
import type { VariableInfo } from '../../../src/api/spec';

function variable(name: string, kind: VariableInfo['kind'], levels: string[] = [], items?: string[]): VariableInfo {
  return {
    name,
    kind,
    type: kind === 'scale' ? 'scale' : 'select_one',
    label: name,
    levels: levels.map((value) => ({ value, label: value })),
    missingCodes: [],
    numeric: true,
    categorical: kind === 'single',
    ...(items ? { items } : {}),
  };
}

const likert = ['1', '2', '3', '4', '5'];
const variables = [
  variable('age', 'numeric'),
  variable('gender', 'single', ['male', 'female']),
  variable('tol_01', 'single', likert),
  variable('tol_02', 'single', likert),
  variable('tolerance', 'scale', [], ['tol_01', 'tol_02']),
];

describe('the filter expression, checked as it is typed', () => {
  it('accepts an expression in the form’s language and names the questions it reads', () => {
    expect(checkFilter("${age} >= 30 and ${gender} = 'female'", variables)).toEqual({ state: 'ok', fields: ['age', 'gender'] });
    expect(checkFilter('${tolerance} > 3', variables)).toEqual({ state: 'ok', fields: ['tolerance'] });
    expect(checkFilter('   ', variables)).toEqual({ state: 'empty' });
  });

  it('points at the character where reading failed', () => {
    const check = checkFilter('${age} >= (30', variables);
    expect(check.state).toBe('syntax');
    expect(check.state === 'syntax' && check.position).toBe(13);
  });

  it('lists names that are not questions or scales of the form', () => {
    expect(checkFilter('${agee} >= 30 or ${sex} = 1', variables)).toEqual({ state: 'unknown', names: ['agee', 'sex'] });
  });
});

describe('the axis of a means chart', () => {
  it('spans the values a Likert item or a scale of Likert items can take', () => {
    expect(possibleRange(variables[2], variables)).toEqual([1, 5]);
    expect(possibleRange(variables[4], variables)).toEqual([1, 5]);
  });

  it('is left to the data for plain numbers and for anything without numeric choices', () => {
    expect(possibleRange(variables[0], variables)).toBeUndefined();
    expect(possibleRange(variables[1], variables)).toBeUndefined();
    expect(possibleRange(undefined, variables)).toBeUndefined();
  });
});

describe('shaded matrix cells', () => {
  it('darken with the value across the range and switch to white text where dark, never below 4.5:1', () => {
    expect(heatStyle(0, 0, 100)).toBe('background: #ebf2f6; color: #16181d;');
    expect(heatStyle(100, 0, 100)).toBe('background: #1f6c93; color: #fff;');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let value = 0; value <= 100; value += 2.5) {
      const [, fill, ink] = /background: (#[0-9a-f]{6}); color: (#[0-9a-f]+);/.exec(heatStyle(value, 0, 100))!;
      const [light, dark] = [luminance(fill), luminance(ink === '#fff' ? '#ffffff' : ink)].sort((a, b) => b - a);
      expect((light + 0.05) / (dark + 0.05), `${value}: ${fill} with ${ink}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(heatStyle(null, 0, 100)).toBe('');
    expect(heatStyle(3, 2, 2)).toBe('');
  });
});
