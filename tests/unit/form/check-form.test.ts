/**
 * Every problem checkForm finds, as a researcher reads it: where (sheet, row as the spreadsheet
 * shows it, column) and why. Rows without workbook locations are those writeXlsForm would write:
 * survey row i at i + 2.
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceList, FormDefinition, SurveyRow } from '../../../src/form';
import { buildDependencyGraph, checkForm } from '../../../src/form';
import type { Problem } from '../../../src/common/errors';

const yesNo: ChoiceList = {
  name: 'yes_no',
  choices: [
    { name: 'yes', label: { en: 'Yes' } },
    { name: 'no', label: { en: 'No' } },
  ],
};

function formWith(survey: SurveyRow[], changes: Partial<FormDefinition> = {}): FormDefinition {
  return {
    formId: 'check',
    title: 'Check',
    version: '1',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    survey,
    choiceLists: [yesNo],
    ...changes,
  };
}

const q = (type: SurveyRow['type'], name: string, more: Partial<SurveyRow> = {}): SurveyRow => ({
  type,
  name,
  label: { en: name },
  ...more,
});

/**
 * Where, the code and the English words of each problem. Its parameters, from which the screens say it in kk/ru/en,
 * are checked by tests/unit/form/check-codes.test.ts.
 */
function placedWords(found: Problem[]): Omit<Problem, 'params'>[] {
  return found.map(({ params: _params, ...words }) => words);
}

const problems = (form: FormDefinition) => placedWords(checkForm(form));

describe('a sound form', () => {
  it('has no problems', () => {
    expect(
      problems(
        formWith([
          q('integer', 'age', { constraint: '. >= 18' }),
          q('select_one', 'married', { listName: 'yes_no', relevant: '${age} > 16' }),
          { type: 'calculate', name: 'adult', calculation: "if(${age} >= 18, 'yes', 'no')" },
        ]),
      ),
    ).toEqual([]);
  });
});

