/**
 * Before publishing, the lead sees what changed against the published version; while editing,
 * every step can be undone and redone; a published version number is never reused.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsForm } from '../../../src/form';
import {
  addChoice,
  addLanguage,
  addQuestion,
  deleteNode,
  diffForms,
  EditHistory,
  indexOfName,
  isUnchanged,
  languageFor,
  moveNodeTo,
  nextVersion,
  setChoiceLabel,
  setRowText,
  suggestFormId,
  updateChoice,
  updateRow,
} from '../../../src/form/edit';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';

const bundledSurvey = async () => readXlsForm(fs.readFileSync(BUNDLED_SURVEY()), 'tolerance-kz.xlsx');

describe('what changed since the published version', () => {
  it('is nothing for the same form, and only the version when just that changed', async () => {
    const survey = await bundledSurvey();
    const same = diffForms(survey, structuredClone(survey));
    expect(isUnchanged(same)).toBe(true);
    expect(same.settings).toEqual([]);
    const bumped = diffForms(survey, { ...survey, version: `${survey.version}1` });
    expect(bumped.settings).toEqual([{ property: 'version', kind: 'structure', before: survey.version, after: `${survey.version}1` }]);
    expect(isUnchanged(bumped)).toBe(true);
  });

  it('lists added, removed, moved and changed questions, with wording and logic apart', async () => {
    const published = await bundledSurvey();
    let next = published;
    const age = indexOfName(next.survey, 'age');
    next = setRowText(next, age, 'label', 'ru', 'Сколько Вам лет (полных)?');
    next = updateRow(next, age, { constraint: '. >= 16 and . <= 100' });
    next = deleteNode(next, indexOfName(next.survey, 'comments')).form;
    next = addQuestion(next, indexOfName(next.survey, 'education') + 1, 'integer').form;
    // Education comes up before age: the questions between them keep their order, so education is what moved.
    next = moveNodeTo(next, indexOfName(next.survey, 'education'), indexOfName(next.survey, 'age')).form;
    next = updateRow(next, indexOfName(next.survey, 'tol_03'), { reverse: true });

    const diff = diffForms(published, next);
    expect(diff.added).toEqual([{ name: 'q1', type: 'integer' }]);
    expect(diff.removed.map((row) => row.name)).toEqual(['comments']);
    expect(diff.moved).toEqual(['education']);
    const ageChange = diff.changed.find((row) => row.name === 'age')!;
    expect(ageChange.changes).toEqual([
      { property: 'constraint', kind: 'logic', before: published.survey[age].constraint, after: '. >= 16 and . <= 100' },
      { property: 'label', kind: 'wording', language: 'ru', before: published.survey[age].label!.ru, after: 'Сколько Вам лет (полных)?' },
    ]);
    expect(diff.changed.find((row) => row.name === 'tol_03')!.changes).toEqual([
      { property: 'reverse', kind: 'analysis', before: '', after: 'yes' },
    ]);
    expect(diff.changed.map((row) => row.name)).toEqual(['age', 'tol_03']);
    expect(isUnchanged(diff)).toBe(false);
  });

  it('notices a question moved into another group', async () => {
    const published = await bundledSurvey();
    const religion = indexOfName(published.survey, 'religion');
    const intoTolerance = indexOfName(published.survey, 'tol_01');
    const next = moveNodeTo(published, religion, intoTolerance).form;
    const change = diffForms(published, next).changed.find((row) => row.name === 'religion')!;
    expect(change.changes).toEqual([{ property: 'group', kind: 'structure', before: 'demographics', after: 'tolerance' }]);
  });

  it('lists choices added, removed, relabelled, reordered and marked missing, per list', async () => {
    const published = await bundledSurvey();
    let next = addChoice(published, 'frequency', { label: { kk: 'Үнемі', ru: 'Постоянно', en: 'Always' } }).form;
    next = setChoiceLabel(next, 'yes_no', 1, 'en', 'No, never');
    next = updateChoice(next, 'yes_no_dk', 2, { missing: false });
    next = { ...next, choiceLists: next.choiceLists.filter((list) => list.name !== 'discrim_place') };
    const diff = diffForms(published, next);
    expect(diff.listsRemoved).toEqual(['discrim_place']);
    expect(diff.lists).toEqual([
      {
        list: 'yes_no',
        added: [],
        removed: [],
        changed: [{ name: 'no', changes: [{ property: 'label', kind: 'wording', language: 'en', before: 'No', after: 'No, never' }] }],
        reordered: false,
      },
      {
        list: 'yes_no_dk',
        added: [],
        removed: [],
        changed: [{ name: 'dk', changes: [{ property: 'missing', kind: 'analysis', before: 'yes', after: '' }] }],
        reordered: false,
      },
      {
        list: 'frequency',
        added: [{ name: '5', label: { kk: 'Үнемі', ru: 'Постоянно', en: 'Always' } }],
        removed: [],
        changed: [],
        reordered: false,
      },
    ]);
  });

  it('lists a language added and the settings changed', async () => {
    const published = await bundledSurvey();
    const next = { ...addLanguage(published, languageFor('uz')), title: 'Tolerance 2025' };
    const diff = diffForms(published, next);
    expect(diff.languagesAdded).toEqual(['uz']);
    expect(diff.settings).toEqual([{ property: 'form_title', kind: 'structure', before: published.title, after: 'Tolerance 2025' }]);
  });
});

describe('undo and redo', () => {
  it('steps back and forth through edits, typing in one field being one step', () => {
    const history = new EditHistory('');
    history.record('K', 'label:q1:kk');
    history.record('Ka', 'label:q1:kk');
    history.record('Kaz', 'label:q1:kk');
    history.record('Kaz!', 'hint:q1:kk');
    expect(history.undo()).toBe('Kaz');
    expect(history.undo()).toBe('');
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toBe('Kaz');
    expect(history.redo()).toBe('Kaz!');
    expect(history.canRedo).toBe(false);
  });

  it('forgets the undone steps when a new edit is made, and starts a new step after leaving a field', () => {
    const history = new EditHistory(0);
    history.record(1);
    history.record(2);
    history.undo();
    history.record(3);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe(1);
    history.record(4, 'label');
    history.endMerge();
    history.record(5, 'label');
    expect(history.undo()).toBe(4);
  });

  it('keeps at most its limit of steps', () => {
    const history = new EditHistory(0, 3);
    for (let i = 1; i <= 10; i++) history.record(i);
    expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual([9, 8, 7, undefined]);
  });

  it('lets the present be amended without a step (the question selected at the time)', () => {
    const history = new EditHistory({ value: 0, selected: 'a' });
    history.amend({ value: 0, selected: 'b' });
    history.record({ value: 1, selected: 'b' });
    expect(history.undo()).toEqual({ value: 0, selected: 'b' });
  });
});

describe('the next version', () => {
  const now = new Date(Date.UTC(2025, 2, 14, 9, 30));

  it('keeps a version the lead chose that is not published yet', () => {
    expect(nextVersion(['1', '2'], '5', now)).toBe('5');
  });

  it('raises the last number of the latest published version', () => {
    expect(nextVersion([], '', now)).toBe('1');
    expect(nextVersion(['1', '2'], '2', now)).toBe('3');
    expect(nextVersion(['v2'], 'v2', now)).toBe('v3');
    expect(nextVersion(['1.9'], '1.9', now)).toBe('1.10');
    expect(nextVersion(['007'], '007', now)).toBe('008');
    expect(nextVersion(['baseline'], 'baseline', now)).toBe('baseline.2');
    expect(nextVersion(['1', '2', '3'], '2', now)).toBe('4');
  });

  it('stamps the time now for a form versioned by date stamps, as ODK does', () => {
    expect(nextVersion(['202401021200'], '202401021200', now)).toBe('202503140930');
    expect(nextVersion(['2024010212'], '2024010212', now)).toBe('2025031409');
    // A stamp not older than now is raised instead.
    expect(nextVersion(['202503140930'], '202503140930', now)).toBe('202503140931');
  });
});

describe("a new form's identifier", () => {
  it('comes from its title in Latin letters', () => {
    expect(suggestFormId('Толеранттылық 2025')).toBe('toleranttylyq_2025');
    expect(suggestFormId('Межэтническое согласие — Шымкент')).toBe('mezhetnicheskoe_soglasie_shymkent');
    expect(suggestFormId('Neighbours & trust')).toBe('neighbours_trust');
    expect(suggestFormId('2025 волна')).toBe('form_2025_volna');
    expect(suggestFormId('…')).toBe('form');
  });
});
