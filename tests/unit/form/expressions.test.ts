/**
 * The expression language as a form author uses it. Expected values marked "JavaRosa 5.1" were
 * measured on ODK's engine (the oracle table tests/oracle/javarosa-expected.json of
 * github.com/milkway/rxeval, which puts each expression to JavaRosa); the others are worked out by
 * hand from the XPath 1.0 / ODK XForms rules written beside them.
 */
import { describe, expect, it } from 'vitest';
import type { EvaluationContext, FormDefinition } from '../../../src/form';
import { ExpressionError, evaluate, evaluateBoolean, evaluateText, parseExpression, referencedFields, toNumber } from '../../../src/form';

const form: FormDefinition = {
  formId: 'oracle',
  title: 'Oracle',
  version: '1',
  defaultLanguage: 'en',
  languages: [
    { code: 'kk', name: 'Kazakh' },
    { code: 'en', name: 'English' },
  ],
  survey: [
    { type: 'integer', name: 'age' },
    { type: 'decimal', name: 'income' },
    { type: 'text', name: 'name' },
    { type: 'text', name: 'blank' },
    { type: 'select_multiple', name: 'services', listName: 'services' },
    { type: 'select_one', name: 'one_service', listName: 'services' },
    { type: 'text', name: 'cpf' },
    { type: 'date', name: 'birth' },
    { type: 'dateTime', name: 'stamp' },
    { type: 'select_one', name: 'region', listName: 'region' },
  ],
  choiceLists: [
    {
      name: 'services',
      choices: [
        { name: 'water', label: { en: 'Water' } },
        { name: 'power', label: { en: 'Power' } },
      ],
    },
    { name: 'region', choices: [{ name: 'astana', label: { kk: 'Астана қаласы', en: 'Astana city' } }] },
  ],
};

const values = {
  age: '42',
  income: '1500.5',
  name: 'Maria da Silva',
  blank: '',
  services: 'water power',
  one_service: 'water',
  cpf: '12345678901',
  birth: '1990-03-15',
  stamp: '2026-08-07T06:31:13.834-03:00',
  region: 'astana',
};
// A fixed local moment: 14 August 2026, 09:30.
const now = new Date(2026, 7, 14, 9, 30, 0, 0);
const context: EvaluationContext = { values, form, now };

const text = (expression: string, extra: EvaluationContext = {}) => evaluateText(parseExpression(expression), { ...context, ...extra });
const bool = (expression: string, extra: EvaluationContext = {}) => evaluateBoolean(parseExpression(expression), { ...context, ...extra });
const number = (expression: string, extra: EvaluationContext = {}) =>
  toNumber(evaluate(parseExpression(expression), { ...context, ...extra }));

describe('literals, references and the current value', () => {
  it('reads numbers, strings in either quote and ${field} references', () => {
    expect(number('42')).toBe(42);
    expect(number('.5')).toBe(0.5);
    expect(text(`"double" `)).toBe('double');
    expect(text(`'single'`)).toBe('single');
    expect(text('${name}')).toBe('Maria da Silva');
    expect(text('${ name }')).toBe('Maria da Silva');
  });

  it('reads "." as the value being checked, typed like its field', () => {
    expect(bool('. >= 18 and . <= 100', { current: '42', field: 'age' })).toBe(true);
    expect(bool('. >= 18', { current: '9', field: 'age' })).toBe(false);
    // Without an explicit current value, "." is the field's stored value.
    expect(text('.', { field: 'name' })).toBe('Maria da Silva');
  });

  it('treats an unanswered or unknown field as the empty string', () => {
    expect(text('${blank}')).toBe('');
    expect(text('${nobody}')).toBe('');
  });

  it('lists the fields an expression refers to, each once, in order', () => {
    expect(referencedFields(parseExpression("${b} + ${a} > ${b} and selected(${c}, 'x')"))).toEqual(['b', 'a', 'c']);
  });
});