describe('names and types', () => {
  it('wants a name on every row but end rows', () => {
    expect(
      problems(
        formWith([
          { type: 'text', name: '', label: { en: 'Where do you live?' } },
          { type: 'begin_group', name: 'g' },
          { type: 'end_group', name: '' },
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'name',
        code: 'xlsform-row-no-name',
        message: 'This text row has no name; give it a short name such as q1 or age.',
      },
    ]);
  });

  it('refuses names that cannot be XML element names', () => {
    expect(problems(formWith([q('text', 'first name'), q('text', '2nd')]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'name',
        field: 'first name',
        code: 'xlsform-bad-name',
        message:
          '"first name" cannot be used as a name: a name starts with a letter or _ and has only letters, digits, _, - and . (no spaces).',
      },
      {
        sheet: 'survey',
        row: 3,
        column: 'name',
        field: '2nd',
        code: 'xlsform-bad-name',
        message: '"2nd" cannot be used as a name: a name starts with a letter or _ and has only letters, digits, _, - and . (no spaces).',
      },
    ]);
  });

  it('accepts Cyrillic names', () => {
    expect(problems(formWith([q('text', 'жасы')]))).toEqual([]);
  });

  it('finds duplicate names, including the NAME_other an or_other select adds', () => {
    expect(
      problems(
        formWith([
          q('integer', 'age'),
          q('select_one', 'job', { listName: 'yes_no', orOther: true }),
          q('integer', 'age'),
          q('text', 'job_other'),
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 4,
        column: 'name',
        field: 'age',
        code: 'xlsform-name-taken',
        message: 'The name "age" is already used in row 2; every question, group and repeat needs its own name.',
      },
      {
        sheet: 'survey',
        row: 5,
        column: 'name',
        field: 'job_other',
        code: 'xlsform-name-taken',
        message: 'The name "job_other" is already used in row 3; every question, group and repeat needs its own name.',
      },
    ]);
  });

  it('knows only the types Kelisim collects', () => {
    expect(problems(formWith([q('photo' as SurveyRow['type'], 'pic')]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'type',
        field: 'pic',
        code: 'xlsform-type-unknown',
        message: '"photo" is not a question type Kelisim knows.',
      },
    ]);
  });

  it('wants a known choice list with choices for every select', () => {
    expect(
      problems(
        formWith([q('select_one', 'a'), q('select_multiple', 'b', { listName: 'yesno' }), q('rank', 'c', { listName: 'empty' })], {
          choiceLists: [yesNo, { name: 'empty', choices: [] }],
        }),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'type',
        field: 'a',
        code: 'xlsform-select-needs-list',
        message: 'select_one needs the name of a choice list after it, for example "select_one yes_no".',
      },
      {
        sheet: 'survey',
        row: 3,
        column: 'type',
        field: 'b',
        code: 'xlsform-list-missing',
        message: 'There is no choice list "yesno" on the choices sheet.',
      },
      {
        sheet: 'survey',
        row: 4,
        column: 'type',
        field: 'c',
        code: 'xlsform-list-empty',
        message: 'The choice list "empty" has no choices.',
      },
    ]);
  });
});

describe('groups and repeats', () => {
  it('reports a group that is never closed', () => {
    expect(problems(formWith([{ type: 'begin_group', name: 'household' }, q('text', 'a')]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'type',
        field: 'household',
        code: 'xlsform-never-closed',
        message: 'The group "household" is never closed: add an end_group row after its last question.',
      },
    ]);
  });

  it('reports an end row that closes nothing, or closes the wrong kind', () => {
    expect(
      problems(
        formWith([q('text', 'a'), { type: 'end_repeat', name: '' }, { type: 'begin_group', name: 'g' }, { type: 'end_repeat', name: '' }]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'type',
        code: 'xlsform-end-unopened',
        message: 'This end_repeat closes no repeat: there is no begin_repeat before it that is still open.',
      },
      {
        sheet: 'survey',
        row: 5,
        column: 'type',
        code: 'xlsform-end-mismatch',
        message: 'This end_repeat closes the group "g" that begins in row 4; close it with end_group.',
      },
    ]);
  });

  it('allows repeat_count only on repeats, and keeps a choice_filter on another row as pyxform does', () => {
    expect(problems(formWith([q('integer', 'n', { repeatCount: '3', choiceFilter: "name = 'x'" })]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'repeat_count',
        field: 'n',
        code: 'xlsform-repeat-count-misplaced',
        message: 'Only begin_repeat rows can have a repeat_count.',
      },
    ]);
  });
});

describe('labels, calculations and defaults', () => {
  it('wants a label, hint or media on what is asked, as pyxform does; not on computed, device or group rows', () => {
    expect(
      problems(
        formWith([
          { type: 'integer', name: 'age' },
          { type: 'note', name: 'hello', hint: { en: 'A hint is enough' } },
          { type: 'note', name: 'picture', extra: { 'media::image': 'map.png' } },
          { type: 'dateTime', name: 'stamped', calculation: 'now()' },
          { type: 'start', name: 'started' },
          { type: 'phonenumber', name: 'phone' },
          { type: 'begin_group', name: 'g' },
          { type: 'end_group', name: '' },
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'label::English (en)',
        field: 'age',
        code: 'xlsform-no-label',
        message: 'The integer "age" has no label, hint or media: write the text the interviewer reads out.',
      },
    ]);
  });

  it('refuses media pyxform refuses: a big-image without an image, an unknown media type', () => {
    expect(
      problems(
        formWith([
          q('text', 'a', { extra: { 'big-image': 'large.jpg' } }),
          q('text', 'b', { extra: { 'media::image-description': 'a car' } }),
        ]),
      ).map((p) => [p.row, p.column, p.code]),
    ).toEqual([
      [2, 'big-image', 'xlsform-big-image-alone'],
      [3, 'media::image-description', 'xlsform-unknown-media'],
    ]);
  });

  it('wants a calculation on calculate rows', () => {
    expect(problems(formWith([{ type: 'calculate', name: 'score' }]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'calculation',
        field: 'score',
        code: 'xlsform-no-calculation',
        message: 'The calculate field "score" has no calculation.',
      },
    ]);
  });

  it('checks literal defaults against the question; a select takes any default, as in pyxform', () => {
    expect(
      problems(
        formWith([
          q('integer', 'n', { default: 'three' }),
          q('select_one', 's', { listName: 'yes_no', default: 'maybe' }),
          q('date', 'd', { default: 'today()' }),
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'default',
        field: 'n',
        code: 'xlsform-default-format',
        message: 'The default "three" does not fit this integer question: Enter a whole number, for example 42.',
      },
    ]);
  });
});

describe('expressions', () => {
  it('gives the position of what cannot be read', () => {
    expect(problems(formWith([q('integer', 'age', { relevant: '${age} > )' })]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'relevant',
        field: 'age',
        code: 'expression-unreadable',
        message: 'Cannot read this expression: unexpected ")" at position 9 in "${age} > )".',
      },
    ]);
  });

  it('checks every expression column', () => {
    const bad = 'if(';
    const found = problems(
      formWith([
        q('integer', 'a', { relevant: bad, constraint: bad, requiredIf: bad, readOnlyIf: bad, default: `${bad}\${a}` }),
        { type: 'calculate', name: 'c', calculation: bad },
        q('select_one', 's', { listName: 'yes_no', choiceFilter: bad }),
        { type: 'begin_repeat', name: 'r', repeatCount: '${a} +' },
        { type: 'end_repeat', name: '' },
      ]),
    );
    expect(found.map((p) => p.column)).toEqual([
      'relevant',
      'constraint',
      'required',
      'read_only',
      'default',
      'calculation',
      'choice_filter',
      'repeat_count',
    ]);
  });

  it('names a reference to a question that does not exist, and the likely one', () => {
    expect(problems(formWith([q('integer', 'age'), q('text', 'job', { relevant: '${agee} > 16 and ${salary} > 0' })]))).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'relevant',
        field: 'job',
        code: 'expression-unknown-reference',
        message: '${agee} (position 0 in "${agee} > 16 and ${salary} > 0") is not a question in this form. Did you mean ${age}?',
      },
      {
        sheet: 'survey',
        row: 3,
        column: 'relevant',
        field: 'job',
        code: 'expression-unknown-reference',
        message: '${salary} (position 17 in "${agee} > 16 and ${salary} > 0") is not a question in this form.',
      },
    ]);
  });

  it('explains that a bare name is not a reference outside choice filters', () => {
    expect(problems(formWith([q('integer', 'age'), q('text', 'job', { relevant: 'age > 16' })]))).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'relevant',
        field: 'job',
        code: 'expression-bare-name',
        message: '"age" (position 0 in "age > 16") is a bare name; to use the answer to a question write ${age}.',
      },
    ]);
  });

  it('reads a bare name in a choice filter as XPath does (a column, else empty), as pyxform accepts', () => {
    // pyxform's or_other.xlsx filters with `pastel=yes`; onadata's tutorial names a column its choices sheet lacks.
    const districts: ChoiceList = { name: 'district', choices: [{ name: 'medeu', label: { en: 'Medeu' }, extra: { region: 'almaty' } }] };
    expect(
      problems(
        formWith(
          [q('text', 'region'), q('select_one', 'district', { listName: 'district', choiceFilter: 'region = ${region} and pastel = yes' })],
          { choiceLists: [districts] },
        ),
      ),
    ).toEqual([]);
  });

  it('reads bare false and null as XPath does (empty, so false) outside choice filters', () => {
    expect(problems(formWith([q('text', 'a', { relevant: 'false' }), q('text', 'b', { relevant: "null != ''" })]))).toEqual([]);
  });

  it('checks jr:choice-name() names a select question in quotes', () => {
    expect(
      problems(
        formWith([
          q('text', 'who'),
          { type: 'calculate', name: 'c1', calculation: 'jr:choice-name(${who}, ${who})' },
          { type: 'calculate', name: 'c2', calculation: "jr:choice-name(${who}, '${who}')" },
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'calculation',
        field: 'c1',
        code: 'expression-choice-name-quotes',
        message:
          'jr:choice-name() at position 0 in "jr:choice-name(${who}, ${who})" needs the question in quotes as its second argument, for example jr:choice-name(${region}, \'${region}\').',
      },
      {
        sheet: 'survey',
        row: 4,
        column: 'calculation',
        field: 'c2',
        code: 'expression-choice-name-not-select',
        message: 'jr:choice-name() at position 0 in "jr:choice-name(${who}, \'${who}\')": "${who}" is not a select question of this form.',
      },
    ]);
  });

  it('checks regex() patterns written in the form', () => {
    expect(problems(formWith([q('text', 'phone', { constraint: "regex(., '[0-9')" })]))).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'constraint',
        field: 'phone',
        code: 'regex-invalid',
        message: 'The pattern "[0-9" of regex() (position 0 in "regex(., \'[0-9\')") is not a valid regular expression.',
      },
    ]);
  });
});

