/**
 * The ODK XForms functions beyond XPath 1.0, each with examples from where it is documented:
 * "JavaRosa 5.1" values were measured on ODK's engine (tests/oracle/javarosa-expected.json of
 * github.com/milkway/rxeval, its instance.xml giving the inputs); "Web Forms" values are the
 * expected orders of getodk/web-forms packages/xpath/test/xforms/randomize.test.ts (shared with
 * Enketo and JavaRosa through the ODK XForms specification); "spec" examples are the ODK XForms
 * specification's function table (getodk.github.io/xforms-spec); digests are checked against
 * node:crypto and the FIPS 180 test vector; the rest is worked out by hand beside each line.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EvaluationContext, FormDefinition, Value } from '../../../src/form';
import { ExpressionError, compileForm, evaluate, evaluateFormState, evaluateText, parseExpression } from '../../../src/form';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

const form: FormDefinition = {
  formId: 'odk',
  title: 'ODK functions',
  version: '1',
  defaultLanguage: 'en',
  languages: [
    { code: 'kk', name: 'Kazakh' },
    { code: 'en', name: 'English' },
  ],
  survey: [
    { type: 'select_one', name: 'region', listName: 'region' },
    { type: 'text', name: 'name' },
    { type: 'text', name: 'trecho' },
    { type: 'text', name: 'area_quadra' },
    { type: 'text', name: 'um_ponto' },
    { type: 'text', name: 'fruit' },
  ],
  choiceLists: [
    {
      name: 'region',
      choices: [
        { name: 'astana', label: { kk: 'Астана қаласы', en: 'Astana city' }, extra: { zone: 'north' } },
        { name: 'almaty', label: { kk: 'Алматы қаласы', en: 'Almaty city' }, extra: { zone: 'south' } },
        { name: 'shymkent', label: { kk: 'Шымкент қаласы', en: 'Shymkent city' }, extra: { zone: 'south' } },
      ],
    },
    { name: 'letters', choices: LETTERS.map((letter) => ({ name: letter.toLowerCase(), label: { en: letter } })) },
  ],
  attachments: [
    {
      fileName: 'fruits.csv',
      text: 'name,label,price\r\napple,Apple,3\r\n"kiwi, gold","Kiwi ""gold""",5\r\nплов,Палау,7\r\n',
    },
  ],
};

const values = {
  region: 'almaty',
  name: 'Maria da Silva',
  fruit: 'kiwi, gold',
  // JavaRosa 5.1 oracle inputs (instance.xml).
  trecho: '-23.5505 -46.6333 760 5;-23.5605 -46.6433 762 5;-23.5705 -46.6333 758 5',
  area_quadra: '-23.5505 -46.6333 0 0;-23.5505 -46.6233 0 0;-23.5605 -46.6233 0 0;-23.5605 -46.6333 0 0;-23.5505 -46.6333 0 0',
  um_ponto: '-23.5505 -46.6333 760 5',
};
// A fixed local moment: 14 August 2026, 09:30.
const now = new Date(2026, 7, 14, 9, 30, 0, 0);
const context: EvaluationContext = { values, form, now };

const value = (expression: string, extra: EvaluationContext = {}): Value => evaluate(parseExpression(expression), { ...context, ...extra });
const text = (expression: string, extra: EvaluationContext = {}) => evaluateText(parseExpression(expression), { ...context, ...extra });
const number = (expression: string) => value(expression) as number;
const parseError = (expression: string) => {
  try {
    parseExpression(expression);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
  }
  throw new Error(`"${expression}" parsed`);
};

describe('number functions (spec: as XPath 3.0 math:*)', () => {
  it.each([
    ['sqrt(16)', 4],
    ['sqrt(2)', Math.SQRT2],
    ['exp(0)', 1],
    ['exp(1)', Math.E],
    ['exp10(2)', 100],
    ['exp10(-1)', 0.1],
    ['log(1)', 0],
    ['log(exp(2))', 2],
    ['log10(1000)', 3],
    ['pi()', Math.PI],
    ['sin(0)', 0],
    ['cos(0)', 1],
    ['tan(0)', 0],
    ['sin(pi() div 2)', 1],
    ['asin(1)', Math.PI / 2],
    ['acos(1)', 0],
    ['atan(1)', Math.PI / 4],
    ['atan2(1, 1)', Math.PI / 4],
    ['atan2(1, -1)', (3 * Math.PI) / 4],
    ['pow(2, 10)', 1024],
    ['pow(2.5, 2)', 6.25],
  ])('%s = %s', (expression, expected) => {
    expect(number(expression)).toBeCloseTo(expected, 12);
  });

  it('reads a date as days since 1970 (spec: number() of dates)', () => {
    expect(number("number('1970-01-11')")).toBe(10);
    expect(number("number('1970-01-02T12:00:00.000Z')")).toBe(1.5);
  });

  it('gives NaN for what is not a number, as XPath does', () => {
    expect(Number.isNaN(number("sqrt('abc')"))).toBe(true);
    expect(Number.isNaN(number('log(-1)'))).toBe(true);
  });

  it('random() lies in [0, 1) and once() keeps the first draw', () => {
    const draw = number('random()');
    expect(draw).toBeGreaterThanOrEqual(0);
    expect(draw).toBeLessThan(1);
    expect(text('once(random())', { field: 'name', current: '0.25' })).toBe('0.25');
  });
});

describe('string functions', () => {
  it('substring-before/after and translate (JavaRosa 5.1)', () => {
    expect(text("substring-before(${name}, ' ')")).toBe('Maria');
    expect(text("substring-after(${name}, ' ')")).toBe('da Silva');
    expect(text("substring-before(${name}, 'x')")).toBe('');
    expect(text('translate("bar", "abc", "ABC")')).toBe('BAr');
    // XPath 1.0 §4.2: translate("--aaa--","abc-","ABC") returns "AAA".
    expect(text('translate("--aaa--", "abc-", "ABC")')).toBe('AAA');
  });

  it('uuid() is an RFC 4122 version 4 UUID and uuid(n) has n characters (spec)', () => {
    expect(text('uuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text('uuid(6)')).toMatch(/^[0-9A-Za-z]{6}$/);
  });

  it('base64-decode() reads UTF-8 text', () => {
    expect(text("base64-decode('0KHTmdC70LXQvA==')")).toBe('Сәлем');
  });
});

describe('digest() (XForms 1.1)', () => {
  it('gives the FIPS 180 SHA-1 of "abc"', () => {
    expect(text("digest('abc', 'SHA-1', 'hex')")).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it.each(['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'])('%s agrees with node:crypto in base64 and hex', (algorithm) => {
    const nodeName = algorithm.replace('-', '').toLowerCase();
    for (const input of ['', 'abc', 'Толеранттылық — келісім', 'x'.repeat(1000)]) {
      const quoted = `'${input}'`;
      expect(text(`digest(${quoted}, '${algorithm}')`)).toBe(createHash(nodeName).update(input, 'utf8').digest('base64'));
      expect(text(`digest(${quoted}, '${algorithm}', 'hex')`)).toBe(createHash(nodeName).update(input, 'utf8').digest('hex'));
    }
  });
});

describe('boolean functions', () => {
  it('boolean-from-string (JavaRosa 5.1)', () => {
    expect(value('boolean-from-string("1")')).toBe(true);
    expect(value('boolean-from-string("TRUE")')).toBe(true);
    expect(value('boolean-from-string("0")')).toBe(false);
    expect(value('boolean-from-string("no")')).toBe(false);
  });

  it('checklist and weighted-checklist (spec; examples of the openrosa-xpath-evaluator README)', () => {
    expect(value('checklist(-1, 2, 2 > 1)')).toBe(true);
    expect(value('checklist(-1, 2, 1 = 1, 2 = 2, 3 = 3)')).toBe(false);
    expect(value('checklist(1, -1, 1 = 2, 2 = 2)')).toBe(true);
    expect(value('weighted-checklist(-1, 2, 2 > 1, 2)')).toBe(true);
    // 1 + 2 ticked, 5 not: a total of 3, within [3, 3].
    expect(value('weighted-checklist(3, 3, 1 = 1, 1, 2 = 2, 2, 3 = 4, 5)')).toBe(true);
    expect(value('weighted-checklist(4, -1, 1 = 1, 1, 2 = 2, 2)')).toBe(false);
  });
});

describe('dates', () => {
  it('format-date and format-date-time (JavaRosa 5.1)', () => {
    expect(text('format-date-time("2026-08-07T06:31:13.834-03:00", "%Y%m%d%H%M%S")')).toBe('20260807063113');
    expect(text('format-date-time("2026-08-07T06:31:13.834-03:00", "%Y-%m-%d")')).toBe('2026-08-07');
    expect(text('format-date-time("2026-08-07T06:31:13.834-03:00", "%H:%M:%S")')).toBe('06:31:13');
    expect(text('format-date("2026-01-09", "%Y-%m-%d")')).toBe('2026-01-09');
    expect(text('format-date("2026-01-09", "%e/%n/%y")')).toBe('9/1/26');
  });

  it('names months and days, and writes milliseconds (spec identifiers; 9 January 2026 was a Friday)', () => {
    expect(text('format-date("2026-01-09", "%a %e %b %Y")')).toBe('Fri 9 Jan 2026');
    expect(text('format-date-time("2026-08-07T06:05:03.004+05:00", "%h:%M:%S.%3")')).toBe('6:05:03.004');
    expect(text('format-date("not a date", "%Y")')).toBe('');
  });

  it('counts in days: date arithmetic and decimal-date-time (spec)', () => {
    expect(text("format-date(date(date('2026-01-30') + 3), '%Y-%m-%d')")).toBe('2026-02-02');
    expect(text('date(today() - 14)')).toBe('2026-07-31');
    expect(number("decimal-date-time('1970-01-02T12:00:00.000Z')")).toBe(1.5);
    // 06:31:13.834 at −03:00 is 09:31:13.834 UTC on 7 August 2026.
    expect(number("decimal-date-time('2026-08-07T06:31:13.834-03:00')")).toBeCloseTo(Date.UTC(2026, 7, 7, 9, 31, 13, 834) / 86_400_000, 12);
  });

  it('decimal-time: noon is 0.5 and 6pm is 0.75 (spec)', () => {
    expect(number("decimal-time('12:00:00.000')")).toBe(0.5);
    expect(number("decimal-time('18:00')")).toBe(0.75);
  });
});

describe('geography (JavaRosa 5.1)', () => {
  it('distance of a trace, a shape, one point and a literal', () => {
    expect(number('distance(${trecho})')).toBeCloseTo(3020.19014542737, 6);
    // Four legs of acos() near 1, where the last bit of Java's and V8's sin/cos differs: agreement to 1e-5 m.
    expect(number('distance(${area_quadra})')).toBeCloseTo(4267.237348415521, 4);
    expect(number('distance(${um_ponto})')).toBe(0);
    expect(number('distance("-23.5505 -46.6333 0 0;-23.5605 -46.6333 0 0")')).toBeCloseTo(1113.1884482834857, 6);
    expect(number('round(distance(${trecho}))')).toBe(3020);
  });

  it('area of a shape, and of an open trace', () => {
    expect(number('area(${area_quadra})')).toBeCloseTo(1135931.145885644, 4);
    expect(number('area(${trecho})')).toBeCloseTo(1135887.9292798014, 4);
    expect(number('round(area(${area_quadra}))')).toBe(1135931);
    // JavaRosa's older name for the same function (XPathFuncExpr: "enclosed-area" || "area").
    expect(number('enclosed-area(${area_quadra})')).toBe(number('area(${area_quadra})'));
  });

  it('geofence: a point inside and outside the block', () => {
    expect(value("geofence('-23.555 -46.628', ${area_quadra})")).toBe(true);
    expect(value("geofence('-23.5 -46.628', ${area_quadra})")).toBe(false);
  });
});

describe("secondary instances: the form's choice lists and attached CSV files", () => {
  it('look up a label by name, in the interview language', () => {
    expect(text("instance('region')/root/item[name = ${region}]/label")).toBe('Almaty city');
    expect(text("instance('region')/root/item[name = ${region}]/label", { language: 'kk' })).toBe('Алматы қаласы');
    expect(text("instance('region')/root/item[name = 'nowhere']/label")).toBe('');
  });

  it('filter by any column, count, take a position, and join', () => {
    expect(value("count(instance('region')/root/item[zone = 'south'])")).toBe(2);
    expect(text("join(', ', instance('region')/root/item[zone = 'south']/label)")).toBe('Almaty city, Shymkent city');
    expect(text("instance('region')/root/item[2]/name")).toBe('almaty');
    expect(text("instance('region')/root/item[position() = 3]/name")).toBe('shymkent');
    expect(text("instance('region')/root/item[zone = 'south'][2]/name")).toBe('shymkent');
    expect(value("count(instance('region')/root/item)")).toBe(3);
    // XForms 1.0 count-non-empty: members whose value is not empty.
    expect(value("count-non-empty(instance('fruits')/root/item[price > 3]/name)")).toBe(2);
    expect(value("count-non-empty(instance('region')/root/item[zone = ${blank}]/name)")).toBe(0);
  });

  it('pulldata() reads an attached CSV, quotes, commas and Cyrillic included (spec: a shortcut for the instance path)', () => {
    expect(text("pulldata('fruits', 'price', 'name', ${fruit})")).toBe('5');
    expect(text("pulldata('fruits', 'label', 'name', 'kiwi, gold')")).toBe('Kiwi "gold"');
    expect(text("pulldata('fruits', 'label', 'name', 'плов')")).toBe('Палау');
    expect(text("pulldata('fruits', 'price', 'name', 'mango')")).toBe('');
    expect(text("instance('fruits')/root/item[price > 4][1]/name")).toBe('kiwi, gold');
    expect(value("sum(instance('fruits')/root/item/price)")).toBe(15);
  });

  it('randomize() with a seed gives the orders of ODK Web Forms', () => {
    const order = (seed: string) => text(`join('', randomize(instance('letters')/root/item/label, ${seed}))`);
    expect(order('42')).toBe('AFCBDE');
    expect(order("'42'")).toBe('AFCBDE');
    expect(order('-42')).toBe('EDAFBC');
    expect(order('1')).toBe('BFEACD');
    expect(order('11111111')).toBe('ACDBFE');
    expect(order('int(1)')).toBe('BFEACD');
    expect(order('1.1')).toBe('BFEACD');
    expect(order('0')).toBe('CBEAFD');
    expect(order("number('x')")).toBe('CBEAFD');
    expect(order('1 div 0')).toBe('CBEAFD');
    expect(order('-1 div 0')).toBe('CBEAFD');
  });

  it('randomize() without a seed keeps every member', () => {
    expect(text("join('', randomize(instance('letters')/root/item/label))").split('').sort().join('')).toBe('ABCDEF');
  });
});

describe('the last saved response', () => {
  it('${last-saved#name} reads the answer of the last saved response, empty when there is none', () => {
    expect(text('${last-saved#region}', { lastSaved: { region: 'astana' } })).toBe('astana');
    expect(text('coalesce(${region}, ${last-saved#region})', { values: {}, lastSaved: { region: 'astana' } })).toBe('astana');
    expect(text('${last-saved#region}')).toBe('');
  });
});

describe('repeats: position(..) and indexed-repeat()', () => {
  const household: FormDefinition = {
    formId: 'household',
    title: 'Household',
    version: '1',
    defaultLanguage: 'default',
    languages: [{ code: 'default', name: '' }],
    survey: [
      { type: 'begin_repeat', name: 'member' },
      { type: 'text', name: 'member_name', label: { default: 'Name' } },
      { type: 'calculate', name: 'member_number', calculation: 'position(..)' },
      {
        type: 'calculate',
        name: 'previous',
        calculation: "if(position(..) > 1, indexed-repeat(${member_name}, ${member}, position(..) - 1), '')",
      },
      { type: 'end_repeat', name: '' },
      { type: 'calculate', name: 'second', calculation: 'indexed-repeat(${member_name}, ${member}, 2)' },
      { type: 'calculate', name: 'fifth', calculation: 'indexed-repeat(${member_name}, ${member}, 5)' },
    ],
    choiceLists: [],
  };
  const answers = { member: JSON.stringify([{ member_name: 'Айгүл' }, { member_name: 'Нұрлан' }, { member_name: 'Әлия' }]) };

  it('numbers each instance and reads a named instance of the repeat', () => {
    const state = evaluateFormState(compileForm(household), answers);
    const members = JSON.parse(state.values.member) as Record<string, string>[];
    expect(members.map((m) => m.member_number)).toEqual(['1', '2', '3']);
    expect(members.map((m) => m.previous ?? '')).toEqual(['', 'Айгүл', 'Нұрлан']);
    expect(state.values.second).toBe('Нұрлан');
    expect(state.values.fifth).toBeUndefined();
  });
});

describe('what cannot be read is refused with a coded reason', () => {
  it.each([
    ["instance('region')", 'expression-instance-path'],
    ["instance('region')/item/label", 'expression-instance-path'],
    ['instance(${region})/root/item', 'expression-instance-id'],
    ["instance('region')/root/item/label/more", 'expression-path-unsupported'],
    ['/data/age > 3', 'expression-path-unsupported'],
    ['../age', 'expression-parent-step'],
    ['indexed-repeat(1, ${member}, 1)', 'expression-indexed-repeat-arguments'],
    ['indexed-repeat(${a}, ${member}, 1, ${b})', 'expression-indexed-repeat-arguments'],
    ['${last-saved#}', 'expression-last-saved-name'],
  ])('%s → %s', (expression, code) => {
    expect(parseError(expression).code).toBe(code);
  });
});