describe('operators', () => {
  it('compares numbers with = != < <= > >= (JavaRosa 5.1: /data/age > 18 and = 42 are true)', () => {
    expect(bool('${age} > 18')).toBe(true);
    expect(bool('${age} = 42')).toBe(true);
    expect(bool('${age} != 42')).toBe(false);
    expect(bool('${age} < 42')).toBe(false);
    expect(bool('${age} <= 42')).toBe(true);
    expect(bool('${age} >= 43')).toBe(false);
  });

  it('compares a number field with a quoted number as numbers (JavaRosa 5.1: /data/age = "42" is true)', () => {
    expect(bool(`\${age} = '42'`)).toBe(true);
    expect(bool(`\${age} = '42.0'`)).toBe(true);
    // Two texts compare as texts.
    expect(bool(`\${name} = 'maria da silva'`)).toBe(false);
  });

  it('never finds an unanswered question equal to, less or greater than a number (JavaRosa 5.1: missing = 0 false, != 0 true)', () => {
    expect(bool('${blank} = 0')).toBe(false);
    expect(bool('${blank} != 0')).toBe(true);
    expect(bool('${blank} < 1')).toBe(false);
    expect(bool('${blank} > -1')).toBe(false);
    expect(bool(`\${blank} = ''`)).toBe(true); // JavaRosa 5.1: /data/blank = "" is true
  });

  it('does not order texts: "a" < "b" is false (JavaRosa 5.1)', () => {
    expect(bool(`'a' < 'b'`)).toBe(false);
  });

  it('compares against booleans as booleans', () => {
    expect(bool(`\${name} = true()`)).toBe(true);
    expect(bool(`\${blank} = false()`)).toBe(true);
  });

  it('does arithmetic with + - * div mod and unary minus (JavaRosa 5.1: 7 div 2 = 3.5, -7 mod 3 = -1)', () => {
    expect(number('1 + 1')).toBe(2);
    expect(number('${age} - 2')).toBe(40);
    expect(number('${age}-2')).toBe(40);
    expect(number('${income} * 2')).toBe(3001);
    expect(number('7 div 2')).toBe(3.5);
    expect(number('7 mod 3')).toBe(1);
    expect(number('-7 mod 3')).toBe(-1);
    expect(number('-${age}')).toBe(-42);
    expect(number('- - 3')).toBe(3);
    expect(number('1 div 0')).toBe(Infinity);
    expect(number('-1 div 0')).toBe(-Infinity);
    expect(text('0 div 0')).toBe('NaN');
  });

  it('gives multiplication precedence over addition, comparison over and, and over or', () => {
    expect(number('2 + 3 * 4')).toBe(14);
    expect(number('(2 + 3) * 4')).toBe(20);
    expect(number('10 - 4 - 3')).toBe(3); // left to right
    expect(bool('1 > 2 or 2 < 3')).toBe(true); // JavaRosa 5.1
    expect(bool('1 < 2 and 2 < 3')).toBe(true); // JavaRosa 5.1
    expect(bool('1 = 1 or 1 = 2 and 1 = 3')).toBe(true); // and binds tighter: 1=1 or (false)
    expect(bool('(1 = 1 or 1 = 2) and 1 = 3')).toBe(false);
  });

  it('reads and, or, div, mod as names where an operand is expected', () => {
    const choice = { mod: 'x', div: 'y' };
    expect(bool(`mod = 'x' and div = 'y'`, { choice })).toBe(true);
  });

  it('does not evaluate the right side of and/or when the left decides', () => {
    expect(bool('false() and (1 div 0 = 1)')).toBe(false);
    expect(bool('true() or (1 div 0 = 1)')).toBe(true);
  });

  it('converts to boolean as JavaRosa does: "0" is true, "" and 0 are false (JavaRosa 5.1: boolean("0") true)', () => {
    expect(bool(`boolean('0')`)).toBe(true);
    expect(bool(`boolean('')`)).toBe(false);
    expect(bool('boolean(${blank})')).toBe(false); // JavaRosa 5.1: boolean(/data/blank) false
    expect(bool('boolean(0)')).toBe(false);
    expect(bool('boolean(0.5)')).toBe(true);
    expect(bool('not(${blank})')).toBe(true);
  });
});