describe('circular references', () => {
  it('names the circle of calculations: a → b → a', () => {
    expect(
      problems(
        formWith([
          { type: 'calculate', name: 'a', calculation: '${b} + 1' },
          { type: 'calculate', name: 'b', calculation: '${a} * 2' },
        ]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'calculation',
        field: 'a',
        code: 'form-circular-reference',
        message:
          'Circular reference: a → b → a (the calculation of a uses ${b}; the calculation of b uses ${a}). Each of these needs the others first, so none can be worked out; break the circle.',
      },
    ]);
  });

  it('finds a question whose relevance depends on itself', () => {
    expect(problems(formWith([q('text', 'x', { relevant: "${x} = ''" })]))[0].message).toBe(
      'Circular reference: x → x (the relevant of x uses ${x}). Each of these needs the others first, so none can be worked out; break the circle.',
    );
  });

  it('finds a group whose relevance depends on a question inside it', () => {
    expect(
      problems(
        formWith([{ type: 'begin_group', name: 'g', relevant: "${inner} = 'yes'" }, q('text', 'inner'), { type: 'end_group', name: '' }]),
      ),
    ).toEqual([
      {
        sheet: 'survey',
        row: 2,
        column: 'relevant',
        field: 'g',
        code: 'form-circular-reference',
        message:
          'Circular reference: g → inner → g (the relevant of g uses ${inner}; inner is inside g). Each of these needs the others first, so none can be worked out; break the circle.',
      },
    ]);
  });

  it('lets a constraint read other questions freely, and knows what to check again', () => {
    const form = formWith([q('integer', 'a', { constraint: '. < ${b}' }), q('integer', 'b', { constraint: '. > ${a}' })]);
    expect(problems(form)).toEqual([]);
    const graph = buildDependencyGraph(form);
    expect(graph.dependencies.a).toEqual([{ on: 'b', reason: 'constraint' }]);
    expect(graph.dependents.a).toEqual(['b']);
    expect(graph.cycles).toEqual([]);
  });

  it('orders the dependency graph so every field comes after what it needs', () => {
    const graph = buildDependencyGraph(
      formWith([
        { type: 'calculate', name: 'total', calculation: '${a} + ${b}' },
        q('integer', 'a', { relevant: '${b} > 0' }),
        q('integer', 'b'),
      ]),
    );
    expect(graph.order).toEqual(['b', 'a', 'total']);
    expect(graph.dependencies.total).toEqual([
      { on: 'a', reason: 'calculation' },
      { on: 'b', reason: 'calculation' },
    ]);
    expect(graph.dependents.b).toEqual(['total', 'a']);
    expect(graph.cycles).toEqual([]);
  });
});

