import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition, GroupNode } from '../../../src/form';
import {
  choiceLabel,
  choicesOf,
  countQuestions,
  findChoice,
  findField,
  isCategorical,
  labelIn,
  missingCodes,
  numericChoiceValues,
  readXlsForm,
  repeatFields,
  storedFields,
  surveyTree,
} from '../../../src/form';
import { everyTypeWorkbook } from '../../fixtures/form/every-type';
import { buildWorkbook } from '../../fixtures/form/workbook';

let form: FormDefinition;

beforeAll(async () => {
  form = await readXlsForm(await buildWorkbook(everyTypeWorkbook), 'every-type.xlsx');
});

describe('the form model of a trilingual questionnaire', () => {
  it('knows its settings and its languages by code, Kazakh first as the default', () => {
    expect(form.formId).toBe('tolerance_mini');
    expect(form.title).toBe('Көршілер арасындағы төзімділік');
    expect(form.version).toBe('2024052101');
    expect(form.defaultLanguage).toBe('kk');
    expect(form.languages).toEqual([
      { code: 'kk', name: 'Kazakh' },
      { code: 'ru', name: 'Russian' },
      { code: 'en', name: 'English' },
    ]);
    expect(form.settingsExtra).toEqual({ instance_name: "concat(${region}, '-', ${age})", style: 'pages' });
  });

  it('gives labels per language, falling back to the default language', () => {
    const age = findField(form, 'age')!;
    expect(labelIn(form, age.label, 'ru')).toBe('Ваш возраст');
    expect(labelIn(form, age.label)).toBe('Жасыңыз');
    expect(labelIn(form, age.label, 'de')).toBe('Жасыңыз');
    expect(age.requiredMessage).toEqual({ kk: 'Жасын жазыңыз.', en: 'Write the age.' });
    expect(age.constraintMessage?.ru).toBe('Возраст должен быть от 18 до 100 лет.');
  });

  it('keeps every survey row in order, group and repeat markers included', () => {
    expect(form.survey.map((row) => row.type)).toEqual([
      'start',
      'end',
      'today',
      'deviceid',
      'username',
      'note',
      'acknowledge',
      'begin_group',
      'select_one',
      'select_one',
      'text',
      'select_one',
      'integer',
      'date',
      'calculate',
      'select_one',
      'select_multiple',
      'select_one',
      'decimal',
      'time',
      'dateTime',
      'geopoint',
      'end_group',
      'begin_group',
      'select_one',
      'select_one',
      'select_one',
      'end_group',
      'calculate',
      'rank',
      'integer',
      'begin_repeat',
      'text',
      'integer',
      'select_one',
      'end_repeat',
      'calculate',
      'calculate',
      'text',
      'integer',
    ]);
    // 40 rows, 6 of them group/repeat markers.
    expect(countQuestions(form)).toBe(34);
  });

  it('reads every per-question column', () => {
    expect(findField(form, 'district')).toMatchObject({ listName: 'district', choiceFilter: 'region = ${region}' });
    expect(findField(form, 'ethnicity')).toMatchObject({ listName: 'ethnicity', orOther: true });
    expect(findField(form, 'tol_2')).toMatchObject({ scale: 'tolerance', reverse: true });
    expect(findField(form, 'tol_1')).toMatchObject({ scale: 'tolerance' });
    expect(findField(form, 'tol_1')!.reverse).toBeUndefined();
    expect(findField(form, 'household_size')).toMatchObject({ default: '3', constraint: '. > 0' });
    expect(findField(form, 'members')).toMatchObject({ type: 'begin_repeat', repeatCount: '${household_size}' });
    expect(findField(form, 'location')).toMatchObject({ parameters: 'capture-accuracy=10' });
    expect(findField(form, 'attitudes')).toMatchObject({ appearance: 'table-list' });
    expect(findField(form, 'supervisor_note')).toMatchObject({ readOnly: true, default: 'n/a' });
    expect(findField(form, 'years_in_settlement')).toMatchObject({ requiredIf: '${age} > 60', readOnlyIf: "${settlement} = 'unknown'" });
    expect(findField(form, 'settlement')).toMatchObject({
      hint: { en: 'Village or town' },
      extra: { 'guidance_hint::English (en)': 'As the respondent names it' },
    });
    expect(findField(form, 'intro')!.extra).toEqual({ 'media::image::English (en)': 'intro.png' });
  });

  it('nests groups and repeats for the interview', () => {
    const tree = surveyTree(form);
    const respondent = tree.find((node) => node.row.name === 'respondent') as GroupNode;
    expect(respondent.kind).toBe('group');
    expect(respondent.children.map((child) => child.row.name)).toEqual([
      'region',
      'district',
      'settlement',
      'settlement_type',
      'age',
      'birth_date',
      'age_from_birth',
      'gender',
      'languages',
      'ethnicity',
      'income',
      'interview_time',
      'appointment',
      'location',
    ]);
    expect(form.survey[respondent.endIndex!].type).toBe('end_group');
    const members = tree.find((node) => node.row.name === 'members') as GroupNode;
    expect(members.kind).toBe('repeat');
    expect(members.children.map((child) => child.row.name)).toEqual(['member_name', 'member_age', 'member_gender']);
  });

  it('stores answers of questions, calculations and metadata, not notes or groups; a repeat as one field', () => {
    expect(storedFields(form)).toEqual([
      'started',
      'ended',
      'interview_date',
      'device',
      'interviewer',
      'consent',
      'region',
      'district',
      'settlement',
      'settlement_type',
      'age',
      'birth_date',
      'age_from_birth',
      'gender',
      'languages',
      'ethnicity',
      'ethnicity_other',
      'income',
      'interview_time',
      'appointment',
      'location',
      'tol_1',
      'tol_2',
      'tol_3',
      'tolerance_score',
      'trust_rank',
      'household_size',
      'members',
      'members_age_total',
      'region_label',
      'supervisor_note',
      'years_in_settlement',
    ]);
    expect(repeatFields(form, 'members')).toEqual(['member_name', 'member_age', 'member_gender']);
  });

  it('looks up choices, missing codes and Likert values', () => {
    const tol1 = findField(form, 'tol_1')!;
    expect(choicesOf(form, tol1).map((c) => c.name)).toEqual(['1', '2', '3', '4', '5', '98', '99']);
    expect(missingCodes(form, tol1)).toEqual(['98', '99']);
    expect(numericChoiceValues(form, tol1)).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 });
    expect(numericChoiceValues(form, findField(form, 'gender')!)).toBeUndefined();
    expect(numericChoiceValues(form, findField(form, 'languages')!)).toBeUndefined();
    expect(missingCodes(form, findField(form, 'ethnicity')!)).toEqual(['refused']);
    expect(findChoice(form, findField(form, 'district')!, 'esil')?.extra).toEqual({ region: 'astana' });
    expect(choiceLabel(form, findField(form, 'region')!, 'astana', 'ru')).toBe('город Астана');
    expect(choiceLabel(form, findField(form, 'region')!, 'nowhere')).toBe('');
  });

  it('calls single and multiple choices categorical, and nothing else', () => {
    const categorical = form.survey.filter(isCategorical).map((row) => row.name);
    expect(categorical).toEqual([
      'region',
      'district',
      'settlement_type',
      'gender',
      'languages',
      'ethnicity',
      'tol_1',
      'tol_2',
      'tol_3',
      'member_gender',
    ]);
  });

  it('survives JSON storage unchanged', () => {
    const stored = JSON.parse(JSON.stringify(form));
    expect(stored).toStrictEqual(form);
  });
});
