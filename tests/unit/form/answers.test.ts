/**
 * Answer logic shared by the interview and by validation on finalize and import, told through one
 * respondent of the trilingual fixture questionnaire.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledForm, FormDefinition } from '../../../src/form';
import {
  compileForm,
  defaultAnswers,
  evaluateFormState,
  finalAnswers,
  isAnswerError,
  readXlsForm,
  validateAnswers,
} from '../../../src/form';
import { KelisimError } from '../../../src/common/errors';
import { everyTypeWorkbook } from '../../fixtures/form/every-type';
import { buildWorkbook } from '../../fixtures/form/workbook';

let form: FormDefinition;
let compiled: CompiledForm;
const now = new Date(2026, 7, 14, 10, 0, 0);

const members = (...list: Record<string, string>[]) => JSON.stringify(list);

/** A complete, valid interview. */
const aigerim: Record<string, string> = {
  started: '2026-08-14T09:00:00.000+05:00',
  ended: '2026-08-14T09:40:00.000+05:00',
  interview_date: '2026-08-14',
  device: 'laptop-07',
  interviewer: 'aigerim',
  consent: 'OK',
  region: 'almaty_city',
  district: 'medeu',
  settlement: 'Алматы',
  settlement_type: 'urban',
  age: '42',
  birth_date: '1984-02-10',
  gender: 'female',
  languages: 'kk ru',
  ethnicity: 'kazakh',
  income: '350.5',
  interview_time: '09:05',
  appointment: '2026-08-20T15:00',
  location: '43.238 76.945 850 5',
  tol_1: '4',
  tol_2: '2',
  tol_3: '5',
  trust_rank: 'friendship_house akimat mediators',
  household_size: '2',
  members: members(
    { member_name: 'Әлия', member_age: '40', member_gender: 'female' },
    { member_name: 'Нұрлан', member_age: '12', member_gender: 'male' },
  ),
  supervisor_note: 'n/a',
};

const problemsOf = (changes: Record<string, string | undefined>, language?: string) => {
  const answers: Record<string, string> = { ...aigerim };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete answers[key];
    else answers[key] = value;
  }
  return validateAnswers(compiled, answers, { now, ...(language ? { language } : {}) });
};

beforeAll(async () => {
  form = await readXlsForm(await buildWorkbook(everyTypeWorkbook), 'every-type.xlsx');
  compiled = compileForm(form);
});

describe('a complete interview', () => {
  it('has no problems', () => {
    expect(validateAnswers(compiled, aigerim, { now })).toEqual([]);
  });

  it('works out calculations in dependency order', () => {
    const state = evaluateFormState(compiled, aigerim, { now });
    // 10 Feb 1984 to 14 Aug 2026 is 15 526 days; 15 526 / 365.25 = 42.5 → 42 whole years.
    expect(state.values.age_from_birth).toBe('42');
    // (4 + (6 − 2) + 5) / 3 = 13/3.
    expect(state.values.tolerance_score).toBe(String(13 / 3));
    // Member ages 40 + 12, read from outside the repeat.
    expect(state.values.members_age_total).toBe('52');
    // jr:choice-name in the form's default language (Kazakh), or the interview's.
    expect(state.values.region_label).toBe('Алматы қаласы');
    expect(evaluateFormState(compiled, aigerim, { now, language: 'ru' }).values.region_label).toBe('город Алматы');
  });

  it('shows what applies, what is required, how many members to ask about, which districts to offer', () => {
    const state = evaluateFormState(compiled, aigerim, { now });
    expect(state.relevant.region).toBe(true);
    expect(state.relevant.ethnicity_other).toBe(false);
    expect(state.relevant['members[2].member_age']).toBe(true);
    expect(state.required).toMatchObject({ consent: true, region: true, age: true, 'members[1].member_name': true });
    expect(state.required.years_in_settlement).toBeUndefined(); // required only over 60
    expect(state.repeatCounts).toEqual({ members: 2 });
    expect(state.choices.district).toEqual(['medeu', 'bostandyq']);
  });

  it('starts an interview with the defaults', () => {
    expect(defaultAnswers(compiled, {}, { now })).toEqual({ household_size: '3', supervisor_note: 'n/a' });
  });
});

