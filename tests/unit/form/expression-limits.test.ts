/**
 * Expressions that cannot stop Kelisim: a pattern that makes a backtracking engine take seconds (`^(a+)+$` against
 * a's and a "!" doubles its work per character: 28 a's took 10 s before regex() ran on RE2), and expressions nested
 * deeper than the stack (2,000 brackets threw "Maximum call stack size exceeded"). Both are refused or run in
 * bounded time, with the catalog's coded message.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { ExpressionError, checkForm, evaluateBoolean, parseExpression } from '../../../src/form';
import { errorText } from '../../../src/common/messages/errors';

const form: FormDefinition = {
  formId: 'limits',
  title: 'Limits',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [{ type: 'text', name: 'code', label: { en: 'Code' } }],
  choiceLists: [],
};

function millisecondsOf(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('regex() on a pattern that backtracks exponentially', () => {
  const nested = parseExpression(`regex(., '^(a+)+$')`);

  it('answers for 10,000 characters in under 50 ms, and still answers correctly', () => {
    const hostile = `${'a'.repeat(10_000)}!`;
    let verdict = true;
    // Run once to compile the pattern and warm up, then time the evaluation a form would repeat per keystroke.
    evaluateBoolean(nested, { form, field: 'code', current: hostile });
    const elapsed = millisecondsOf(() => {
      verdict = evaluateBoolean(nested, { form, field: 'code', current: hostile });
    });
    expect(verdict).toBe(false);
    expect(elapsed).toBeLessThan(50);
    expect(evaluateBoolean(nested, { form, field: 'code', current: 'a'.repeat(10_000) })).toBe(true);
  });

  it('a back-reference, which needs backtracking, is refused at form import with a coded message', () => {
    const problems = checkForm({ ...form, survey: [{ ...form.survey[0], constraint: String.raw`regex(., '(a)\1')` }] });
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'survey',
        row: 2,
        column: 'constraint',
        field: 'code',
        code: 'regex-needs-backtracking',
        params: { pattern: String.raw`(a)\1` },
      }),
    ]);
    expect(errorText(problems[0].code!, problems[0].params, 'ru')).toContain('обратную ссылку');
  });

  it('lookahead is refused the same way; a pattern that is not a regular expression at all keeps its own message', () => {
    const lookahead = checkForm({ ...form, survey: [{ ...form.survey[0], constraint: `regex(., 'a(?=b)')` }] });
    expect(lookahead.map((p) => p.code)).toEqual(['regex-needs-backtracking']);
    const broken = checkForm({ ...form, survey: [{ ...form.survey[0], constraint: `regex(., '[0-9')` }] });
    expect(broken.map((p) => [p.code, p.message])).toEqual([
      ['regex-invalid', expect.stringContaining('is not a valid regular expression')],
    ]);
  });
});

describe('expressions nested deeper than anyone writes', () => {
  const refusal = (text: string) => {
    try {
      parseExpression(text);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each([
    ['2,000 nested brackets', `${'('.repeat(2000)}1${')'.repeat(2000)}`, 100],
    ['150 nested function calls', `${'concat('.repeat(150)}'a'${')'.repeat(150)}`, 100],
    ['5,000 minus signs', `${'-'.repeat(5000)}1`, 100],
    ['a chain of 1,001 additions', Array.from({ length: 1002 }, () => '1').join(' + '), 1000],
  ])('%s: refused as expression-too-deep, not a stack overflow', (_name, text, depth) => {
    const error = refusal(text);
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toMatchObject({ code: 'expression-too-deep', params: { depth } });
  });

  it('what real forms write still parses: 99 brackets, and a sum of 999 scores', () => {
    const scores = Array.from({ length: 999 }, (_, i) => `\${q${i}}`).join(' + ');
    expect(refusal(`${'('.repeat(99)}${scores}${')'.repeat(99)}`)).toBeUndefined();
  });

  it('a form whose relevant is 2,000 brackets deep gets a located, coded problem', () => {
    const problems = checkForm({ ...form, survey: [{ ...form.survey[0], relevant: `${'('.repeat(2000)}1${')'.repeat(2000)}` }] });
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, column: 'relevant', code: 'expression-too-deep', params: { depth: 100 } }),
    ]);
  });
});