describe('functions', () => {
  it('selected() finds a whole choice name in a space-separated answer (JavaRosa 5.1)', () => {
    expect(bool(`selected(\${services}, 'water')`)).toBe(true);
    expect(bool(`selected(\${services}, 'power')`)).toBe(true);
    expect(bool(`selected(\${services}, 'wat')`)).toBe(false);
    expect(bool(`selected(\${one_service}, 'water')`)).toBe(true);
    expect(bool(`selected(\${blank}, 'water')`)).toBe(false);
  });

  it('count-selected() and selected-at() (0-based) read a multiple answer (JavaRosa 5.1)', () => {
    expect(number('count-selected(${services})')).toBe(2);
    expect(number('count-selected(${one_service})')).toBe(1);
    expect(number('count-selected(${blank})')).toBe(0);
    expect(text('selected-at(${services}, 0)')).toBe('water');
    expect(text('selected-at(${services}, 1)')).toBe('power');
    expect(text('selected-at(${services}, 5)')).toBe('');
  });

  it('jr:choice-name() gives the label of the chosen choice in the interview language', () => {
    expect(text(`jr:choice-name(\${region}, '\${region}')`)).toBe('Astana city');
    expect(text(`jr:choice-name(\${region}, '\${region}')`, { language: 'kk' })).toBe('Астана қаласы');
    expect(text(`jr:choice-name(\${region}, '/data/region')`, { language: 'kk' })).toBe('Астана қаласы');
    expect(text(`jr:choice-name('nowhere', '\${region}')`)).toBe('');
  });

  it('measures, joins and searches text (JavaRosa 5.1: string-length of "Maria da Silva" is 14)', () => {
    expect(number('string-length(${name})')).toBe(14);
    expect(number('string-length(${blank})')).toBe(0);
    expect(number('string-length()', { field: 'name' })).toBe(14);
    expect(number(`string-length('Қазақстан')`)).toBe(9);
    expect(text(`concat('a', 'b', 'c')`)).toBe('abc');
    expect(text(`concat(\${age}, ' жас')`)).toBe('42 жас');
    expect(text('concat()')).toBe('');
    expect(bool(`contains(\${name}, 'Silva')`)).toBe(true);
    expect(bool(`contains(\${name}, 'silva')`)).toBe(false);
    expect(bool(`starts-with(\${name}, 'Maria')`)).toBe(true);
    expect(bool(`ends-with(\${name}, 'Silva')`)).toBe(true);
    expect(text(`substr('hello', 2, 3)`)).toBe('l');
    expect(text(`substr('hello', -2)`)).toBe('lo');
    expect(text(`normalize-space('  a   b ')`)).toBe('a b');
    expect(text(`join(', ', 'a', 'b')`)).toBe('a, b');
    expect(text('string(${age})')).toBe('42');
  });

  it('regex() must match the whole value, anchors or not (JavaRosa 5.1)', () => {
    expect(bool(`regex('12345678901', '[0-9]{11}')`)).toBe(true);
    expect(bool(`regex('12345678901', '^[0-9]{11}$')`)).toBe(true);
    expect(bool(`regex('123', '[0-9]{11}')`)).toBe(false);
    expect(bool(`regex(\${cpf}, '[0-9]{11}')`)).toBe(true);
    expect(bool(`regex('a12345678901b', '[0-9]{11}')`)).toBe(false);
    expect(bool(`regex('abc123', '[0-9]+')`)).toBe(false);
    expect(bool(`regex('Әлия', '[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]+')`)).toBe(true);
  });

  it('if() evaluates only the branch it takes, coalesce() skips empty values (JavaRosa 5.1)', () => {
    expect(text(`if(\${age} > 18, 'adult', 'child')`)).toBe('adult');
    expect(number(`if(\${blank} != '', 1 div 0, -1)`)).toBe(-1);
    expect(text(`coalesce(\${blank}, 'fallback')`)).toBe('fallback');
    expect(text(`coalesce(\${age}, 'fallback')`)).toBe('42');
    expect(text(`coalesce(number('x'), 'no number')`)).toBe('no number');
  });

  it('int() truncates towards zero and number() reads text as JavaRosa does (JavaRosa 5.1)', () => {
    expect(number('int(1.9)')).toBe(1);
    expect(number('int(-1.9)')).toBe(-1);
    expect(number(`number('42')`)).toBe(42);
    expect(number(`number('abc')`)).toBeNaN();
    expect(number('number(${blank})')).toBeNaN();
    expect(number(`number(' 7 ')`)).toBe(7);
    // JavaRosa reads a decimal comma (some locales type it) and refuses exponents.
    expect(number(`number('1,5')`)).toBe(1.5);
    expect(number(`number('1e3')`)).toBeNaN();
  });

  it('round() rounds halves up and takes decimal places (JavaRosa 5.1)', () => {
    expect(number('round(1.5)')).toBe(2);
    expect(number('round(2.5)')).toBe(3);
    expect(number('round(-1.5)')).toBe(-1);
    expect(number('round(1.2345, 2)')).toBe(1.23);
    expect(number('round(1235.5, -2)')).toBe(1200);
    // On the decimal digits as written (BigDecimal of Double.toString in JavaRosa): 1.005 → 1.01.
    expect(number('round(1.005, 2)')).toBe(1.01);
  });

  it('sum(), count(), min(), max(), abs(), pow() on numbers', () => {
    expect(number('max(3, 1, 2)')).toBe(3); // JavaRosa 5.1
    expect(number('min(3, 1, 2)')).toBe(1); // JavaRosa 5.1
    expect(number('abs(-3)')).toBe(3); // JavaRosa 5.1
    expect(number('pow(2, 10)')).toBe(1024); // JavaRosa 5.1
    expect(number('sum(${age})')).toBe(42);
    expect(number('count(${age})')).toBe(1);
  });

  it('true(), false(), not(), boolean-from-string() (JavaRosa 5.1)', () => {
    expect(bool('true()')).toBe(true);
    expect(bool('false()')).toBe(false);
    expect(bool('not(true())')).toBe(false);
    expect(bool(`boolean-from-string('0')`)).toBe(false);
    expect(bool(`boolean-from-string('TRUE')`)).toBe(true);
    expect(bool(`boolean-from-string('1')`)).toBe(true);
  });

  it('today() and now() read the given moment in local time', () => {
    expect(text('today()')).toBe('2026-08-14');
    expect(text('now()')).toMatch(/^2026-08-14T09:30:00\.000[+-]\d\d:\d\d$/);
  });

  it('compares dates by day: a birth date before today, 17 days from 28 July to 14 August', () => {
    expect(bool('${birth} < today()')).toBe(true);
    expect(bool('. <= today()', { current: '2026-08-15', field: 'birth' })).toBe(false);
    expect(number(`today() - date('2026-07-28')`)).toBe(17);
    expect(bool(`\${birth} = '1990-03-15'`)).toBe(true);
    // As in JavaRosa, a date written as text is not a number, so it does not order: use date().
    expect(bool(`\${birth} < '2000-01-01'`)).toBe(false);
    expect(bool(`\${birth} < date('2000-01-01')`)).toBe(true);
    // Whole years between 15 March 1990 and 14 August 2026: 36.
    expect(number('int((today() - ${birth}) div 365.25)')).toBe(36);
    // A date and time compares by its day as written.
    expect(bool(`\${stamp} < date('2026-08-08')`)).toBe(true);
  });

  it('once() keeps the first value the field got', () => {
    expect(text(`once('first')`, { field: 'blank' })).toBe('first');
    expect(text(`once('second')`, { field: 'name' })).toBe('Maria da Silva');
  });

  it('uuid() gives a fresh identifier each time', () => {
    const a = text('uuid()');
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(text('uuid()')).not.toBe(a);
  });

  it('a bare name in a choice_filter reads a column of the choice being tested', () => {
    const choice = { name: 'medeu', region: 'almaty_city' };
    expect(bool(`region = 'almaty_city'`, { choice })).toBe(true);
    expect(bool(`name != 'medeu'`, { choice })).toBe(false);
  });
});

