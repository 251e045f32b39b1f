/**
 * The import's direct check of forms without expressions must say exactly what the form's validator says (same
 * problems, same order, same messages), only faster; forms with expressions go through the validator itself.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { compileForm, isAnswerError, storedFields, validateAnswers } from '../../../src/form';
import { isPlain, rowChecker } from '../../../src/collect/import/answer-check';

const label = (text: string) => ({ kk: `${text} (kk)`, en: text });
const choices = (names: string[]) => names.map((name) => ({ name, label: label(name) }));

const plainForm: FormDefinition = {
  formId: 'plain',
  title: 'Plain',
  version: '1',
  defaultLanguage: 'kk',
  languages: [
    { code: 'kk', name: 'Kazakh' },
    { code: 'en', name: 'English' },
  ],
  survey: [
    { type: 'start', name: 'started' },
    {
      type: 'select_one',
      name: 'region',
      listName: 'region',
      label: label('Region'),
      required: true,
      requiredMessage: { kk: 'Облысты таңдаңыз.', en: 'Choose the region.' },
    },
    { type: 'integer', name: 'age', label: label('Age'), required: true },
    { type: 'decimal', name: 'income', label: label('Income') },
    { type: 'date', name: 'arrived', label: label('Arrived') },
    { type: 'begin_group', name: 'likert', label: label('Attitudes'), appearance: 'table-list' },
    ...Array.from({ length: 6 }, (_, i) => ({
      type: 'select_one' as const,
      name: `tol_${i + 1}`,
      listName: 'agree5',
      label: label(`Item ${i + 1}`),
      required: i < 3,
    })),
    { type: 'end_group', name: '' },
    { type: 'select_multiple', name: 'languages', listName: 'languages', label: label('Languages') },
    { type: 'rank', name: 'priorities', listName: 'languages', label: label('Priorities') },
    { type: 'geopoint', name: 'location', label: label('Location') },
    { type: 'text', name: 'comment', label: label('Comment') },
    // A range's ends and step come from its parameters, in the plain check as in the validator.
    { type: 'range', name: 'score', label: label('Score'), parameters: 'start=0 end=5 step=1' },
  ],
  choiceLists: [
    { name: 'region', choices: choices(['abai', 'almaty', 'r10']) },
    { name: 'agree5', choices: [...choices(['1', '2', '3', '4', '5']), { name: '8', label: label("Don't know"), missing: true }] },
    { name: 'languages', choices: choices(['kk', 'ru', 'uz']) },
  ],
};

const CANDIDATES: Record<string, string[]> = {
  started: ['', '2026-09-01T10:00:00.000+05:00', 'yesterday'],
  region: ['', 'abai', 'almaty', 'r10', 'r1', 'Abai'],
  age: ['', '34', '-3', '4.5', 'forty', '99999999999'],
  income: ['', '12.5', '.5', '1,5', 'x'],
  arrived: ['', '2019-05-01', '2019-02-30', '01.05.2019'],
  languages: ['', 'kk', 'kk ru', 'ru fr', 'uz kk ru'],
  priorities: ['', 'kk ru', 'ru ru', 'xx'],
  location: ['', '43.2 76.9', '43.2', '95 10'],
  comment: ['', 'Көршілер жақсы', '3'],
  score: ['', '0', '3', '7', '2.5'],
};
const LIKERT = ['', '1', '3', '5', '8', '6', '0'];

describe('checking imported rows', () => {
  it('treats a form without relevance, constraints, calculations or repeats as plain', () => {
    expect(isPlain(compileForm(plainForm))).toBe(true);
    const withSkip = {
      ...plainForm,
      survey: plainForm.survey.map((row) => (row.name === 'income' ? { ...row, relevant: '${age} >= 18' } : row)),
    };
    expect(isPlain(compileForm(withSkip))).toBe(false);
  });

  it('reports, for a plain form, exactly what validateAnswers reports, in every message language', () => {
    const compiled = compileForm(plainForm);
    const fields = storedFields(plainForm);
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pick = (options: string[]) => options[Math.floor(random() * options.length)];
    let compared = 0;
    for (const language of ['kk', 'en', undefined]) {
      const check = rowChecker(compiled, fields, language);
      for (let row = 0; row < 2000; row++) {
        const values = fields.map((name) => pick(CANDIDATES[name] ?? LIKERT));
        const answers = Object.fromEntries(fields.map((name, i) => [name, values[i]]));
        const expected = validateAnswers(compiled, answers, language ? { language } : {}).filter(isAnswerError);
        const actual = check(values);
        expect(actual.problems).toEqual(expected);
        expect(actual.values).toEqual(values);
        compared += expected.length;
      }
    }
    // The random rows did exercise the problem paths, not only valid rows.
    expect(compared).toBeGreaterThan(3000);
  });

  it('works out calculations and clears skipped answers for other forms, as finalizing does', () => {
    const form: FormDefinition = {
      ...plainForm,
      survey: [
        ...plainForm.survey,
        { type: 'integer', name: 'years_here', label: label('Years here'), relevant: '${age} >= 18', constraint: '. <= ${age}' },
        { type: 'calculate', name: 'older', calculation: "if(${age} >= 60, 'yes', 'no')" },
      ],
    };
    const compiled = compileForm(form);
    const fields = storedFields(form);
    const check = rowChecker(compiled, fields, 'en');
    const row = (overrides: Record<string, string>) =>
      fields.map((name) => overrides[name] ?? (name.startsWith('tol_') ? '3' : name === 'region' ? 'abai' : ''));
    const adult = check(row({ age: '70', years_here: '20' }));
    expect(adult.problems).toEqual([]);
    expect(adult.values[fields.indexOf('older')]).toBe('yes');
    const child = check(row({ age: '12', years_here: '5' }));
    expect(child.cleared).toBe(1);
    expect(child.values[fields.indexOf('years_here')]).toBe('');
    expect(check(row({ age: '30', years_here: '40' })).problems).toEqual([
      {
        field: 'years_here',
        reason: 'constraint',
        message: 'This answer does not meet the condition of the question.',
        code: 'answer-constraint',
        params: {},
      },
    ]);
  });
});
