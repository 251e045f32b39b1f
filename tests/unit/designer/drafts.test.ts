/**
 * The designer's working copies through the API, as the renderer calls it: a lead creates a form,
 * the designer saves every change, the app is closed and reopened, the form is published, edited
 * and published again with what changed listed, and a workbook is imported and exported.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import { KelisimError } from '../../../src/common/errors';
import type { FormDefinition } from '../../../src/form/model';
import { readXlsForm } from '../../../src/form';
import { addChoice, addQuestion, indexOfName, setChoiceLabel, setRowText, updateRow } from '../../../src/form/edit';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { tempFolder } from '../../helpers/temp';

let session: Session;
let folder: ReturnType<typeof tempFolder>;

async function api<K extends ApiName>(name: K, args: ApiArgs<K>): Promise<ApiResult<K>> {
  return (session.handlers[name] as (a: ApiArgs<K>, p: () => void) => Promise<ApiResult<K>>)(args, () => {});
}

async function refusal(promise: Promise<unknown>): Promise<KelisimError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KelisimError);
  return error as KelisimError;
}

/** A two-question form in three languages: age, and a yes/no asked only of adults. */
function twoQuestions(form: FormDefinition): FormDefinition {
  let next = addQuestion(form, 0, 'integer').form;
  next = addQuestion(next, 1, 'select_one').form;
  const texts: [number, string, string, string][] = [
    [0, 'Жасыңыз?', 'Ваш возраст?', 'Your age?'],
    [1, 'Көршіңіз бар ма?', 'Есть ли сосед?', 'Any neighbour?'],
  ];
  for (const [index, kk, ru, en] of texts) {
    next = setRowText(setRowText(setRowText(next, index, 'label', 'kk', kk), index, 'label', 'ru', ru), index, 'label', 'en', en);
  }
  for (const [kk, ru, en] of [
    ['Иә', 'Да', 'Yes'],
    ['Жоқ', 'Нет', 'No'],
  ]) {
    const added = addChoice(next, 'q2');
    next = setChoiceLabel(
      setChoiceLabel(setChoiceLabel(added.form, 'q2', added.index, 'kk', kk), 'q2', added.index, 'ru', ru),
      'q2',
      added.index,
      'en',
      en,
    );
  }
  return updateRow(next, 1, { relevant: '${q1} >= 18' });
}

beforeEach(async () => {
  folder = tempFolder('kelisim-designer-');
  session = await openSession({ databasePath: folder.file('study.db'), transport: 'cli', create: true });
});

afterEach(() => {
  session.close();
  folder.cleanup();
});

