/**
 * A research lead adds a household roster to a questionnaire in the designer: a repeated section,
 * questions moved into and out of it, a repeat_count checked as it is typed, and a preview that
 * shows the section as the interviewer will get it.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form/model';
import { checkForm, compileForm, evaluateFormState, readXlsForm, writeXlsForm } from '../../../src/form';
import {
  addQuestion,
  addRepeat,
  duplicateNode,
  emptyForm,
  indexOfName,
  inspectExpression,
  insertionInside,
  moveDown,
  moveIntoPreviousGroup,
  moveNodeTo,
  moveOutOfGroup,
  previewableForm,
  setRowText,
  updateRow,
} from '../../../src/form/edit';
import { layoutInterview, type RepeatItem } from '../../../renderer/src/lib/interview/layout';

const sheet = (form: FormDefinition) => form.survey.map((row) => (row.name ? `${row.type} ${row.name}` : row.type));

/** q1 (how many people), then repeat1 holding q2 (name), then q3 (an integer the lead will move in). */
function rosterForm(): FormDefinition {
  let form = emptyForm({ formId: 'roster', title: 'Roster', languages: ['kk', 'ru', 'en'] });
  form = addQuestion(form, 0, 'integer').form;
  const repeat = addRepeat(form, form.survey.length);
  form = repeat.form;
  form = addQuestion(form, insertionInside(form.survey, repeat.index), 'text').form;
  form = addQuestion(form, form.survey.length, 'integer').form;
  return form.survey.reduce((next, row, index) => {
    if (!row.name) return next;
    return ['kk', 'ru', 'en'].reduce((f, language) => setRowText(f, index, 'label', language, `${row.name} (${language})`), next);
  }, form);
}

describe('a repeated section in the designer', () => {
  it('is added like a group, named repeat1, and holds the questions put inside it', () => {
    const form = rosterForm();
    expect(sheet(form)).toEqual(['integer q1', 'begin_repeat repeat1', 'text q2', 'end_repeat', 'integer q3']);
    expect(addRepeat(form, 0).form.survey[0].name).toBe('repeat2');
    expect(checkForm(form)).toEqual([]);
  });

  it('takes a question moved in from below and gives it back when moved out', () => {
    const form = rosterForm();
    const q3 = indexOfName(form.survey, 'q3');
    const inside = moveIntoPreviousGroup(form, q3);
    expect(sheet(inside.form)).toEqual(['integer q1', 'begin_repeat repeat1', 'text q2', 'integer q3', 'end_repeat']);
    const out = moveOutOfGroup(inside.form, inside.index);
    expect(sheet(out.form)).toEqual(sheet(form));
    // The first question moved down goes past the whole section, not into it.
    expect(sheet(moveDown(form, 0).form)).toEqual(['begin_repeat repeat1', 'text q2', 'end_repeat', 'integer q1', 'integer q3']);
    // Dropped onto the section's first line: inside, as its first question.
    expect(sheet(moveNodeTo(form, 0, indexOfName(form.survey, 'repeat1') + 1).form)).toEqual([
      'begin_repeat repeat1',
      'integer q1',
      'text q2',
      'end_repeat',
      'integer q3',
    ]);
    // Copied whole, with new names.
    expect(sheet(duplicateNode(form, 1).form).slice(4, 7)).toEqual(['begin_repeat repeat1_2', 'text q2_2', 'end_repeat']);
  });

  it('checks its repeat_count as it is typed, like every expression', () => {
    const form = rosterForm();
    const repeat = indexOfName(form.survey, 'repeat1');
    expect(inspectExpression(form, repeat, 'repeat_count', '3')).toEqual({ references: [] });
    expect(inspectExpression(form, repeat, 'repeat_count', '${q1}')).toEqual({ references: [{ name: 'q1', status: 'known' }] });
    // q2 is asked inside the section, so it has no answer when the count is needed; the section cannot count itself.
    expect(inspectExpression(form, repeat, 'repeat_count', '${q2} + ${repeat1}').references).toEqual([
      { name: 'q2', status: 'later' },
      { name: 'repeat1', status: 'self' },
    ]);
    expect(inspectExpression(form, repeat, 'repeat_count', '${q1} +').error).toMatchObject({ position: 7 });
    expect(inspectExpression(form, repeat, 'repeat_count', '${q11}').references).toEqual([
      { name: 'q11', status: 'unknown', suggestion: 'q1' },
    ]);
    expect(checkForm(updateRow(form, repeat, { repeatCount: '${q1} +' }))).toMatchObject([{ column: 'repeat_count', field: 'repeat1' }]);
  });

  it('goes to XLSForm and back with its count', async () => {
    const form = updateRow(rosterForm(), 1, { repeatCount: '${q1}' });
    const bytes = await writeXlsForm({ ...form, version: '1' });
    expect(await readXlsForm(bytes, 'roster.xlsx')).toEqual({ ...form, version: '1' });
  });
});

describe('previewing a repeated section', () => {
  it('shows it as one screen of instances, counted by its repeat_count once q1 is answered', () => {
    const form = updateRow(rosterForm(), 1, { repeatCount: '${q1}' });
    const preview = previewableForm(form)!;
    const layout = layoutInterview(preview.form);
    const screen = layout.screens[layout.screenOf.get('q2')!];
    expect(screen.id).toBe('repeat1');
    expect(screen.items.map((item) => item.kind)).toEqual(['repeat']);
    expect((screen.items[0] as RepeatItem).counted).toBe(true);
    expect(evaluateFormState(compileForm(preview.form), { q1: '2' }).repeatCounts).toEqual({ repeat1: 2 });
  });

  it('works around a count still being typed, as it does for any expression', () => {
    const preview = previewableForm(updateRow(rosterForm(), 1, { repeatCount: '${q1} +' }))!;
    expect(preview.setAside).toEqual({ repeat1: ['repeat_count'] });
    expect(preview.form.survey[1].repeatCount).toBeUndefined();
  });
});