describe('relevance', () => {
  it('drops a whole group when consent is not given, and flags its answers as droppable, not as errors', () => {
    const problems = problemsOf({ consent: undefined });
    const reasons = new Map(problems.map((p) => [p.field, p.reason]));
    expect(reasons.get('consent')).toBe('required');
    for (const field of ['region', 'district', 'age', 'location']) expect(reasons.get(field)).toBe('not-relevant');
    expect(problems.filter(isAnswerError).map((p) => p.field)).toEqual(['consent']);

    const state = evaluateFormState(compiled, { ...aigerim, consent: '' }, { now });
    expect(state.relevant.respondent).toBe(false);
    expect(state.relevant.age).toBe(false);
    // A calculation inside a group that does not apply has no value.
    expect(state.values.age_from_birth).toBeUndefined();
    expect(state.required.age).toBeUndefined();
  });

  it('keeps only what applies when a response is finalized', () => {
    const kept = finalAnswers(compiled, { ...aigerim, consent: '', ethnicity_other: 'дұңған' }, { now });
    expect(kept.region).toBeUndefined();
    expect(kept.ethnicity_other).toBeUndefined();
    expect(kept.interviewer).toBe('aigerim');
    expect(kept.tolerance_score).toBe(String(13 / 3));
  });

  it('asks for "other" only when other is chosen', () => {
    expect(problemsOf({ ethnicity: 'other', ethnicity_other: 'дұңған' })).toEqual([]);
    expect(problemsOf({ ethnicity_other: 'дұңған' })).toMatchObject([{ field: 'ethnicity_other', reason: 'not-relevant' }]);
  });

  it('requires an answer only while it applies, and requires it conditionally', () => {
    expect(problemsOf({ age: '61' })).toMatchObject([{ field: 'years_in_settlement', reason: 'required' }]);
    expect(problemsOf({ age: '61', years_in_settlement: '30' })).toEqual([]);
  });
});

describe('answers of every type', () => {
  it.each([
    ['age', 'forty', 'type', 'Enter a whole number, for example 42.', 'answer-not-integer'],
    ['age', '4.5', 'type', 'Enter a whole number, for example 42.', 'answer-not-integer'],
    [
      'household_size',
      '3000000000',
      'type',
      'The number is too large: it must lie between −2,147,483,648 and 2,147,483,647.',
      'answer-integer-too-large',
    ],
    ['income', '1 000', 'type', 'Enter a number, for example 3.5.', 'answer-not-decimal'],
    ['birth_date', '1984-02-30', 'type', 'Enter a date as YYYY-MM-DD, for example 2024-05-31.', 'answer-not-date'],
    ['birth_date', '10.02.1984', 'type', 'Enter a date as YYYY-MM-DD, for example 2024-05-31.', 'answer-not-date'],
    ['interview_time', '25:10', 'type', 'Enter a time as HH:MM, for example 14:30.', 'answer-not-time'],
    ['appointment', '2026-08-20 15:00', 'type', 'Enter a date and time, for example 2024-05-31T14:30.', 'answer-not-date-time'],
    ['started', 'yesterday', 'type', 'Enter a date and time, for example 2024-05-31T14:30.', 'answer-not-date-time'],
    ['interview_date', '2026-13-01', 'type', 'Enter a date as YYYY-MM-DD, for example 2024-05-31.', 'answer-not-date'],
    [
      'location',
      '91 76.9',
      'type',
      'Give the location as latitude and longitude in degrees, for example 43.238 76.945.',
      'answer-not-geopoint',
    ],
    [
      'location',
      '43.2',
      'type',
      'Give the location as latitude and longitude in degrees, for example 43.238 76.945.',
      'answer-not-geopoint',
    ],
    ['consent', 'yes', 'type', 'The only answer accepted here is “OK”.', 'answer-not-ok'],
    ['gender', 'other', 'choice', '“other” is not one of the choices of this question.', 'answer-not-a-choice'],
    ['district', 'esil', 'choice', '“esil” cannot be chosen given the earlier answers.', 'answer-choice-unavailable'],
    ['languages', 'kk fr', 'choice', '“fr” is not one of the choices of this question.', 'answer-not-a-choice'],
    ['trust_rank', 'akimat akimat mediators', 'choice', '“akimat” is given more than once.', 'answer-choice-repeated'],
    ['trust_rank', 'akimat police', 'choice', '“police” is not one of the choices of this question.', 'answer-not-a-choice'],
    ['age', '17', 'constraint', 'Age must be between 18 and 100.', 'answer-constraint'],
    ['birth_date', '2026-08-15', 'constraint', 'This answer does not meet the condition of the question.', 'answer-constraint'],
    ['languages', 'kk none', 'constraint', 'This answer does not meet the condition of the question.', 'answer-constraint'],
  ])('%s = "%s" is a %s problem', (field, value, reason, message, code) => {
    // Only this field's problems: a bad answer can also switch off what depends on it (consent).
    const found = problemsOf({ [field]: value }, 'en').filter((p) => p.field === field);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field, reason, message, code });
  });

  it('accepts the shapes ODK records', () => {
    expect(
      problemsOf({
        interview_time: '09:05:30.000+05:00',
        appointment: '2026-08-20T15:00:00.000+05:00',
        location: '43.238 76.945',
        income: '-0.5',
        languages: '  kk  ',
        ethnicity: 'refused',
      }),
    ).toMatchObject([{ field: 'income', reason: 'constraint' }]);
  });

  it('checks no constraint on an empty answer', () => {
    expect(problemsOf({ income: '' })).toEqual([]);
  });
});

