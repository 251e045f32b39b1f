/**
 * The lead compares two versions of one interview: questions and answers must read in the
 * interface language, with the differing answers flagged exactly where the core found them.
 */
import { describe, expect, it } from 'vitest';
import { sideBySide, displayAnswer } from '../../../renderer/src/screens/merge/conflict-view';
import type { FormDefinition } from '../../../src/form/model';
import type { PackageConflict, PackageResponse } from '../../../src/api/spec';

const form: FormDefinition = {
  formId: 'pilot',
  title: 'Pilot',
  version: '1',
  defaultLanguage: 'kk',
  languages: [
    { code: 'kk', name: 'Қазақша' },
    { code: 'ru', name: 'Русский' },
  ],
  survey: [
    { type: 'end', name: 'end' },
    { type: 'integer', name: 'age', label: { kk: 'Жасыңыз', ru: 'Возраст' } },
    { type: 'select_one', name: 'trust', listName: 'agree', label: { kk: 'Сенім', ru: 'Доверие' } },
    { type: 'select_multiple', name: 'languages', listName: 'langs', label: { kk: 'Тілдер' } },
  ],
  choiceLists: [
    {
      name: 'agree',
      choices: [
        { name: '1', label: { kk: 'Мүлдем келіспеймін', ru: 'Совершенно не согласен' } },
        { name: '5', label: { kk: 'Толығымен келісемін', ru: 'Полностью согласен' } },
      ],
    },
    {
      name: 'langs',
      choices: [
        { name: 'kk', label: { kk: 'Қазақ тілі', ru: 'Казахский' } },
        { name: 'ru', label: { kk: 'Орыс тілі', ru: 'Русский' } },
      ],
    },
  ],
};

function side(answers: Record<string, string>, revision: number): PackageResponse {
  return {
    uuid: 'u-1',
    formId: 'pilot',
    version: '1',
    status: 'final',
    interviewer: 'Айгүл',
    deviceId: 'dev-a',
    language: 'kk',
    startedAt: 0,
    finishedAt: 10,
    updatedAt: 10,
    revision,
    position: null,
    answers,
  };
}

const conflict: PackageConflict = {
  id: 1,
  uuid: 'u-1',
  formId: 'pilot',
  detectedAt: 20,
  package: { file: '/field/second.kelisim', deviceId: 'dev-a', createdAt: 15, importedAt: 20 },
  current: side({ end: 'e1', age: '40', trust: '1', languages: 'kk ru' }, 2),
  incoming: side({ end: 'e2', age: '40', trust: '5', languages: 'kk ru' }, 2),
  winner: 'current',
  inDatabase: 'current',
  // As the core lists them: in the order of the version's fields.
  differences: [
    { field: 'end', current: 'e1', incoming: 'e2' },
    { field: 'trust', current: '1', incoming: '5' },
  ],
  metadataDifferences: [],
  files: { current: [], incoming: [] },
};

const metadataLabel = (type: string) => `[${type}]`;

describe('a conflict side by side', () => {
  it('shows only the differing answers by default, labeled in the interface language', () => {
    expect(sideBySide(conflict, { current: form, incoming: form }, 'ru', false, metadataLabel)).toEqual([
      { field: 'end', label: '[end]', current: 'e1', incoming: 'e2', differs: true },
      { field: 'trust', label: 'Доверие', current: 'Совершенно не согласен', incoming: 'Полностью согласен', differs: true },
    ]);
  });

  it('shows every answered question in form order on demand, the same ones still flagged', () => {
    const rows = sideBySide(conflict, { current: form, incoming: form }, 'kk', true, metadataLabel);
    expect(rows.map((row) => [row.field, row.differs])).toEqual([
      ['end', true],
      ['age', false],
      ['trust', true],
      ['languages', false],
    ]);
    expect(rows[3]).toMatchObject({ label: 'Тілдер', current: 'Қазақ тілі; Орыс тілі' });
  });

  it('falls back to the form’s default language, then to stored values when the form is unknown', () => {
    // No Russian label for "languages": the Kazakh one (the form's default) is shown.
    expect(sideBySide(conflict, { current: form }, 'ru', true, metadataLabel)[3].label).toBe('Тілдер');
    expect(displayAnswer(undefined, 'trust', '5', 'ru')).toBe('5');
    expect(displayAnswer(form, 'trust', '', 'ru')).toBe('');
    expect(sideBySide(conflict, {}, 'ru', false, metadataLabel)[1]).toEqual({
      field: 'trust',
      label: 'trust',
      current: '1',
      incoming: '5',
      differs: true,
    });
  });
});
