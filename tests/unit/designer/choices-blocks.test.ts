/**
 * Choice lists, languages and the ready-made blocks: a lead marks "don't know" as a missing code,
 * shares one list between Likert items, adds a language, and inserts a Bogardus block in one step.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form/model';
import { checkForm, compileForm, numericChoiceValues, readXlsForm, surveyTree } from '../../../src/form';
import {
  addChoice,
  addLanguage,
  addQuestion,
  BOGARDUS_PEOPLES,
  choiceNameProblem,
  copyChoiceListFor,
  deleteChoice,
  emptyForm,
  askedRegardless,
  indexOfName,
  insertBogardusBlock,
  insertLikertGroup,
  languageFor,
  listUsers,
  moveChoice,
  previewableForm,
  problemTarget,
  removeLanguage,
  renameLanguage,
  setChoiceLabel,
  setQuestionType,
  setRowText,
  updateChoice,
  useChoiceList,
} from '../../../src/form/edit';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';

const names = (form: FormDefinition, list: string) => form.choiceLists.find((l) => l.name === list)!.choices.map((c) => c.name);
const trilingual = () => emptyForm({ formId: 'study', title: 'Study', languages: ['kk', 'ru', 'en'] });
const bundledSurvey = async () => readXlsForm(fs.readFileSync(BUNDLED_SURVEY()), 'tolerance-kz.xlsx');

describe('choices', () => {
  function trustQuestion(): FormDefinition {
    let form = addQuestion(trilingual(), 0, 'select_one').form;
    for (let i = 0; i < 4; i++) form = addChoice(form, 'q1').form;
    form = addChoice(form, 'q1', { name: '8', missing: true }).form;
    return form;
  }

  it('numbers new choices after the substantive codes and keeps missing codes last', () => {
    let form = trustQuestion();
    expect(names(form, 'q1')).toEqual(['1', '2', '3', '4', '8']);
    const added = addChoice(form, 'q1');
    form = added.form;
    expect(added.index).toBe(4);
    expect(names(form, 'q1')).toEqual(['1', '2', '3', '4', '5', '8']);
    form = addChoice(form, 'q1', { name: '9', missing: true }).form;
    expect(names(form, 'q1')).toEqual(['1', '2', '3', '4', '5', '8', '9']);
    // Analysis leaves missing codes out of the numbers a mean is taken of.
    expect(numericChoiceValues(form, form.survey[0])).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 });
  });

  it('marks and unmarks a missing code, reorders and deletes choices', () => {
    let form = trustQuestion();
    form = updateChoice(form, 'q1', 3, { missing: true });
    expect(form.choiceLists[0].choices[3]).toEqual({ name: '4', label: {}, missing: true });
    form = updateChoice(form, 'q1', 3, { missing: false });
    expect(form.choiceLists[0].choices[3]).toEqual({ name: '4', label: {} });
    form = moveChoice(form, 'q1', 0, 3);
    expect(names(form, 'q1')).toEqual(['2', '3', '4', '1', '8']);
    expect(moveChoice(form, 'q1', 0, 9)).toBe(form);
    form = deleteChoice(form, 'q1', 0);
    expect(names(form, 'q1')).toEqual(['3', '4', '1', '8']);
  });

  it('checks choice names: given, without spaces (select_multiple separates answers by spaces), unique in the list', () => {
    const form = trustQuestion();
    expect(choiceNameProblem(form, 'q1', 0, '')).toBe('empty');
    expect(choiceNameProblem(form, 'q1', 0, 'no answer')).toBe('space');
    expect(choiceNameProblem(form, 'q1', 0, '2')).toBe('taken');
    expect(choiceNameProblem(form, 'q1', 0, '1')).toBeUndefined();
  });

  it('shares a list between questions, and gives one of them a copy of its own', () => {
    let form = trustQuestion();
    form = setChoiceLabel(form, 'q1', 0, 'ru', 'Совсем не доверяю');
    form = addQuestion(form, 1, 'select_one').form;
    expect(form.choiceLists.map((l) => l.name)).toEqual(['q1', 'q2']);
    form = useChoiceList(form, 1, 'q1');
    // q2's own list was empty and is used by nothing now: it goes.
    expect(form.choiceLists.map((l) => l.name)).toEqual(['q1']);
    expect(listUsers(form, 'q1')).toEqual([0, 1]);
    form = copyChoiceListFor(form, 1);
    expect(form.survey[1].listName).toBe('q2');
    expect(form.choiceLists[1].choices).toEqual(form.choiceLists[0].choices);
    form = setChoiceLabel(form, 'q2', 0, 'ru', 'Не доверяю');
    expect(form.choiceLists[0].choices[0].label.ru).toBe('Совсем не доверяю');
  });

  it('keeps a list another question still uses when a select becomes a text question', () => {
    let form = trustQuestion();
    form = addQuestion(form, 1, 'text').form;
    form = useChoiceList(setQuestionType(form, 1, 'select_multiple'), 1, 'q1');
    expect(form.choiceLists.map((l) => l.name)).toEqual(['q1']);
    form = setQuestionType(form, 1, 'text');
    expect(form.survey[1]).toEqual({ type: 'text', name: 'q2' });
    expect(form.choiceLists.map((l) => l.name)).toEqual(['q1']);
    // An empty list nobody uses any more is dropped with the type change.
    const lone = setQuestionType(addQuestion(trilingual(), 0, 'select_one').form, 0, 'integer');
    expect(lone.choiceLists).toEqual([]);
  });
});

describe('languages', () => {
  it('adds a language, and removes one with all its texts', () => {
    let form = addQuestion(trilingual(), 0, 'select_one').form;
    form = addChoice(form, 'q1').form;
    for (const language of ['kk', 'ru', 'en']) {
      form = setRowText(form, 0, 'label', language, `label ${language}`);
      form = setChoiceLabel(form, 'q1', 0, language, `choice ${language}`);
    }
    form = addLanguage(form, languageFor('uz'));
    expect(form.languages.map((l) => l.code)).toEqual(['kk', 'ru', 'en', 'uz']);
    form = removeLanguage(form, 'kk');
    expect(form.languages).toEqual([
      { code: 'ru', name: 'Russian' },
      { code: 'en', name: 'English' },
      { code: 'uz', name: '' },
    ]);
    expect(form.defaultLanguage).toBe('ru');
    expect(form.survey[0].label).toEqual({ ru: 'label ru', en: 'label en' });
    expect(form.choiceLists[0].choices[0].label).toEqual({ ru: 'choice ru', en: 'choice en' });
  });

  it('does not remove the last language', () => {
    const form = emptyForm({ formId: 'one', title: 'One', languages: ['kk'] });
    expect(removeLanguage(form, 'kk')).toBe(form);
  });

  it('turns a plain label column into a named language, texts and default following', () => {
    let form: FormDefinition = {
      ...emptyForm({ formId: 'plain', title: 'Plain', languages: [] }),
      languages: [{ code: 'default', name: '' }],
      defaultLanguage: 'default',
    };
    form = setRowText(addQuestion(form, 0, 'text').form, 0, 'label', 'default', 'Атыңыз?');
    form = renameLanguage(form, 'default', languageFor('kk'));
    expect(form.languages).toEqual([{ code: 'kk', name: 'Kazakh' }]);
    expect(form.defaultLanguage).toBe('kk');
    expect(form.survey[0].label).toEqual({ kk: 'Атыңыз?' });
  });
});

describe('the Bogardus social-distance block', () => {
  it('inserts in one step the seven steps, missing codes and the scale, ready to publish', () => {
    const peoples = BOGARDUS_PEOPLES.filter((p) => ['russian', 'uzbek', 'uyghur'].includes(p.key));
    const inserted = insertBogardusBlock(trilingual(), 0, peoples);
    const form = inserted.form;
    expect(inserted.index).toBe(0);
    expect(form.survey.map((row) => `${row.type} ${row.name}`.trim())).toEqual([
      'begin_group social_distance',
      'note sd_intro',
      'select_one sd_russian',
      'select_one sd_uzbek',
      'select_one sd_uyghur',
      'end_group',
    ]);
    const list = form.choiceLists[0];
    expect(list.name).toBe('social_distance');
    expect(list.choices.map((c) => [c.name, c.missing ?? false])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', false],
      ['5', false],
      ['6', false],
      ['7', false],
      ['8', true],
      ['9', true],
    ]);
    // Bogardus's first and last steps (1925): close kinship by marriage … would exclude from my country.
    expect(list.choices[0].label.en).toBe('As a close relative by marriage (e.g. a son-in-law or daughter-in-law)');
    expect(list.choices[6].label).toEqual({
      kk: 'Еліме кіргізбес едім',
      ru: 'Не пустил(а) бы в свою страну',
      en: 'Would exclude from my country',
    });
    expect(form.survey[2]).toMatchObject({
      listName: 'social_distance',
      scale: 'social_distance',
      required: true,
      appearance: 'minimal',
      label: { kk: 'Орыстар', ru: 'Русские', en: 'Russians' },
    });
    // The analysis reads the steps 1–7 as distances and leaves 8 and 9 out.
    expect(numericChoiceValues(form, form.survey[2])).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7 });
    expect(checkForm(form)).toEqual([]);
  });

  it("reuses the bundled survey's identical list and takes new names beside its own block", async () => {
    const survey = await bundledSurvey();
    const inserted = insertBogardusBlock(survey, survey.survey.length, BOGARDUS_PEOPLES.slice(0, 2));
    expect(inserted.form.choiceLists).toHaveLength(survey.choiceLists.length);
    expect(inserted.form.survey.slice(inserted.index).map((row) => row.name)).toEqual([
      'social_distance_2',
      'sd_intro_2',
      'sd_kazakh_2',
      'sd_russian_2',
      '',
    ]);
    expect(inserted.form.survey[inserted.index + 2].scale).toBe('social_distance_2');
    expect(checkForm(inserted.form)).toEqual([]);
  });

  it("writes only the form's languages", () => {
    const russianOnly = emptyForm({ formId: 'ru', title: 'ru', languages: ['ru'] });
    const form = insertBogardusBlock(russianOnly, 0, BOGARDUS_PEOPLES.slice(0, 1)).form;
    expect(form.survey[2].label).toEqual({ ru: 'Казахи' });
    expect(form.choiceLists[0].choices[7].label).toEqual({ ru: 'Затрудняюсь ответить' });
  });
});

describe('the Likert group', () => {
  it('is a table-list grid of items on one five-point list, in one scale, waiting for its statements', () => {
    let form = insertLikertGroup(trilingual(), 0, { name: 'tolerance', statements: 3 }).form;
    const [group] = surveyTree(form);
    expect(group).toMatchObject({ kind: 'group', row: { name: 'tolerance', appearance: 'table-list' } });
    expect(group.kind === 'group' && group.children.map((c) => c.row.name)).toEqual(['tolerance_1', 'tolerance_2', 'tolerance_3']);
    expect(form.survey[1]).toEqual({ type: 'select_one', name: 'tolerance_1', listName: 'agree5', required: true, scale: 'tolerance' });
    expect(names(form, 'agree5')).toEqual(['1', '2', '3', '4', '5', '8']);

    // Until the statements are written, publishing is refused once per statement, each at its row.
    const problems = checkForm(form);
    expect(problems.map((p) => [p.field, p.column])).toEqual([
      ['tolerance_1', 'label::Kazakh (kk)'],
      ['tolerance_2', 'label::Kazakh (kk)'],
      ['tolerance_3', 'label::Kazakh (kk)'],
    ]);
    expect(problems.map((p) => problemTarget(form, p))).toEqual([1, 2, 3].map((index) => ({ kind: 'row', index })));
    for (const index of [1, 2, 3]) form = setRowText(form, index, 'label', 'kk', `Пікір ${index}`);
    expect(checkForm(form)).toEqual([]);

    // A second group shares the same list rather than copying it.
    const second = insertLikertGroup(form, form.survey.length, { statements: 2 }).form;
    expect(second.choiceLists.map((l) => l.name)).toEqual(['agree5']);
    expect(second.survey[indexOfName(second.survey, 'scale1') + 1].name).toBe('scale1_1');
  });
});

describe('previewing a form still being written', () => {
  it('sets aside what the interview engine would refuse, and says what', () => {
    let form = addQuestion(trilingual(), 0, 'integer').form;
    form = setRowText(form, 0, 'label', 'kk', 'Жасыңыз?');
    form = addQuestion(form, 1, 'select_one').form;
    form = setRowText(form, 1, 'label', 'ru', 'Есть ли сосед?');
    form = addQuestion(form, 2, 'text').form;
    form = { ...form, survey: form.survey.map((row, i) => (i === 2 ? { ...row, relevant: '${q1} >' } : row)) };
    // q2 has no choices yet, q3 no label and a relevance half typed.
    expect(checkForm(form).length).toBe(3);
    const preview = previewableForm(form)!;
    expect(checkForm(preview.form)).toEqual([]);
    expect(compileForm(preview.form).byName.has('q3')).toBe(true);
    expect(preview.form.survey.map((row) => [row.type, row.label, row.relevant])).toEqual([
      ['integer', { kk: 'Жасыңыз?' }, undefined],
      ['note', { ru: 'Есть ли сосед?' }, undefined],
      ['text', { kk: '[q3]' }, undefined],
    ]);
    expect(preview.setAside).toEqual({ q2: ['type'], q3: ['relevant', 'label::Kazakh (kk)'] });
    // The form itself is untouched.
    expect(form.survey[2].relevant).toBe('${q1} >');
  });

  it('leaves a form without problems as it is', () => {
    const form = insertBogardusBlock(trilingual(), 0, BOGARDUS_PEOPLES.slice(0, 2)).form;
    expect(previewableForm(form)).toEqual({ form, setAside: {} });
  });
});

describe('previewing a question whatever the earlier answers', () => {
  it('sets aside the conditions of the question and its groups, and lists them', async () => {
    const survey = await bundledSurvey();
    const forced = askedRegardless(survey, 'age');
    // Age sits in the interview group, asked only after consent, and in the demographics group.
    expect(forced.conditions).toEqual(
      ['interview', 'demographics', 'age'].flatMap((name) => {
        const relevant = survey.survey[indexOfName(survey.survey, name)].relevant;
        return relevant ? [{ name, relevant }] : [];
      }),
    );
    expect(forced.conditions.length).toBeGreaterThan(0);
    for (const { name } of forced.conditions) expect(forced.form.survey[indexOfName(forced.form.survey, name)].relevant).toBeUndefined();
    // Everything else keeps its skip logic.
    const other = indexOfName(survey.survey, 'ethnicity_other');
    expect(forced.form.survey[other]).toBe(survey.survey[other]);
    expect(askedRegardless(survey, 'consent')).toEqual({ form: survey, conditions: [] });
  });
});