describe('messages in the interview language', () => {
  it("uses the form's required_message, in the language or else the form's default language", () => {
    expect(problemsOf({ age: undefined }, 'en')).toEqual([
      { field: 'age', reason: 'required', message: 'Write the age.', code: 'answer-required', params: { own: 'Write the age.' } },
    ]);
    expect(problemsOf({ age: undefined }, 'kk')[0].message).toBe('Жасын жазыңыз.');
    expect(problemsOf({ age: undefined }, 'ru')[0].message).toBe('Жасын жазыңыз.');
  });

  it("uses the form's constraint_message in each language", () => {
    expect(problemsOf({ age: '17' }, 'kk')[0].message).toBe('Жасы 18 бен 100 аралығында болуы керек.');
    expect(problemsOf({ age: '17' }, 'ru')[0].message).toBe('Возраст должен быть от 18 до 100 лет.');
  });

  it("falls back to Kelisim's own sentences in Kazakh, Russian and English", () => {
    const consent = (language: string) => problemsOf({ consent: undefined }, language).find((p) => p.field === 'consent')!.message;
    expect(consent('kk')).toBe('Бұл сұраққа жауап беру міндетті.');
    expect(consent('ru')).toBe('На этот вопрос необходимо ответить.');
    expect(consent('en')).toBe('This question must be answered.');
    expect(problemsOf({ age: 'forty' }, 'kk')[0].message).toBe('Бүтін сан енгізіңіз, мысалы: 42.');
    expect(problemsOf({ age: 'forty' }, 'ru')[0].message).toBe('Введите целое число, например 42.');
    expect(problemsOf({ district: 'esil' }, 'kk')[0].message).toBe('Алдыңғы жауаптарды ескерсек, «esil» нұсқасын таңдауға болмайды.');
    expect(problemsOf({ district: 'esil' }, 'ru')[0].message).toBe('С учётом предыдущих ответов вариант «esil» выбрать нельзя.');
    expect(problemsOf({ birth_date: '2026-08-15' }, 'kk')[0].message).toBe('Жауап сұрақтың шартына сәйкес келмейді.');
    // Without a language: the form's default language, Kazakh.
    expect(problemsOf({ interview_time: 'noon' })[0].message).toBe('Уақытты СС:ММ түрінде енгізіңіз, мысалы: 14:30.');
  });
});

