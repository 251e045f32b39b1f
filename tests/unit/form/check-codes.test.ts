/**
 * Every problem the form check and the expression parser can give carries a code of the error catalog, and the
 * designer, the CLI and the workbook say it from there in kk, ru and en: no sentence is translated by matching its
 * English. These tests make every code happen, on forms as a lead builds them, and read each through the catalogs.
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceList, FormDefinition, SurveyRow } from '../../../src/form/model';
import { checkForm, ExpressionError, parseExpression } from '../../../src/form';
import { inspectExpression } from '../../../src/form/edit';
import { FORM_CHECK_CODES } from '../../../src/form/check/context';
import { errorCatalog, errorText } from '../../../src/common/messages/errors';
import { expressionReasons } from '../../../src/common/messages/errors/expression-reasons';
import { localizedMessage, type Problem } from '../../../src/common/errors';
import { LANGUAGES } from '../../../src/common/messages/catalog';
import { latinWords } from '../common/latin-words';

const lists: ChoiceList[] = [
  {
    name: 'yn',
    choices: [
      { name: 'yes', label: { kk: 'Иә' } },
      { name: 'no', label: { kk: 'Жоқ' } },
    ],
  },
  { name: 'empty', choices: [] },
  {
    name: 'bad',
    choices: [
      { name: 'x', label: { kk: 'Х' } },
      { name: 'x', label: { kk: 'Х' } },
      { name: '', label: { kk: 'Бос' } },
    ],
  },
];

const q = (type: string, name: string, more: Partial<SurveyRow> = {}): SurveyRow => ({
  type: type as SurveyRow['type'],
  name,
  label: { kk: name },
  ...more,
});

function form(survey: SurveyRow[], changes: Partial<FormDefinition> = {}): FormDefinition {
  return {
    formId: 'codes',
    title: 'Кодтар',
    version: '1',
    defaultLanguage: 'kk',
    languages: [{ code: 'kk', name: 'Kazakh' }],
    survey,
    choiceLists: lists,
    ...changes,
  };
}

/** One form for each part of the check, together giving every problem it knows. */
const broken: FormDefinition[] = [
  form([
    q('integer', 'age'),
    q('integer', 'age'),
    q('text', 'job_other'),
    q('select_one', 'job', { listName: 'yn', orOther: true }),
    q('text', ''),
    q('text', 'first name'),
    q('photo', 'pic'),
    q('select_one', 'no_list'),
    q('select_one', 'town', { listName: 'towns.csv' }),
    q('select_one', 'q_missing', { listName: 'nolist' }),
    q('select_one', 'q_empty', { listName: 'empty' }),
    q('select_one', 'q_bad', { listName: 'bad' }),
    { type: 'text', name: 'q_nolabel' },
    q('text', 'q_media', { extra: { 'media::image-description': 'a car', 'big-image': 'large.jpg' } }),
    { type: 'calculate', name: 'c_nocalc' },
    q('text', 'q_count', { repeatCount: '3' }),
    q('integer', 'q_default', { default: 'three' }),
    q('text', 'q_trigger', { extra: { trigger: '${nothere}' } }),
    q('end_group', ''),
  ]),
  form([
    q('begin_group', 'g1'),
    q('text', 'shared'),
    q('end_group', ''),
    q('begin_group', 'g2'),
    q('text', 'shared'),
    q('end_group', ''),
    q('begin_group', 'g'),
    q('text', 'g'),
    q('end_group', ''),
    q('begin_repeat', 'data'),
    q('text', 'inside'),
    q('end_repeat', ''),
    q('begin_group', 'wrong'),
    q('text', 'w'),
    q('end_repeat', ''),
    q('begin_group', 'open'),
    q('text', 'o'),
  ]),
  form([
    q('integer', 'age'),
    q('text', 'who'),
    q('text', 'owner_name', { sourceName: 'name' }),
    q('text', 'e1', { relevant: '${age} >' }),
    q('text', 'e2', { relevant: `${'('.repeat(150)}1${')'.repeat(150)}` }),
    q('text', 'e3', { relevant: '${name} = 1' }),
    q('text', 'e4', { relevant: '${agee} > 1' }),
    q('text', 'e5', { relevant: 'age > 1' }),
    q('text', 'e_itext', { relevant: "jr:itext('/data/nothing:label') != ''" }),
    { type: 'calculate', name: 'e6', calculation: 'jr:choice-name(${who}, ${who})' },
    { type: 'calculate', name: 'e7', calculation: "jr:choice-name(${who}, '${who}')" },
    q('text', 'e8', { constraint: "regex(., '[0-9')" }),
    q('text', 'e9', { constraint: "regex(., 'a(?=b)')" }),
    { type: 'calculate', name: 'c1', calculation: '${c2} + 1' },
    { type: 'calculate', name: 'c2', calculation: '${c1} + 1' },
  ]),
  form([q('text', 'a')], { formId: ' ', defaultLanguage: 'de' }),
  form([q('text', 'a')], {
    languages: [
      { code: 'default', name: '' },
      { code: 'kk', name: 'Kazakh' },
    ],
  }),
];