describe('parse errors', () => {
  const error = (expression: string) => {
    try {
      parseExpression(expression);
    } catch (e) {
      return e as ExpressionError;
    }
    throw new Error(`"${expression}" parsed`);
  };

  it('names what is wrong, its 0-based position and the expression', () => {
    const e = error('${age} > )');
    expect(e).toBeInstanceOf(ExpressionError);
    expect(e.message).toBe('unexpected ")" at position 9 in "${age} > )"');
    expect(e.position).toBe(9);
    expect(e.reason).toBe('unexpected ")"');
    expect(e.expression).toBe('${age} > )');
  });

  it.each([
    ['${age} >', 'unexpected end of expression at position 8 in "${age} >"'],
    ['(${age} > 3', 'unexpected end of expression at position 11 in "(${age} > 3"'],
    ['${age} > 3)', 'unexpected ")" at position 10 in "${age} > 3)"'],
    ['${age', 'unclosed "${" reference at position 0 in "${age"'],
    ['${} = 1', 'empty "${}" reference at position 0 in "${} = 1"'],
    ['${my age} = 1', '"my age" is not a valid question name at position 0 in "${my age} = 1"'],
    [`'open`, `unclosed string at position 0 in "'open"`],
    ['foo(1)', 'unknown function "foo()" at position 0 in "foo(1)"'],
    ['if(1, 2)', '"if()" takes 3 arguments, not 2 at position 0 in "if(1, 2)"'],
    ['today(1)', '"today()" takes 0 arguments, not 1 at position 0 in "today(1)"'],
    ['round()', '"round()" takes 1 to 2 arguments, not 0 at position 0 in "round()"'],
    [
      '/data/age > 3',
      'Paths such as "/data/age" are not supported; refer to a question as ${name} and to a list as instance(\'list\')/root/item[...]. at position 0 in "/data/age > 3"',
    ],
    ['../age', 'The parent step ".." is supported only in position(..); refer to a question as ${name}. at position 0 in "../age"'],
    ['${a} # 2', 'unexpected "#" at position 5 in "${a} # 2"'],
    ['1 2', 'unexpected "2" at position 2 in "1 2"'],
    ['', 'the expression is empty at position 0 in ""'],
  ])('%s', (expression, message) => {
    expect(error(expression).message).toBe(message);
  });
});

describe('parsed trees are plain data', () => {
  it('survive JSON and evaluate the same afterwards', () => {
    const tree = parseExpression("if(selected(${services}, 'water'), ${age} * 2, -1)");
    const copy = JSON.parse(JSON.stringify(tree));
    expect(copy).toEqual(tree);
    expect(toNumber(evaluate(copy, context))).toBe(84);
  });
});

describe('coverage of the function library', () => {
  it('exercises every function the parser accepts somewhere in this file', async () => {
    const { readFileSync } = await import('node:fs');
    const { functionNames } = await import('../../../src/form/expr/functions');
    // The ODK functions beyond XPath 1.0 have their own files of documented examples.
    const source = ['', './odk-functions.test.ts', './itext.test.ts', './survey123-functions.test.ts']
      .map((file) => readFileSync(file ? new URL(file, import.meta.url) : new URL(import.meta.url), 'utf8'))
      .join('\n');
    const untested = functionNames().filter((name) => !source.includes(`${name}(`));
    expect(untested).toEqual([]);
  });
});
