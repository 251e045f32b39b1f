/**
 * A lead adds a question while the last statement of a Likert grid is selected (issue 15): the question goes after the
 * grid, not into it, so the grid stays a grid; a grid broken another way (a row given another type or list) is named
 * by the designer's problem counter, on the row that breaks it, in kk, ru and en, while the form still publishes.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { localizedMessage } from '../../../src/common/errors';
import { checkForm, readXlsForm } from '../../../src/form';
import type { FormDefinition } from '../../../src/form/model';
import {
  addGroup,
  addQuestion,
  duplicateNode,
  emptyForm,
  gridProblems,
  indexOfName,
  insertionForNew,
  insertLikertGroup,
  nodeEnd,
  problemTarget,
  setQuestionType,
} from '../../../src/form/edit';

const trilingual = () => emptyForm({ formId: 'study', title: 'Study', languages: ['kk', 'ru', 'en'] });
const types = (form: FormDefinition) => form.survey.map((row) => `${row.type}:${row.name}`);

/** A question `before`, a three-statement grid "tolerance", a question `after`. */
function formWithGrid(): FormDefinition {
  let form = addQuestion(trilingual(), 0, 'integer').form;
  form = insertLikertGroup(form, form.survey.length, { name: 'tolerance', statements: 3 }).form;
  return addQuestion(form, form.survey.length, 'text').form;
}

describe('where a new question goes', () => {
  it('after the grid when a statement of the grid is selected, the last one included', () => {
    const form = formWithGrid();
    const group = indexOfName(form.survey, 'tolerance');
    const end = nodeEnd(form.survey, group);
    for (const statement of ['tolerance_1', 'tolerance_3']) {
      const at = insertionForNew(form.survey, indexOfName(form.survey, statement));
      expect(at, statement).toBe(end + 1);
      const added = addQuestion(form, at, 'select_one').form;
      expect(gridProblems(added)).toEqual([]);
      expect(types(added).slice(group, end + 3)).toEqual([
        'begin_group:tolerance',
        'select_one:tolerance_1',
        'select_one:tolerance_2',
        'select_one:tolerance_3',
        'end_group:',
        `select_one:${added.survey[end + 1].name}`,
        'text:q2',
      ]);
    }
  });

  it('inside an empty selected group, after any other node, at the end when nothing is selected', () => {
    let form = formWithGrid();
    expect(insertionForNew(form.survey, -1)).toBe(form.survey.length);
    expect(insertionForNew(form.survey, 0)).toBe(1);
    // The grid itself selected: after its end row.
    const group = indexOfName(form.survey, 'tolerance');
    expect(insertionForNew(form.survey, group)).toBe(nodeEnd(form.survey, group) + 1);
    form = addGroup(form, form.survey.length).form;
    const empty = form.survey.length - 2;
    expect(form.survey[empty].type).toBe('begin_group');
    expect(insertionForNew(form.survey, empty)).toBe(empty + 1);
  });

  it('a copy of a statement stays in the grid, which stays whole', () => {
    const form = formWithGrid();
    const copied = duplicateNode(form, indexOfName(form.survey, 'tolerance_3')).form;
    expect(types(copied).filter((t) => t.startsWith('select_one:tolerance'))).toHaveLength(4);
    expect(gridProblems(copied)).toEqual([]);
  });
});

describe('a grid broken another way', () => {
  it('names the row that breaks it, in every language, and does not stop publishing', () => {
    const form = formWithGrid();
    const row = indexOfName(form.survey, 'tolerance_2');
    const broken = setQuestionType(form, row, 'integer');
    const problems = gridProblems(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'grid-row-breaks-grid',
      field: 'tolerance_2',
      params: { group: 'tolerance', name: 'tolerance_2', list: 'agree5' },
    });
    expect(problemTarget(broken, problems[0])).toEqual({ kind: 'row', index: row });
    expect(localizedMessage(problems[0], 'en')).toBe(
      'The group "tolerance" (table-list) shows as separate questions, not a grid: "tolerance_2" is not a single choice from the list "agree5" like the other rows. Move it out of the group or give it the grid\'s list.',
    );
    expect(localizedMessage(problems[0], 'ru')).toContain('Группа «tolerance» (table-list) показывается не таблицей');
    expect(localizedMessage(problems[0], 'kk')).toContain('«tolerance» тобы (table-list)');
    // It works (plain questions), so the core's check lets it through; only the designer warns.
    // (The statements of a new block have no words yet; that is the only thing the core's check finds in either.)
    expect(checkForm(broken).map((p) => p.code)).toEqual(checkForm(form).map((p) => p.code));
  });

  it('a row on another list breaks it; a note inside does not', () => {
    let form = formWithGrid();
    const end = nodeEnd(form.survey, indexOfName(form.survey, 'tolerance'));
    form = addQuestion(form, end, 'note').form;
    expect(gridProblems(form)).toEqual([]);
    form = addQuestion(form, end, 'select_one').form;
    const added = form.survey[end];
    expect(gridProblems(form)).toMatchObject([{ params: { group: 'tolerance', name: added.name, list: 'agree5' } }]);
  });
});

describe('the bundled survey', () => {
  it('has three whole grids (practices, tolerance, trust) and no grid problem', async () => {
    const form = await readXlsForm(fs.readFileSync(BUNDLED_SURVEY()), 'tolerance-kz.xlsx');
    expect(form.survey.filter((row) => row.type === 'begin_group' && row.appearance === 'table-list').map((row) => row.name)).toEqual([
      'practices',
      'tolerance',
      'trust',
    ]);
    expect(gridProblems(form)).toEqual([]);
  });
});