describe('working copies', () => {
  it('creates a form that only the designer lists until it is published', async () => {
    const created = await api('designer.create', { formId: 'neighbours', title: 'Көршілер', languages: ['kk', 'ru', 'en'] });
    expect(created.form).toEqual({
      formId: 'neighbours',
      title: 'Көршілер',
      version: '',
      defaultLanguage: 'kk',
      languages: [
        { code: 'kk', name: 'Kazakh' },
        { code: 'ru', name: 'Russian' },
        { code: 'en', name: 'English' },
      ],
      survey: [],
      choiceLists: [],
    });
    expect(created.published).toBeNull();
    expect(await api('forms.list', {})).toEqual([]);
    expect(await api('designer.list', {})).toEqual([
      { formId: 'neighbours', title: 'Көршілер', versions: [], draftSavedAt: created.draftSavedAt, responses: 0 },
    ]);
    const taken = await refusal(api('designer.create', { formId: 'neighbours', title: 'Again', languages: ['kk'] }));
    expect(taken.kind).toBe('conflict');
    expect((await refusal(api('designer.create', { formId: 'көрші', title: 'x', languages: ['kk'] }))).kind).toBe('bad-input');
  });

  it('lists the title per language: of the working copy until the first publish, then of the latest published version', async () => {
    const created = await api('designer.create', { formId: 'neighbours', title: 'Көршілер', languages: ['kk', 'ru', 'en'] });
    const titled = { ...twoQuestions(created.form), titles: { kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' } };
    await api('designer.save', { formId: 'neighbours', form: titled });
    expect((await api('designer.list', {}))[0].titles).toEqual({ kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' });
    await api('designer.publish', { formId: 'neighbours', form: titled });
    // A published form keeps the titles it was published with while its working copy changes them.
    await api('designer.save', { formId: 'neighbours', form: { ...titled, titles: { ...titled.titles, en: 'Next door' } } });
    expect((await api('designer.list', {}))[0].titles).toEqual({ kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' });
    const [listed] = await api('forms.list', {});
    expect(listed).toMatchObject({ formId: 'neighbours', title: 'Көршілер', titles: { kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' } });
    // A response carries them too, for the lists that show it.
    await api('settings.update', { interviewer: 'Айгүл' });
    const interview = await api('interviews.start', { formId: 'neighbours' });
    expect(interview.titles).toEqual({ kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' });
    expect((await api('responses.list', {})).rows[0].titles).toEqual({ kk: 'Көршілер', ru: 'Соседи', en: 'Neighbours' });
    expect((await api('responses.get', { uuid: interview.uuid })).titles?.ru).toBe('Соседи');
  });

  it('keeps every saved edit across closing and reopening the database', async () => {
    const created = await api('designer.create', { formId: 'neighbours', title: 'Көршілер', languages: ['kk', 'ru', 'en'] });
    const edited = twoQuestions(created.form);
    const saved = await api('designer.save', { formId: 'neighbours', form: edited });
    expect(saved.formId).toBe('neighbours');
    session.close();
    session = await openSession({ databasePath: folder.file('study.db'), transport: 'cli' });
    const reopened = await api('designer.open', { formId: 'neighbours' });
    expect(reopened.form).toEqual(edited);
    expect(reopened.draftSavedAt).toBe(saved.draftSavedAt);
  });

  it('lets a form never published change its form_id, and a published one not', async () => {
    const created = await api('designer.create', { formId: 'draft_1', title: 'Draft', languages: ['ru'] });
    const renamed = await api('designer.save', { formId: 'draft_1', form: { ...created.form, formId: 'trust_2025', title: 'Доверие' } });
    expect(renamed.formId).toBe('trust_2025');
    expect((await api('designer.list', {})).map((f) => [f.formId, f.title])).toEqual([['trust_2025', 'Доверие']]);
    expect((await refusal(api('designer.open', { formId: 'draft_1' }))).kind).toBe('not-found');

    const survey = await readXlsForm(fs.readFileSync(BUNDLED_SURVEY()), 'tolerance-kz.xlsx');
    await api('forms.import', { file: { path: BUNDLED_SURVEY() } });
    const refused = await refusal(api('designer.save', { formId: survey.formId, form: { ...survey, formId: 'other_id' } }));
    expect(refused.kind).toBe('conflict');
  });

  it('discards unpublished edits, and deletes a form that was never published', async () => {
    await api('forms.import', { file: { path: BUNDLED_SURVEY() } });
    const [bundled] = await api('designer.list', {});
    const opened = await api('designer.open', { formId: bundled.formId });
    expect(opened.draftSavedAt).toBeNull();
    await api('designer.save', { formId: bundled.formId, form: { ...opened.form, title: 'Changed' } });
    expect((await api('designer.open', { formId: bundled.formId })).form.title).toBe('Changed');
    expect(await api('designer.discard', { formId: bundled.formId })).toEqual({ formId: bundled.formId, deleted: false });
    expect((await api('designer.open', { formId: bundled.formId })).form).toEqual(opened.published!.form);

    await api('designer.create', { formId: 'scratch', title: 'Scratch', languages: ['en'] });
    expect(await api('designer.discard', { formId: 'scratch' })).toEqual({ formId: 'scratch', deleted: true });
    expect((await api('designer.list', {})).map((f) => f.formId)).toEqual([bundled.formId]);
  });

  it('forgets the working copy when the edits are undone back to the published version', async () => {
    await api('forms.import', { file: { path: BUNDLED_SURVEY() } });
    const [bundled] = await api('designer.list', {});
    const opened = await api('designer.open', { formId: bundled.formId });
    await api('designer.save', { formId: bundled.formId, form: { ...opened.form, title: 'Changed' } });
    expect((await api('designer.list', {}))[0].draftSavedAt).not.toBeNull();
    const back = await api('designer.save', { formId: bundled.formId, form: opened.form });
    expect(back.draftSavedAt).toBeNull();
    expect((await api('designer.list', {}))[0].draftSavedAt).toBeNull();
  });
});

describe('publishing from the designer', () => {
  it('refuses a form with problems, listing each with its question, and keeps the edits', async () => {
    const created = await api('designer.create', { formId: 'neighbours', title: 'Көршілер', languages: ['kk', 'ru', 'en'] });
    expect((await refusal(api('designer.publish', { formId: 'neighbours', form: created.form }))).message).toMatch(/no questions yet/);
    let form = twoQuestions(created.form);
    form = updateRow(form, 1, { relevant: '${q9} = 1' });
    form = setRowText(setRowText(setRowText(form, 0, 'label', 'kk', ''), 0, 'label', 'ru', ''), 0, 'label', 'en', '');
    const refused = await refusal(api('designer.publish', { formId: 'neighbours', form }));
    expect(refused.kind).toBe('bad-input');
    expect(refused.problems.map((p) => [p.field, p.column])).toEqual([
      ['q1', 'label::Kazakh (kk)'],
      ['q2', 'relevant'],
    ]);
    expect((await api('designer.open', { formId: 'neighbours' })).form).toEqual(form);
    expect(await api('forms.list', {})).toEqual([]);
  });

  it('publishes version 1, then version 2 with what changed, and refuses to publish nothing new', async () => {
    const created = await api('designer.create', { formId: 'neighbours', title: 'Көршілер', languages: ['kk', 'ru', 'en'] });
    const first = await api('designer.publish', { formId: 'neighbours', form: twoQuestions(created.form) });
    expect(first).toEqual({
      published: { formId: 'neighbours', version: '1', title: 'Көршілер', languages: ['kk', 'ru', 'en'], questions: 2, created: true },
      previousVersion: null,
      diff: null,
    });
    const opened = await api('designer.open', { formId: 'neighbours' });
    expect(opened.draftSavedAt).toBeNull();
    expect(opened.form.version).toBe('1');
    expect((await refusal(api('designer.publish', { formId: 'neighbours', form: opened.form }))).message).toMatch(
      /nothing has changed since version 1/,
    );

    let next = setRowText(opened.form, 0, 'label', 'ru', 'Сколько Вам лет?');
    next = addQuestion(next, 2, 'text').form;
    next = setRowText(next, 2, 'label', 'kk', 'Ескертпе');
    const second = await api('designer.publish', { formId: 'neighbours', form: next });
    expect(second.published.version).toBe('2');
    expect(second.previousVersion).toBe('1');
    expect(second.diff!.added).toEqual([{ name: 'q3', type: 'text', label: { kk: 'Ескертпе' } }]);
    expect(second.diff!.changed).toEqual([
      {
        name: 'q1',
        type: 'integer',
        label: { kk: 'Жасыңыз?', ru: 'Сколько Вам лет?', en: 'Your age?' },
        changes: [{ property: 'label', kind: 'wording', language: 'ru', before: 'Ваш возраст?', after: 'Сколько Вам лет?' }],
      },
    ]);
    expect(second.diff!.settings).toEqual([{ property: 'version', kind: 'structure', before: '1', after: '2' }]);
    expect((await api('forms.list', {}))[0].versions).toEqual(['1', '2']);
    // Interviews start on the new version.
    await api('settings.update', { interviewer: 'Айгүл' });
    expect((await api('interviews.start', { formId: 'neighbours' })).version).toBe('2');
  });
});

describe('XLSForm workbooks in the designer', () => {
  it('imports a workbook as a working copy, and exports it back to the same form', async () => {
    const draft = await api('designer.import', { file: { path: BUNDLED_SURVEY() } });
    const survey = await readXlsForm(fs.readFileSync(BUNDLED_SURVEY()), 'tolerance-kz.xlsx');
    expect(draft.form).toEqual(survey);
    expect(draft.published).toBeNull();
    expect(await api('forms.list', {})).toEqual([]);

    const exported = await api('designer.export', { form: draft.form });
    expect(exported.fileName).toBe(`${survey.formId}-${survey.version}.xlsx`);
    expect(await readXlsForm(exported.bytes!, exported.fileName)).toEqual(survey);
    const written = await api('designer.export', { form: draft.form, outPath: folder.file('back.xlsx') });
    expect(await readXlsForm(fs.readFileSync(written.path!), 'back.xlsx')).toEqual(survey);
  });

  it('gives an exported working copy with edits the version it would be published as', async () => {
    await api('forms.import', { file: { path: BUNDLED_SURVEY() } });
    const [bundled] = await api('designer.list', {});
    const opened = await api('designer.open', { formId: bundled.formId });
    const edited = setRowText(opened.form, indexOfName(opened.form.survey, 'age'), 'hint', 'en', 'Completed years');
    const exported = await api('designer.export', { form: edited });
    const back = await readXlsForm(exported.bytes!, exported.fileName);
    expect(back.version).not.toBe(opened.form.version);
    expect(back).toEqual({ ...edited, version: back.version });
    expect(exported.fileName).toBe(`${bundled.formId}-${back.version}.xlsx`);
  });

  it('does not overwrite unpublished edits with an imported workbook unless asked to', async () => {
    const first = await api('designer.import', { file: { path: BUNDLED_SURVEY() } });
    await api('designer.save', { formId: first.formId, form: { ...first.form, title: 'My edits' } });
    const refused = await refusal(api('designer.import', { file: { path: BUNDLED_SURVEY() } }));
    expect(refused.kind).toBe('conflict');
    expect((await api('designer.open', { formId: first.formId })).form.title).toBe('My edits');
    const replaced = await api('designer.import', { file: { path: BUNDLED_SURVEY() }, replaceDraft: true });
    expect(replaced.form.title).toBe(first.form.title);
  });

  it('refuses what is not a form model', async () => {
    await api('designer.create', { formId: 'x', title: 'x', languages: ['kk'] });
    const refused = await refusal(api('designer.save', { formId: 'x', form: { survey: 'no' } as unknown as FormDefinition }));
    expect(refused.kind).toBe('bad-input');
  });
});
