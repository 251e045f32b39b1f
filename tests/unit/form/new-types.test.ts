/**
 * Answers to the question types a laptop now collects, checked as ODK Collect would: a range on
 * its steps between its ends, a geopoint "lat lon [alt acc]", a geotrace of two points or more, a
 * closed geoshape of four or more; hidden, email and barcode are kept as given.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { answerFormatProblem, validateAnswers } from '../../../src/form';

describe('answer formats of the new types', () => {
  it.each([
    ['range', '3', 'start=0 end=10 step=1', null],
    ['range', '10', 'start=0 end=10 step=1', null],
    ['range', '11', 'start=0 end=10 step=1', 'range'],
    ['range', '2.5', 'start=0 end=10 step=1', 'range'],
    ['range', '2.5', 'start=0 end=5 step=0.5', null],
    ['range', '0.3', 'start=0 end=1 step=0.1', null],
    ['range', '4', 'start=10 end=0 step=2', null],
    ['range', '7', undefined, null], // ODK's defaults: 1 to 10 in steps of 1
    ['range', '0', undefined, 'range'],
    ['range', 'many', 'start=0 end=10', 'range'],
    ['start-geopoint', '43.238 76.945 780 5', undefined, null],
    ['geopoint', '91 76.945', undefined, 'geopoint'],
    ['geotrace', '43.238 76.945;43.239 76.946', undefined, null],
    ['geotrace', '43.238 76.945 0 0; 43.239 76.946 0 0;', undefined, null],
    ['geotrace', '43.238 76.945', undefined, 'geotrace'],
    ['geoshape', '43.238 76.945;43.238 76.946;43.239 76.946;43.238 76.945', undefined, null],
    ['geoshape', '43.238 76.945;43.238 76.946;43.239 76.946;43.239 76.945', undefined, 'geoshape'],
    ['geoshape', '43.238 76.945;43.238 76.946;43.238 76.945', undefined, 'geoshape'],
    ['email', 'not an address', undefined, null],
    ['barcode', '4870001234567', undefined, null],
  ] as const)('%s "%s" (%s) → %s', (type, value, parameters, problem) => {
    expect(answerFormatProblem(type, value, parameters)).toBe(problem);
  });
});

describe('validating a response with the new types', () => {
  const form: FormDefinition = {
    formId: 'field', title: 'Field', version: '1', defaultLanguage: 'en', languages: [{ code: 'en', name: 'English' }],
    survey: [
      { type: 'range', name: 'trust', label: { en: 'Trust' }, parameters: 'start=0 end=10 step=2' },
      { type: 'geoshape', name: 'plot', label: { en: 'Plot' } },
      { type: 'hidden', name: 'source' },
      { type: 'start-geopoint', name: 'where' },
    ],
    choiceLists: [],
  };

  it('names the slider\'s ends and step when a value is off them', () => {
    const problems = validateAnswers(form, { trust: '3', plot: '1 1;1 2;2 2;1 1', source: 'paper', where: '43 76' });
    expect(problems.map((p) => [p.field, p.message])).toEqual([['trust', 'Choose a value from 0 to 10 in steps of 2.']]);
    expect(validateAnswers(form, { trust: '4', plot: '1 1;1 2;2 2;1 1' })).toEqual([]);
  });
});