describe('choices and settings', () => {
  it('wants every choice named, once unless the settings allow duplicates; a label is optional as in pyxform', () => {
    const list: ChoiceList = {
      name: 'agree',
      choices: [
        { name: '1', label: { en: 'Agree' } },
        { name: '', label: { en: 'Nameless' } },
        { name: '1', label: {} },
      ],
    };
    const form = formWith([q('select_one', 'x', { listName: 'agree' })], { choiceLists: [list] });
    expect(problems(form)).toEqual([
      {
        sheet: 'choices',
        row: 3,
        column: 'name',
        code: 'xlsform-choice-no-name',
        message: 'A choice of list "agree" has no name; give it the code to store, such as 1 or yes.',
      },
      {
        sheet: 'choices',
        row: 4,
        column: 'name',
        code: 'xlsform-duplicate-choice',
        message:
          'The choice "1" appears twice in list "agree" (first in row 2); give each choice its own name, or set allow_choice_duplicates to yes on the settings sheet.',
      },
    ]);
    expect(problems({ ...form, settingsExtra: { allow_choice_duplicates: 'yes' } }).map((p) => p.row)).toEqual([3]);
  });

  it('wants a form_id and a default language the form has', () => {
    expect(problems(formWith([q('text', 'a')], { formId: '', defaultLanguage: 'kk' }))).toEqual([
      {
        sheet: 'settings',
        row: 2,
        column: 'form_id',
        code: 'xlsform-no-form-id',
        message: 'The form has no form_id; give it a short identifier such as tolerance_2024.',
      },
      {
        sheet: 'settings',
        row: 2,
        column: 'default_language',
        code: 'xlsform-default-language-unknown',
        message: 'The default language "kk" is not one of the form\'s languages (en).',
      },
    ]);
  });

  it('keeps the plain label column as the default language', () => {
    expect(
      problems(
        formWith([q('text', 'a')], {
          languages: [
            { code: 'default', name: '' },
            { code: 'en', name: 'English' },
          ],
        }),
      ),
    ).toEqual([
      {
        sheet: 'settings',
        row: 2,
        column: 'default_language',
        code: 'xlsform-unnamed-label-not-default',
        message:
          'The plain label column has no language of its own, so it must be the default language; name its language (label::English (en)) or make it the default.',
      },
    ]);
  });

  it('names the file and the workbook rows when given them', () => {
    const form = formWith([q('integer', 'age'), q('integer', 'age')]);
    expect(placedWords(checkForm(form, { file: 'tolerance.xlsx', surveyRows: [5, 9] }))).toEqual([
      {
        file: 'tolerance.xlsx',
        sheet: 'survey',
        row: 9,
        column: 'name',
        field: 'age',
        code: 'xlsform-name-taken',
        message: 'The name "age" is already used in row 5; every question, group and repeat needs its own name.',
      },
    ]);
  });
});