describe('repeats', () => {
  it("checks each member with its own answers and the respondent's", () => {
    const problems = problemsOf(
      {
        members: members(
          { member_name: '', member_age: '40', member_gender: 'female' },
          // A member cannot be more than 80 years older than the respondent (42): 123 is refused.
          { member_name: 'Нұрлан', member_age: '123', member_gender: 'robot' },
        ),
      },
      'en',
    );
    expect(problems).toEqual([
      {
        field: 'members[1].member_name',
        reason: 'required',
        message: 'This question must be answered.',
        code: 'answer-required',
        params: {},
      },
      {
        field: 'members[2].member_age',
        reason: 'constraint',
        message: 'This answer does not meet the condition of the question.',
        code: 'answer-constraint',
        params: {},
      },
      {
        field: 'members[2].member_gender',
        reason: 'choice',
        message: '“robot” is not one of the choices of this question.',
        code: 'answer-not-a-choice',
        params: { value: 'robot' },
      },
    ]);
  });

  it('wants as many members as the household size', () => {
    expect(problemsOf({ household_size: '3' }, 'en')).toEqual([
      {
        field: 'members',
        reason: 'repeat',
        message: '2 repetitions are filled in, but there should be 3.',
        code: 'answer-repeat-count',
        params: { expected: 3, actual: 2 },
      },
    ]);
  });

  it('reports a repeat value that is not a list of answer maps, and keys the form does not have', () => {
    expect(problemsOf({ members: '{"member_name": "x"}' }, 'en')).toMatchObject([
      { field: 'members', reason: 'repeat', message: 'The answers of this repeated section cannot be read.' },
    ]);
    // A note shows text and stores nothing.
    expect(problemsOf({ intro: 'read out' }, 'en')).toEqual([
      {
        field: 'intro',
        reason: 'unknown-field',
        message: 'The form has no question “intro” that takes an answer.',
        code: 'answer-unknown-field',
        params: { field: 'intro' },
      },
    ]);
    expect(
      problemsOf(
        {
          nickname: 'Ака',
          members: members({ member_name: 'Әлия', member_age: '40', shoe_size: '38' }, { member_name: 'Нұрлан' }),
        },
        'en',
      ),
    ).toEqual([
      {
        field: 'nickname',
        reason: 'unknown-field',
        message: 'The form has no question “nickname” that takes an answer.',
        code: 'answer-unknown-field',
        params: { field: 'nickname' },
      },
      {
        field: 'members[1].shoe_size',
        reason: 'unknown-field',
        message: 'The form has no question “shoe_size” that takes an answer.',
        code: 'answer-unknown-field',
        params: { field: 'shoe_size' },
      },
    ]);
  });
});

describe('compiling', () => {
  it('refuses a form with problems, listing them', () => {
    const broken: FormDefinition = { ...form, survey: [...form.survey, { type: 'integer', name: 'age', label: { kk: 'Қайта' } }] };
    expect(() => compileForm(broken)).toThrow(KelisimError);
    try {
      compileForm(broken);
    } catch (error) {
      expect((error as KelisimError).message).toBe('The form "tolerance_mini" has 1 problem');
      expect((error as KelisimError).problems[0]).toMatchObject({ sheet: 'survey', row: 42, column: 'name', field: 'age' });
    }
  });

  it('validates with a form object as well as a compiled form', () => {
    expect(validateAnswers(form, { ...aigerim, age: '17' }, { now, language: 'en' })).toEqual([
      {
        field: 'age',
        reason: 'constraint',
        message: 'Age must be between 18 and 100.',
        code: 'answer-constraint',
        params: { own: 'Age must be between 18 and 100.' },
      },
    ]);
  });
});

describe('repeats inside repeats', () => {
  // Houses on a street, and the people of each house.
  const street: FormDefinition = {
    formId: 'street',
    title: 'Street',
    version: '1',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    choiceLists: [],
    survey: [
      { type: 'integer', name: 'houses', label: { en: 'Houses' } },
      { type: 'begin_repeat', name: 'house', label: { en: 'House' }, repeatCount: '${houses}' },
      { type: 'text', name: 'address', label: { en: 'Address' } },
      { type: 'begin_repeat', name: 'person', label: { en: 'Person' } },
      { type: 'integer', name: 'age', label: { en: 'Age' }, relevant: "${address} != ''", constraint: '. < 120' },
      { type: 'end_repeat', name: '' },
      { type: 'calculate', name: 'house_age', calculation: 'sum(${age})' },
      { type: 'end_repeat', name: '' },
      { type: 'calculate', name: 'street_age', calculation: 'sum(${house_age})' },
      { type: 'calculate', name: 'people', calculation: 'count(${person})' },
    ],
  };
  const answers = {
    houses: '2',
    house: JSON.stringify([
      { address: 'Абай 10', person: JSON.stringify([{ age: '30' }, { age: '150' }]) },
      { address: '', person: JSON.stringify([{ age: '5' }]) },
    ]),
  };

  it('works out sums level by level and counts every person', () => {
    const state = evaluateFormState(compileForm(street), answers);
    // House 1: 30 + 150; house 2 has no address, so its person's age does not apply: 0.
    expect(JSON.parse(state.values.house).map((h: Record<string, string>) => h.house_age)).toEqual(['180', '0']);
    expect(state.values.street_age).toBe('180');
    expect(state.values.people).toBe('3');
    expect(state.relevant['house[2].person[1].age']).toBe(false);
  });

  it('names problems by their place in each level', () => {
    expect(validateAnswers(compileForm(street), answers, { language: 'en' })).toMatchObject([
      { field: 'house[1].person[2].age', reason: 'constraint' },
      { field: 'house[2].person[1].age', reason: 'not-relevant' },
    ]);
  });
});
