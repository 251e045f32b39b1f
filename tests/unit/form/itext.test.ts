/**
 * jr:itext(id): ODK's text of an itext id in the current language. The ids are those pyxform
 * writes into the XForm's <itext> block (pyxform 4.5, survey.py): a question's label and hint as
 * `/data/q:label` and `/data/q:hint` (with its groups in the path), a choice as `list-0` (its
 * 0-based place in the list; the same id is the `itextId` column of the list's secondary
 * instance), and, in older pyxform, a choice of a select as `/data/q/choice:label`. The example
 * XForm of the ODK language test (`<label ref="jr:itext('/data/a:label')"/>` → "english" or
 * "عربى") and web-forms' socio-economic survey (`jr:itext(instance('seclass')/root/item[name =
 * ${householdIncome}]/itextId)`) give the shapes checked here.
 */
import { describe, expect, it } from 'vitest';
import { KelisimError } from '../../../src/common/errors';
import type { FormDefinition } from '../../../src/form';
import { compileForm, evaluateFormState, evaluateText, parseExpression, readXlsForm } from '../../../src/form';
import { itextIn, itextTarget } from '../../../src/form/itext';
import { buildWorkbook } from '../../fixtures/form/workbook';

const form: FormDefinition = {
  formId: 'itext',
  title: 'itext',
  version: '1',
  defaultLanguage: 'en',
  languages: [
    { code: 'en', name: 'English' },
    { code: 'ar', name: 'عربى' },
    { code: 'kk', name: 'Kazakh' },
  ],
  survey: [
    { type: 'text', name: 'a', label: { en: 'english', ar: 'عربى' } },
    { type: 'begin_group', name: 'household', label: { en: 'Household' } },
    {
      type: 'select_one',
      name: 'income',
      listName: 'seclass',
      label: { en: 'Income', kk: 'Табыс' },
      hint: { en: 'Per month', kk: 'Айына' },
    },
    { type: 'end_group', name: '' },
    { type: 'calculate', name: 'income_label', calculation: "jr:itext(instance('seclass')/root/item[name = ${income}]/itextId)" },
  ],
  choiceLists: [
    {
      name: 'seclass',
      choices: [
        { name: 'low', label: { en: 'Low', kk: 'Төмен' } },
        { name: 'middle', label: { en: 'Middle', kk: 'Орташа' } },
        { name: 'high', label: { en: 'High', kk: 'Жоғары' } },
      ],
    },
  ],
};

const text = (expression: string, language?: string, values: Record<string, string> = {}) =>
  evaluateText(parseExpression(expression), { form, language, values });

describe('jr:itext(id)', () => {
  it("gives a question's label in the language of the interview (ODK's language test)", () => {
    expect(text("jr:itext('/data/a:label')")).toBe('english');
    expect(text("jr:itext('/data/a:label')", 'ar')).toBe('عربى');
    // A language the question has no text in falls back to the default language, as labels do.
    expect(text("jr:itext('/data/a:label')", 'kk')).toBe('english');
  });

  it('reads labels and hints of questions inside groups by their path', () => {
    expect(text("jr:itext('/data/household/income:label')", 'kk')).toBe('Табыс');
    expect(text("jr:itext('/itext/household/income:hint')", 'kk')).toBe('Айына');
    expect(text("jr:itext('/data/household/income:hint')")).toBe('Per month');
  });

  it('gives a choice label from its list and 0-based place (list-N), and from the older /data/q/choice path', () => {
    expect(text("jr:itext('seclass-0')")).toBe('Low');
    expect(text("jr:itext('seclass-2')", 'kk')).toBe('Жоғары');
    expect(text("jr:itext('/data/household/income/middle:label')", 'kk')).toBe('Орташа');
  });

  it("follows a lookup of the list's itextId column, as web-forms' socio-economic survey does", () => {
    const expression = "jr:itext(instance('seclass')/root/item[name = ${income}]/itextId)";
    expect(text(expression, 'kk', { income: 'middle' })).toBe('Орташа');
    expect(text(expression, 'en', { income: 'high' })).toBe('High');
    expect(text(expression, 'en', { income: '' })).toBe('');
  });

  it('is empty for an id that names nothing (computed ids are judged while interviewing)', () => {
    expect(text("jr:itext('seclass-3')")).toBe('');
    expect(text("jr:itext('/data/nowhere:label')")).toBe('');
    expect(itextIn(form, 'nonsense')).toBe('');
    expect(itextTarget(form, 'seclass-1')).toEqual({ kind: 'choice', choice: form.choiceLists[0].choices[1] });
  });

  it('works in a running interview, in its language', () => {
    const compiled = compileForm(form);
    const state = evaluateFormState(compiled, { income: 'low' }, { language: 'kk' });
    expect(state.values.income_label).toBe('Төмен');
  });
});

describe('importing a workbook that uses jr:itext', () => {
  const sheets = (calculation: string) => [
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label::English (en)', 'label::Russian (ru)', 'calculation'],
        ['select_one seclass', 'income', 'Income', 'Доход', ''],
        ['calculate', 'income_label', '', '', calculation],
      ],
    },
    {
      name: 'choices',
      rows: [
        ['list_name', 'name', 'label::English (en)', 'label::Russian (ru)'],
        ['seclass', 'low', 'Low', 'Низкий'],
        ['seclass', 'high', 'High', 'Высокий'],
      ],
    },
  ];

  it('accepts known ids and lookups', async () => {
    const imported = await readXlsForm(
      await buildWorkbook(sheets("concat(jr:itext('seclass-1'), jr:itext('/data/income:label'))")),
      'form.xlsx',
    );
    expect(evaluateText(parseExpression(imported.survey[1].calculation!), { form: imported, language: 'ru' })).toBe('ВысокийДоход');
  });

  it('refuses a literal id that names nothing, with a coded problem at its cell', async () => {
    const error = await readXlsForm(await buildWorkbook(sheets("jr:itext('seclass-5')")), 'form.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KelisimError);
    expect((error as KelisimError).problems.map(({ sheet, row, column, code, params }) => ({ sheet, row, column, code, params }))).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'calculation',
        code: 'xlsform-itext-unknown',
        params: { id: 'seclass-5', text: "jr:itext('seclass-5')" },
      },
    ]);
  });
});
