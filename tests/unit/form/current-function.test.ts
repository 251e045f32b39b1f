/**
 * current() as ODK uses it: in a choice_filter inside a repeat, `current()/../name` is the
 * question `name` beside the one being answered (the ODK XForms specification's example for
 * cascading selects in repeats: `/data/repeat/city[../state = current()/../state]`, which pyxform
 * writes for `choice_filter: state = ${state}`); plain current() is the question itself, as `.`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseExpression, ExpressionError } from '../../../src/form';

describe('current()', () => {
  it('reads a sibling question through ../ steps, as ${name} does', () => {
    expect(parseExpression('state = current()/../state')).toEqual(parseExpression('state = ${state}'));
    expect(parseExpression('current()/../../region')).toEqual({ kind: 'field', name: 'region', position: 0 });
    expect(evaluate(parseExpression("current()/../state = 'kz'"), { values: { state: 'kz' } })).toBe(true);
  });

  it('alone is the value being answered', () => {
    expect(parseExpression('current()')).toEqual({ kind: 'current', position: 0 });
    expect(evaluate(parseExpression('string-length(current()) > 2'), { values: {}, current: 'Алма' })).toBe(true);
  });

  it('refuses paths it cannot follow: no ../ step, or a path below the question', () => {
    expect(() => parseExpression('current()/state')).toThrow(ExpressionError);
    expect(() => parseExpression('current()/../a/b')).toThrow(ExpressionError);
  });
});
