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
    name, kind, type: kind === 'scale' ? 'scale' : 'select_one', label: name, levels: levels.map((value) => ({ value, label: value })),
    missingCodes: [], numeric: true, categorical: kind === 'single', ...(items ? { items } : {}),
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
  it('darken with the value across the range and switch to white text where dark', () => {
    expect(heatStyle(0, 0, 100)).toBe('background: rgba(11, 95, 138, 0.080); color: inherit;');
    expect(heatStyle(100, 0, 100)).toBe('background: rgba(11, 95, 138, 0.800); color: #fff;');
    expect(heatStyle(50, 0, 100)).toBe('background: rgba(11, 95, 138, 0.440); color: inherit;');
    expect(heatStyle(null, 0, 100)).toBe('');
    expect(heatStyle(3, 2, 2)).toBe('');
  });
});
