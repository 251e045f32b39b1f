/**
 * Which rows make a table-list group a grid (issue 16): one rule, `tableListGrid` in src/form, read by the interview's
 * layout (grid or plain questions) and by the designer's problem counter (which row breaks the grid). Before, each had
 * its own copy, and they disagreed on a nested group marked hidden: the designer let it pass while the interview
 * dropped the grid.
 */
import { describe, expect, it } from 'vitest';
import { surveyTree, tableListGrid, type FormDefinition, type SurveyRow } from '../../../src/form';
import { gridProblems } from '../../../src/form/edit';
import { layoutInterview } from '../../../renderer/src/lib/interview/layout';

const statement = (name: string, extra: Partial<SurveyRow> = {}): SurveyRow => ({
  type: 'select_one',
  name,
  listName: 'agree5',
  label: { en: name },
  ...extra,
});

/** Rows inside the group, by case: whether they make a grid, and which row (by name) breaks it when not. */
const cases: { title: string; rows: SurveyRow[]; grid: boolean; breaking?: string }[] = [
  { title: 'single choices on one list', rows: [statement('s1'), statement('s2'), statement('s3')], grid: true },
  {
    title: 'notes and rows the interviewer never sees are not drawn, so they do not break it',
    rows: [
      { type: 'note', name: 'intro', label: { en: 'Agree or not?' } },
      statement('s1'),
      { type: 'calculate', name: 'c', calculation: '1' },
      statement('s2'),
      { type: 'text', name: 'quiet', appearance: 'hidden' },
      { type: 'start', name: 'start' },
    ],
    grid: true,
  },
  {
    title: 'another type',
    rows: [statement('s1'), { type: 'integer', name: 'n', label: { en: 'N' } }, statement('s3')],
    grid: false,
    breaking: 'n',
  },
  { title: 'another list', rows: [statement('s1'), statement('s2', { listName: 'yesno' })], grid: false, breaking: 's2' },
  { title: 'a choice with "or other"', rows: [statement('s1'), statement('s2', { orOther: true })], grid: false, breaking: 's2' },
  {
    title: 'a multiple choice first: there is no single-choice list to share',
    rows: [{ type: 'select_multiple', name: 'm', listName: 'agree5', label: { en: 'M' } }, statement('s2')],
    grid: false,
    breaking: 'm',
  },
  {
    title: 'a nested group, even one marked hidden',
    rows: [statement('s1'), { type: 'begin_group', name: 'inner', appearance: 'hidden' }, statement('s2'), { type: 'end_group', name: '' }],
    grid: false,
    breaking: 'inner',
  },
  { title: 'nothing drawn at all', rows: [{ type: 'note', name: 'only', label: { en: 'Only a note' } }], grid: false },
];

const formWith = (rows: SurveyRow[]): FormDefinition => ({
  formId: 'grid',
  title: 'Grid',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'begin_group', name: 'battery', appearance: 'table-list', label: { en: 'Battery' } },
    ...rows,
    { type: 'end_group', name: '' },
    { type: 'text', name: 'after', label: { en: 'After' } },
  ],
  choiceLists: [
    {
      name: 'agree5',
      choices: [
        { name: '1', label: { en: 'Agree' } },
        { name: '2', label: { en: 'Disagree' } },
      ],
    },
    {
      name: 'yesno',
      choices: [
        { name: 'yes', label: { en: 'Yes' } },
        { name: 'no', label: { en: 'No' } },
      ],
    },
  ],
});

describe('tableListGrid', () => {
  it.each(cases)('$title', ({ rows, grid, breaking }) => {
    // The group's direct children (a nested group by its begin row), as the survey tree holds them.
    const [group] = surveyTree(formWith(rows));
    if (group.kind === 'question') throw new Error('the form starts with its group');
    const verdict = tableListGrid(group.children, (node) => node.row);
    expect(verdict.grid).toBe(grid);
    if (verdict.grid) {
      expect(verdict.listName).toBe('agree5');
      expect(verdict.rows.map((node) => node.row.name)).toEqual(['s1', 's2', 's3'].filter((name) => rows.some((row) => row.name === name)));
    } else {
      expect(verdict.breaking?.row.name).toBe(breaking);
    }
  });

  it.each(cases)('the interview and the designer agree: $title', ({ rows, grid, breaking }) => {
    const form = formWith(rows);
    const battery = layoutInterview(form).screens.find((screen) => screen.id === 'battery');
    expect(battery?.items.some((item) => item.kind === 'table') ?? false).toBe(grid);
    const problems = gridProblems(form);
    expect(problems.map((problem) => problem.params?.name)).toEqual(breaking ? [breaking] : []);
    if (breaking) {
      expect(problems[0]).toMatchObject({
        code: 'grid-row-breaks-grid',
        params: { group: 'battery', list: 'agree5' },
        row: form.survey.findIndex((row) => row.name === breaking) + 2,
      });
    }
  });
});
