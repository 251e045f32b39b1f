/**
 * The designer shows the core's reasons in the lead's language. Each reason the expression parser
 * gives, and each problem checkForm reports about what a lead edits in the designer, must have its
 * words: these tests make every one of them happen and check that it is recognised.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition, SurveyRow } from '../../../src/form/model';
import { checkForm, ExpressionError, parseExpression } from '../../../src/form';
import { emptyForm } from '../../../src/form/edit';
import { expressionMessage, problemMessage } from '../../../renderer/src/lib/designer/messages';
import { en, kk, ru } from '../../../src/common/messages/screens';

function reason(text: string): string {
  try {
    parseExpression(text);
  } catch (error) {
    if (error instanceof ExpressionError) return error.reason;
  }
  throw new Error(`"${text}" parsed`);
}

describe('why an expression cannot be read, in the lead\'s words', () => {
  const broken: [string, string][] = [
    ['', 'designer.parse.empty'],
    ['${age', 'designer.parse.unclosedReference'],
    ['${} = 1', 'designer.parse.emptyReference'],
    ['${1age} = 1', 'designer.parse.badName'],
    ["${a} = 'yes", 'designer.parse.unclosedString'],
    ['../age = 1', 'designer.parse.parentSteps'],
    ['/data/age > 1', 'designer.parse.paths'],
    ['age[1] > 1', 'designer.parse.predicates'],
    ['${age} >', 'designer.parse.unexpectedEnd'],
    ['${age} ${sex}', 'designer.parse.unexpectedField'],
    ["${age} 'x'", 'designer.parse.unexpectedString'],
    ['${age} > )', 'designer.parse.unexpected'],
    ['* 2', 'designer.parse.unexpected'],
    ['${age} = 1 #', 'designer.parse.unexpected'],
    ['frobnicate(${age})', 'designer.parse.unknownFunction'],
    ['round(1, 2, 3)', 'designer.parse.arity'],
    ['max()', 'designer.parse.arity'],
    ['today(1)', 'designer.parse.arity'],
  ];

  it.each(broken)('"%s" → %s', (text, key) => {
    expect(expressionMessage(reason(text))?.key).toBe(key);
  });

  it('gives the number of values a function takes in figures', () => {
    expect(expressionMessage(reason('round(1, 2, 3)'))).toEqual({
      key: 'designer.parse.arity', params: { name: 'round', given: '3' }, nested: { expected: { key: 'designer.parse.arity.range', params: { min: '1', max: '2' } } },
    });
    expect(expressionMessage(reason('max()'))?.nested?.expected).toEqual({ key: 'designer.parse.arity.atLeast', params: { min: '1' } });
    expect(expressionMessage(reason('today(1)'))?.nested?.expected).toEqual({ key: 'designer.parse.arity.exactly', params: { count: '0' } });
  });
});

describe('what stops publishing, in the lead\'s words', () => {
  const base = (): FormDefinition => ({
    ...emptyForm({ formId: 'f', title: 'f', languages: ['kk', 'ru'] }),
    choiceLists: [
      { name: 'yn', choices: [{ name: 'yes', label: { kk: 'Иә' } }, { name: 'no', label: { kk: 'Жоқ' } }] },
      { name: 'empty', choices: [] },
      { name: 'bad', choices: [{ name: 'x', label: {} }, { name: 'x', label: { kk: 'Х' } }, { name: '', label: { kk: 'Бос' } }] },
    ],
  });
  const withRows = (...rows: SurveyRow[]) => ({ ...base(), survey: [{ type: 'integer', name: 'age', label: { kk: 'Жасы' } } as SurveyRow, ...rows] });

  it('recognises every problem a designed form can have', () => {
    const form = withRows(
      { type: 'text', name: 'q_nolabel' },
      { type: 'select_one', name: 'q_empty', listName: 'empty', label: { kk: 'Бос тізім' } },
      { type: 'select_one', name: 'q_bad', listName: 'bad', label: { kk: 'Қате тізім' } },
      { type: 'calculate', name: 'c_nocalc' },
      { type: 'text', name: 'q_parse', label: { kk: 'а' }, relevant: '${age} >' },
      { type: 'text', name: 'q_unknown', label: { kk: 'ә' }, relevant: '${agee} > 1' },
      { type: 'text', name: 'q_unknown2', label: { kk: 'б' }, relevant: '${zzzzzz} > 1' },
      { type: 'text', name: 'q_bare', label: { kk: 'в' }, relevant: 'age > 1' },
      { type: 'calculate', name: 'c1', calculation: '${c2} + 1' },
      { type: 'calculate', name: 'c2', calculation: '${c1} + 1' },
      { type: 'select_one', name: 'q_default', listName: 'yn', label: { kk: 'г' }, default: 'maybe' },
      { type: 'integer', name: 'q_default2', label: { kk: 'ғ' }, default: 'many' },
      { type: 'text', name: 'q_filter', label: { kk: 'д' }, choiceFilter: "name = 'x'" },
    );
    const problems = checkForm(form);
    // Coded problems (the XLSForm rules shared with pyxform) are translated by their code; the others by these words.
    const uncoded = problems.filter((problem) => !problem.code);
    const unrecognised = uncoded.filter((problem) => !problemMessage(problem.message)).map((problem) => problem.message);
    expect(unrecognised).toEqual([]);
    expect(new Set(uncoded.map((problem) => problemMessage(problem.message)!.key))).toEqual(new Set([
      'designer.problem.noChoices', 'designer.problem.noCalculation', 'designer.problem.expression',
      'designer.problem.unknownReferenceMeant', 'designer.problem.unknownReference', 'designer.problem.bareName',
      'designer.problem.circular', 'designer.problem.defaultFormat', 'designer.problem.choiceNoName',
    ]));
    expect(problems.filter((problem) => problem.code).map((problem) => problem.code)).toEqual(['xlsform-no-label', 'xlsform-duplicate-choice']);
  });

  it('keeps the reason inside "cannot read this expression" and the name probably meant', () => {
    const [parse] = checkForm(withRows({ type: 'text', name: 'q', label: { kk: 'а' }, relevant: '${age} >' }));
    expect(problemMessage(parse.message)).toEqual({
      key: 'designer.problem.expression', params: { position: 9 }, nested: { reason: { key: 'designer.parse.unexpectedEnd' } },
    });
    const [unknown] = checkForm(withRows({ type: 'text', name: 'q', label: { kk: 'а' }, relevant: '${agee} > 1' }));
    expect(problemMessage(unknown.message)).toEqual({ key: 'designer.problem.unknownReferenceMeant', params: { name: 'agee', meant: 'age' } });
  });
});

describe('the designer\'s words', () => {
  it('exist in Kazakh and Russian for every English key, with the same placeholders', () => {
    const placeholders = (message: unknown) => [...new Set(JSON.stringify(message).match(/(?<!\$)\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(en).filter((k) => k.startsWith('designer.') || k === 'nav.designer') as (keyof typeof en)[]) {
      for (const [language, messages] of [['kk', kk], ['ru', ru]] as const) {
        expect(messages[key], `${language} ${key}`).toBeTruthy();
        expect(placeholders(messages[key]), `${language} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
});
