/**
 * A repeat in analysis: each response holds its instances as one JSON list, so neither the repeat
 * nor a question asked in its instances is a variable; asking for one says what to analyse instead.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/analysis/catalog';
import { requireVariable } from '../../../src/analysis/dataset';
import { HOUSEHOLD_FORM } from '../../fixtures/collect/household';

describe('the variables of a household form', () => {
  const catalog = buildCatalog([HOUSEHOLD_FORM], 'en');

  it('are the questions asked once per response, a count of the members among them', () => {
    expect(catalog.entries.map((entry) => entry.name)).toEqual(['respondent', 'member_count', 'rooms']);
    expect(catalog.repeatOf('member_age')).toBe('member');
    expect(catalog.repeatOf('member_count')).toBeUndefined();
  });

  it('leave out a repeat and its questions, saying what to analyse instead', () => {
    expect(() => requireVariable(catalog, 'household', 'member')).toThrow(
      '"member" is a repeated section: a response holds its answers as one list, which is not a variable to count. ' +
        'Add a calculate outside the repeat (such as count(${member})) and analyse that.',
    );
    expect(() => requireVariable(catalog, 'household', 'member_age')).toThrow(
      '"member_age" is asked in each instance of the repeated section "member": a response holds its answers as one list, ' +
        'which is not a variable to count. Add a calculate outside the repeat (such as count(${member}) or sum(${member_age})) and analyse that.',
    );
  });
});
