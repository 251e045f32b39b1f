import { describe, expect, it } from 'vitest';
import { storedFields, type FormDefinition } from '../../../src/form';
import type { FormVersionRow } from '../../../src/store/forms';
import { exportLayout } from '../../../src/report/variables';
import { wordsIn } from '../../../src/common/messages/workbook';
import { fieldStudyV1, fieldStudyV2, LONG_CYRILLIC_NAME } from '../../fixtures/report/field-study';

const versionRow = (id: number, form: FormDefinition): FormVersionRow => ({
  id,
  formId: form.formId,
  version: form.version,
  definition: JSON.stringify(form),
  fields: storedFields(form),
  contentHash: String(id),
  publishedAt: id,
});
const layout = (language: 'kk' | 'ru' | 'en') =>
  exportLayout([versionRow(1, fieldStudyV1), versionRow(2, fieldStudyV2)], language, wordsIn(language));

describe('the variables of an export', () => {
  it('puts metadata first, then the newest version’s fields, then fields only older versions had', () => {
    const names = layout('en').variables.map((variable) => variable.name);
    expect(names.slice(0, 7)).toEqual(['uuid', 'form_version', 'interviewer_meta', 'device', 'started_at', 'finished_at', 'duration_min']);
    // The question "interviewer" keeps its name; the metadata column steps aside.
    expect(names.slice(7, 12)).toEqual(['start', 'end', 'interviewer', 'region', 'household_id']);
    expect(names.slice(-3)).toEqual([LONG_CYRILLIC_NAME, 'comment', 'old_question']);
    expect(names).toContain('next_visit');
    expect(new Set(names).size).toBe(names.length);
  });

  it('follows a multiple choice with one 0/1 column per option, named question__option', () => {
    const variables = layout('ru').variables;
    const at = variables.findIndex((variable) => variable.name === 'languages');
    expect(variables.slice(at, at + 4).map((v) => [v.name, v.kind, v.label])).toEqual([
      ['languages', 'multiple', 'Языки'],
      ['languages__kk', 'indicator', 'Языки: Казахский'],
      ['languages__ru', 'indicator', 'Языки: Русский'],
      ['languages__en', 'indicator', 'Языки: Английский'],
    ]);
    expect(variables[at + 1].valueLabels.map((value) => `${value.code}=${value.label}`)).toEqual(['1=выбран', '0=не выбран']);
  });

  it('tells numeric codes from text codes; codes with leading zeros stay text', () => {
    const kinds = Object.fromEntries(layout('en').variables.map((variable) => [variable.name, variable.kind]));
    expect(kinds).toMatchObject({
      tol_1: 'numericCode',
      distance: 'numericCode',
      region: 'textCode',
      school_grade: 'textCode',
      with: 'textCode',
      household_id: 'text',
      age: 'integer',
      income: 'decimal',
      visit_date: 'date',
      visit_clock: 'time',
      next_visit: 'dateTime',
      start: 'dateTime',
      started_at: 'dateTime',
      duration_min: 'minutes',
      ethnicity_other: 'text',
    });
  });

  it('labels choices of every version in the chosen language, marks missing codes, scales and reverse items', () => {
    const variables = new Map(layout('kk').variables.map((variable) => [variable.name, variable]));
    // "karaganda" only exists in version 1, "abai" only in version 2: both keep their labels.
    expect(variables.get('region')!.valueLabels.map((value) => value.label)).toEqual([
      'Алматы қаласы',
      'Түркістан облысы',
      'Абай облысы',
      'Қарағанды облысы',
    ]);
    expect(
      variables
        .get('distance')!
        .valueLabels.filter((value) => value.missing)
        .map((value) => value.code),
    ).toEqual(['96', '97', '98', '99']);
    expect(variables.get('tol_2')).toMatchObject({ scale: 'tolerance', reverse: true, label: 'Бөлек тұрған дұрыс.' });
    expect(variables.get('ethnicity_other')!.label).toBe('Ұлты: Басқа');
    expect(variables.get('next_visit')!.onlyInVersions).toEqual(['2025020101']);
    expect(variables.get('old_question')!.onlyInVersions).toEqual(['2025010101']);
    expect(variables.get('region')!.onlyInVersions).toBeUndefined();
  });

  it('gives every variable an SPSS name, changed only where SPSS refuses the original', () => {
    const renamed = layout('en')
      .variables.filter((v) => v.spssName !== v.name)
      .map((v) => [v.name, v.spssName]);
    expect(renamed).toEqual([
      ['with', 'with_'],
      ['sub-district', 'sub_district'],
      [LONG_CYRILLIC_NAME, 'очень_длинное_имя_переменной_на_ру'],
    ]);
  });
});