const found: Problem[] = broken.flatMap((each) => checkForm(each));

/** Parameters that are codes the phrase turns into words: a parser's reason, links of a circle, an answer format, group or repeat. */
const WORDED = new Set(['reason', 'steps', 'format', 'kind']);

describe('the problems of a form', () => {
  it('each carry a code of the error catalog, with the English words the CLI prints', () => {
    for (const problem of found) {
      expect(problem.code, problem.message).toBeDefined();
      expect(errorCatalog, problem.message).toHaveProperty([problem.code!]);
      expect(errorText(problem.code!, problem.params, 'en')).toBe(problem.message);
    }
  });

  it('are every code the check declares, and no other', () => {
    expect([...new Set(found.map((problem) => problem.code))].sort()).toEqual([...FORM_CHECK_CODES].sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))("read in %s, with the form's own names in them", (language) => {
    for (const problem of found) {
      const text = localizedMessage(problem, language);
      expect(text, problem.code).not.toBe(problem.message);
      expect(text, problem.code).toMatch(/[\u0400-\u04FF]/);
      expect(latinWords(text), `${problem.code}: ${text}`).toEqual([]);
      for (const [key, value] of Object.entries(problem.params ?? {})) {
        // The names and values a problem is about appear in every language; codes and kinds are said in words.
        if (typeof value === 'string' && value && !WORDED.has(key)) expect(text, `${problem.code} ${key}`).toContain(value);
      }
    }
  });

  it("name the parser's reason in the interface language", () => {
    const unreadable = found.find((problem) => problem.code === 'expression-unreadable')!;
    expect(unreadable.params).toEqual({ reason: 'expression-unexpected-end', position: 8, expression: '${age} >' });
    expect(localizedMessage(unreadable, 'kk')).toBe('Өрнекті оқу мүмкін емес («${age} >», 9-таңба): өрнек толық аяқталмаған.');
    expect(localizedMessage(unreadable, 'ru')).toBe(
      'Выражение не удаётся прочитать («${age} >», символ 9): выражение обрывается раньше времени.',
    );
  });

  it('word a circle of dependencies link by link in each language', () => {
    const circle = found.find((problem) => problem.code === 'form-circular-reference')!;
    expect(localizedMessage(circle, 'ru')).toBe(
      'Циклическая ссылка: c1 → c2 → c1 (столбец «calculation» у c1 использует ${c2}; столбец «calculation» у c2 использует ${c1}). ' +
        'Каждому из них сначала нужны остальные, поэтому ни одно нельзя вычислить; разорвите цикл.',
    );
  });
});

/** The reason the parser gives for a text it cannot read. */
function reason(text: string): ExpressionError {
  try {
    parseExpression(text);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
  }
  throw new Error(`"${text}" parsed`);
}

describe('why an expression cannot be read', () => {
  const texts: [string, string][] = [
    ['', 'expression-empty'],
    ['${age', 'expression-unclosed-reference'],
    ['${} = 1', 'expression-empty-reference'],
    ['${1age} = 1', 'expression-bad-name'],
    ["${a} = 'yes", 'expression-unclosed-string'],
    ['${age} >', 'expression-unexpected-end'],
    ['${age} ${sex}', 'expression-unexpected-field'],
    ["${age} 'x'", 'expression-unexpected-string'],
    ['${age} > )', 'expression-unexpected'],
    ['* 2', 'expression-unexpected'],
    ['${age} = 1 #', 'expression-unexpected'],
    ['frobnicate(${age})', 'expression-unknown-function'],
    ['round(1, 2, 3)', 'expression-arity'],
    ['../age = 1', 'expression-parent-step'],
    ['/data/age > 1', 'expression-path-unsupported'],
    ['age[1] > 1', 'expression-predicate-unsupported'],
    ["instance('region')/item", 'expression-instance-path'],
    ['instance(${region})/root/item', 'expression-instance-id'],
    ['indexed-repeat(${a}, 1, 2)', 'expression-indexed-repeat-arguments'],
    ['${last-saved#} = 1', 'expression-last-saved-name'],
    [`${'('.repeat(150)}1${')'.repeat(150)}`, 'expression-too-deep'],
  ];

  it.each(texts)('"%s" → %s', (text, code) => {
    expect(reason(text).code).toBe(code);
  });

  it('covers every reason of the catalog', () => {
    expect([...new Set(texts.map(([, code]) => code))].sort()).toEqual(Object.keys(expressionReasons).sort());
  });

  it('is said in each language under the field the lead types in', () => {
    const inspection = inspectExpression(form([q('integer', 'age')]), 0, 'relevant', 'frobnicate(${age})');
    expect(inspection.error).toMatchObject({ code: 'expression-unknown-function', params: { name: 'frobnicate' }, position: 0 });
    const said = (language: 'kk' | 'ru' | 'en') => localizedMessage({ message: inspection.error!.reason, ...inspection.error! }, language);
    expect([said('kk'), said('ru'), said('en')]).toEqual([
      '«frobnicate()» деген функция жоқ',
      'функции «frobnicate()» не существует',
      'unknown function "frobnicate()"',
    ]);
  });

  it("is said inside the analysis filter's refusal too", () => {
    const error = reason('${age} >');
    const params = { ...error.params, filter: '${age} >', reason: error.code, position: error.position + 1 };
    expect(errorText('filter-unreadable', params, 'kk')).toBe(
      '«${age} >» сүзгісін оқу мүмкін емес: 9-таңбада қате (өрнек толық аяқталмаған).',
    );
    expect(errorText('filter-unreadable', params, 'en')).toBe(
      'the filter cannot be read: unexpected end of expression at character 9 of "${age} >"',
    );
  });

  it('counts the values a function takes as each language counts', () => {
    const words = (text: string) => LANGUAGES.map((language) => localizedMessage(reason(text), language));
    expect(words('round(1, 2, 3)')).toEqual([
      '«round()» ішіндегі мәндер саны — 3, ал 1 мен 2 аралығында болуы керек',
      'в «round()» передано значений: 3, а нужно от 1 до 2 значений',
      '"round()" takes 1 to 2 arguments, not 3',
    ]);
    expect(words('max()')).toEqual([
      '«max()» ішіндегі мәндер саны — 0, ал кемінде 1 болуы керек',
      'в «max()» передано значений: 0, а нужно не меньше 1 значения',
      '"max()" takes at least 1 argument, not 0',
    ]);
    expect(words('today(1)')[1]).toBe('в «today()» передано значений: 1, а нужно 0 значений');
    expect(words('today(1)')[2]).toBe('"today()" takes 0 arguments, not 1');
  });
});
