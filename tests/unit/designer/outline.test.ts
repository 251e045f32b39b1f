/**
 * The designer's outline: one line per question or group, indented by depth, folded groups hiding
 * their items; and where a drop on a line puts the dragged question.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form/model';
import { emptyForm, indexOfName, insertLikertGroup, addQuestion, moveNodeTo } from '../../../src/form/edit';
import { dropPosition, outlineLines } from '../../../renderer/src/lib/designer/outline';

/** q1, a Likert group "tolerance" of two items, q2. */
function form(): FormDefinition {
  let next = addQuestion(emptyForm({ formId: 'f', title: 'f', languages: ['kk'] }), 0, 'text').form;
  next = insertLikertGroup(next, 1, { name: 'tolerance', statements: 2 }).form;
  return addQuestion(next, next.survey.length, 'integer').form;
}

describe('the outline', () => {
  it('nests the items of a group one level deeper', () => {
    expect(outlineLines(form(), new Set()).map((line) => [line.row.name, line.depth, line.kind])).toEqual([
      ['q1', 0, 'question'],
      ['tolerance', 0, 'group'],
      ['tolerance_1', 1, 'question'],
      ['tolerance_2', 1, 'question'],
      ['q2', 0, 'question'],
    ]);
  });

  it('hides the items of a folded group and says how many there are', () => {
    const lines = outlineLines(form(), new Set(['tolerance']));
    expect(lines.map((line) => line.row.name)).toEqual(['q1', 'tolerance', 'q2']);
    expect(lines[1]).toMatchObject({ collapsed: true, childCount: 2 });
  });

  it('drops before a line, after it (after a whole group), or inside a group as its first item', () => {
    const f = form();
    const lines = outlineLines(f, new Set());
    const group = lines[1];
    const q2 = indexOfName(f.survey, 'q2');
    const names = (next: FormDefinition) => next.survey.map((row) => row.name || 'end');
    expect(names(moveNodeTo(f, q2, dropPosition(f, group, 'inside')).form)).toEqual([
      'q1',
      'tolerance',
      'q2',
      'tolerance_1',
      'tolerance_2',
      'end',
    ]);
    expect(names(moveNodeTo(f, q2, dropPosition(f, group, 'before')).form)).toEqual([
      'q1',
      'q2',
      'tolerance',
      'tolerance_1',
      'tolerance_2',
      'end',
    ]);
    expect(names(moveNodeTo(f, 0, dropPosition(f, group, 'after')).form)).toEqual([
      'tolerance',
      'tolerance_1',
      'tolerance_2',
      'end',
      'q1',
      'q2',
    ]);
  });
});
