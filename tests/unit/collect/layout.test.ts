/**
 * How the bundled tolerance survey is laid out for interviewing (see the group table in
 * surveys/README.md): plain groups give one screen per question, field-list and table-list groups one
 * screen each, "specify" texts ride under their select, calculations and metadata never show.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readXlsForm, type FormDefinition } from '../../../src/form';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { layoutInterview, wantsSinglePage, type QuestionItem, type TableItem } from '../../../renderer/src/lib/interview/layout';
import { ChoiceNumberReader, choiceKey } from '../../../renderer/src/lib/interview/keyboard';

const survey = await readXlsForm(new Uint8Array(readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');

describe('the interview layout of the tolerance survey', () => {
  const layout = layoutInterview(survey);

  it('has one screen per question in plain groups and one per field-list or table-list group', () => {
    expect(layout.singlePage).toBe(false);
    expect(layout.screens.map((screen) => screen.id)).toEqual([
      'interviewer_intro',
      'consent',
      'consent_declined',
      'location',
      'age',
      'gender',
      'ethnicity',
      'religion',
      'languages',
      'education',
      'neighbours_other',
      'practices',
      'social_distance',
      'tolerance',
      'discrim_12m',
      'discrim_where',
      'ethnomed_aware',
      'ethnomed_would_use',
      'trust',
      'comments',
      'thanks',
    ]);
    expect(layout.screens.find((s) => s.id === 'age')?.trail).toEqual(['interview', 'demographics']);
  });

  it('shows the place of the interview on one screen, without the calculated region_is_city', () => {
    const location = layout.screens[layout.screenOf.get('location')!];
    expect(location.fields).toEqual(['region', 'district', 'settlement', 'settlement_type']);
    expect(layout.screenOf.get('district')).toBe(layout.screenOf.get('location'));
  });

  it('puts each "other, specify" text under the select it specifies', () => {
    const specifyOf = (name: string) => (layout.screens[layout.screenOf.get(name)!].items[0] as QuestionItem).specify;
    expect(specifyOf('ethnicity')).toEqual(['ethnicity_other']);
    expect(specifyOf('languages')).toEqual(['languages_other']);
    expect(specifyOf('discrim_where')).toEqual(['discrim_where_other']);
    expect(layout.screenOf.get('languages_other')).toBe(layout.screenOf.get('languages'));
  });

  it('draws the table-list batteries as grids on their shared list', () => {
    const grid = (name: string) => layout.screens[layout.screenOf.get(name)!].items[0] as TableItem;
    expect(grid('practices')).toMatchObject({ kind: 'table', listName: 'frequency' });
    expect(grid('practices').rows).toHaveLength(6);
    expect(grid('tolerance').rows.map((row) => row.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `tol_${String(i + 1).padStart(2, '0')}`),
    );
    expect(grid('trust')).toMatchObject({ listName: 'trust4' });
    // Social distance is a field-list: its note, then eight drop-down questions.
    const distance = layout.screens[layout.screenOf.get('social_distance')!];
    expect(distance.items.map((item) => item.kind)).toEqual(['note', ...Array(8).fill('question')]);
  });
});

describe('forms that ask for other layouts', () => {
  const small: FormDefinition = {
    formId: 'small',
    title: 'Small',
    version: '1',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    survey: [
      { type: 'start', name: 'start' },
      { type: 'select_one', name: 'job', listName: 'jobs', orOther: true, label: { en: 'Job' } },
      { type: 'begin_group', name: 'mixed', appearance: 'table-list', label: { en: 'Mixed' } },
      { type: 'select_one', name: 'a', listName: 'jobs', label: { en: 'A' } },
      { type: 'integer', name: 'b', label: { en: 'B' } },
      { type: 'end_group', name: '' },
      { type: 'calculate', name: 'c', calculation: '1' },
    ],
    choiceLists: [{ name: 'jobs', choices: [{ name: 'farmer', label: { en: 'Farmer' } }] }],
  };

  it('shows the text of or_other under its select', () => {
    const layout = layoutInterview(small);
    expect((layout.screens[0].items[0] as QuestionItem).specify).toEqual(['job_other']);
  });

  it('falls back to a field-list when a table-list group mixes question types', () => {
    const mixed = layoutInterview(small).screens[1];
    expect(mixed.items.map((item) => item.kind)).toEqual(['question', 'question']);
  });

  it('puts the whole form on one page for an Enketo style without "pages"', () => {
    const themed = { ...small, settingsExtra: { style: 'theme-grid' } };
    expect(wantsSinglePage(themed)).toBe(true);
    expect(wantsSinglePage({ ...small, settingsExtra: { style: 'pages theme-grid' } })).toBe(false);
    const layout = layoutInterview(themed);
    expect(layout.screens).toHaveLength(1);
    expect(layout.screens[0].fields).toEqual(['job', 'job_other', 'a', 'b']);
  });
});

describe('number keys', () => {
  it('pick 1–9 and 0 for the tenth in a list of up to ten choices', () => {
    const reader = new ChoiceNumberReader();
    expect(reader.read('q', '3', 5)).toBe(2);
    expect(reader.read('q', '0', 10)).toBe(9);
    expect(reader.read('q', '7', 5)).toBeUndefined();
    expect([0, 8, 9].map((index) => choiceKey(index, 10))).toEqual(['1', '9', '0']);
  });

  it('read two digits typed in quick succession in a longer list', () => {
    const reader = new ChoiceNumberReader();
    expect(reader.read('region', '1', 20, 1000)).toBe(0); // the first choice at once…
    expect(reader.read('region', '4', 20, 1300)).toBe(13); // …then the fourteenth
    expect(reader.read('region', '2', 20, 5000)).toBe(1); // a pause starts a new number
    expect(reader.read('region', '0', 20, 5200)).toBe(19); // "20"
    expect(reader.read('region', '9', 20, 9000)).toBe(8);
    expect(reader.read('region', '9', 20, 9100)).toBe(8); // "99" is no choice: the second 9 stands alone
    expect(reader.read('other', '5', 20, 9200)).toBe(4); // another question never continues a number
  });
});

describe('number keys on any keyboard layout', () => {
  it('read the key by its place, so the Kazakh layout (ә і ң ғ … on the number row) still picks choices', async () => {
    const { digitOfKey } = await import('../../../renderer/src/lib/interview/keyboard');
    expect(digitOfKey({ code: 'Digit2', key: 'ә' })).toBe('2');
    expect(digitOfKey({ code: 'Digit0', key: 'һ' })).toBe('0');
    expect(digitOfKey({ code: 'Numpad7', key: '7' })).toBe('7');
    expect(digitOfKey({ code: 'KeyA', key: 'ф' })).toBeUndefined();
  });
});
