/**
 * A research lead builds and rearranges a questionnaire in the designer. Every step is a pure
 * function from form to form; the tests check the survey sheet it leaves (types and names in
 * order, as the workbook would list them) and that checkForm, the publish gate, accepts it.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form/model';
import { checkForm, readXlsForm, writeXlsForm } from '../../../src/form';
import {
  addChoice,
  addGroup,
  addQuestion,
  deleteNode,
  duplicateNode,
  emptyForm,
  indexOfName,
  insertionAfter,
  insertionInside,
  moveDown,
  moveIntoPreviousGroup,
  moveNodeTo,
  moveOutOfGroup,
  moveUp,
  nameProblem,
  referencesInto,
  renameRow,
  setChoiceLabel,
  setRowText,
  updateRow,
} from '../../../src/form/edit';

/** The survey sheet as "type name" lines, end rows as "end_group". */
const sheet = (form: FormDefinition) => form.survey.map((row) => (row.name ? `${row.type} ${row.name}` : row.type));

/** Labels every question in all three languages, so that checkForm has nothing to say about wording. */
function labelled(form: FormDefinition): FormDefinition {
  return form.survey.reduce((next, row, index) => {
    if (!row.name || row.type === 'calculate') return next;
    return ['kk', 'ru', 'en'].reduce((f, language) => setRowText(f, index, 'label', language, `${row.name} (${language})`), next);
  }, form);
}

/** A form with a question q1, a group group1 holding q2 and q3, and a question q4. */
function outlineForm(): FormDefinition {
  let form = emptyForm({ formId: 'outline', title: 'Outline', languages: ['kk', 'ru', 'en'] });
  form = addQuestion(form, 0, 'text').form;
  form = addGroup(form, form.survey.length).form;
  const group = indexOfName(form.survey, 'group1');
  form = addQuestion(form, insertionInside(form.survey, group), 'integer').form;
  form = addQuestion(form, insertionInside(form.survey, group), 'text').form;
  form = addQuestion(form, form.survey.length, 'date').form;
  return labelled(form);
}

describe('building a form from nothing', () => {
  it('adds questions named q1, q2… with labels in every language and a select with its own list', () => {
    let form = emptyForm({ formId: 'neighbours', title: 'Neighbours', languages: ['kk', 'ru', 'en'] });
    form = addQuestion(form, 0, 'integer').form;
    const added = addQuestion(form, insertionAfter(form.survey, 0), 'select_one');
    form = added.form;
    expect(added.index).toBe(1);
    expect(sheet(form)).toEqual(['integer q1', 'select_one q2']);
    expect(form.survey[1].listName).toBe('q2');
    expect(form.choiceLists).toEqual([{ name: 'q2', choices: [] }]);

    form = setRowText(form, 0, 'label', 'kk', 'Жасыңыз нешеде?');
    form = setRowText(form, 0, 'label', 'ru', 'Сколько Вам лет?');
    form = setRowText(form, 0, 'label', 'en', 'How old are you?');
    form = setRowText(form, 1, 'label', 'kk', 'Көршіңіз кім?');
    form = setRowText(form, 1, 'label', 'ru', 'Кто Ваш сосед?');
    form = setRowText(form, 1, 'label', 'en', 'Who is your neighbour?');
    form = addChoice(form, 'q2').form;
    form = addChoice(form, 'q2').form;
    for (const [index, texts] of [
      [0, ['Қазақ', 'Казах', 'Kazakh']],
      [1, ['Орыс', 'Русский', 'Russian']],
    ] as const) {
      texts.forEach((text, i) => {
        form = setChoiceLabel(form, 'q2', index, ['kk', 'ru', 'en'][i], text);
      });
    }
    form = updateRow(form, 1, { relevant: '${q1} >= 18', required: true });

    expect(form.choiceLists[0].choices.map((c) => c.name)).toEqual(['1', '2']);
    expect(checkForm(form)).toEqual([]);
    expect(form.survey[0]).toEqual({
      type: 'integer',
      name: 'q1',
      label: { kk: 'Жасыңыз нешеде?', ru: 'Сколько Вам лет?', en: 'How old are you?' },
    });
  });

  it('writes a workbook that reads back as the same form', async () => {
    const form = updateRow(outlineForm(), 1, { appearance: 'field-list', relevant: '${q1} != ""' });
    const again = await readXlsForm(await writeXlsForm(form), 'outline.xlsx');
    expect(again).toEqual(form);
  });

  it('removes a text emptied in one language and the label once every language is empty', () => {
    let form = outlineForm();
    form = setRowText(form, 0, 'label', 'ru', '');
    expect(form.survey[0].label).toEqual({ kk: 'q1 (kk)', en: 'q1 (en)' });
    form = setRowText(setRowText(form, 0, 'label', 'kk', ''), 0, 'label', 'en', '');
    expect('label' in form.survey[0]).toBe(false);
    form = updateRow(form, 0, { required: false, relevant: '' });
    expect(Object.keys(form.survey[0])).toEqual(['type', 'name']);
  });

  it('never changes the form it was given', () => {
    const form = outlineForm();
    const before = JSON.stringify(form);
    moveDown(form, 0);
    deleteNode(form, 1);
    duplicateNode(form, 1);
    setRowText(form, 0, 'hint', 'kk', 'Кеңес');
    expect(JSON.stringify(form)).toBe(before);
  });
});

describe('moving questions and groups, keeping every group closed', () => {
  const start = outlineForm();

  it('starts from q1, group1 (q2, q3), q4', () => {
    expect(sheet(start)).toEqual(['text q1', 'begin_group group1', 'integer q2', 'text q3', 'end_group', 'date q4']);
  });

  it('moves a question down past a whole group, not into it', () => {
    const moved = moveDown(start, 0);
    expect(sheet(moved.form)).toEqual(['begin_group group1', 'integer q2', 'text q3', 'end_group', 'text q1', 'date q4']);
    expect(moved.index).toBe(4);
  });

  it('moves the first question of a group up out of it, and the last one down out of it', () => {
    expect(sheet(moveUp(start, 2).form)).toEqual(['text q1', 'integer q2', 'begin_group group1', 'text q3', 'end_group', 'date q4']);
    expect(sheet(moveDown(start, 3).form)).toEqual(['text q1', 'begin_group group1', 'integer q2', 'end_group', 'text q3', 'date q4']);
  });

  it('moves a whole group up, and leaves the first row where it is', () => {
    const moved = moveUp(start, 1);
    expect(sheet(moved.form)).toEqual(['begin_group group1', 'integer q2', 'text q3', 'end_group', 'text q1', 'date q4']);
    expect(moved.index).toBe(0);
    expect(moveUp(moved.form, 0).form).toBe(moved.form);
  });

  it('puts a question into the group above it, and takes it out again', () => {
    const into = moveIntoPreviousGroup(start, 5);
    expect(sheet(into.form)).toEqual(['text q1', 'begin_group group1', 'integer q2', 'text q3', 'date q4', 'end_group']);
    expect(into.index).toBe(4);
    const out = moveOutOfGroup(into.form, into.index);
    expect(sheet(out.form)).toEqual(sheet(start));
    expect(moveIntoPreviousGroup(start, 1).form).toBe(start);
  });

  it('drops a question anywhere, and refuses to drop a group inside itself', () => {
    const dropped = moveNodeTo(start, 5, 3);
    expect(sheet(dropped.form)).toEqual(['text q1', 'begin_group group1', 'integer q2', 'date q4', 'text q3', 'end_group']);
    expect(dropped.index).toBe(3);
    expect(moveNodeTo(start, 1, 3).form).toBe(start);
  });

  it('leaves a form checkForm accepts after any sequence of moves', () => {
    let form = start;
    let index = 5;
    for (const step of [moveUp, moveUp, moveUp, moveIntoPreviousGroup, moveDown, moveOutOfGroup, moveUp]) {
      ({ form, index } = step(form, index));
    }
    expect(checkForm(form)).toEqual([]);
    expect(form.survey.filter((row) => row.type === 'begin_group')).toHaveLength(1);
    expect(form.survey.filter((row) => row.type === 'end_group')).toHaveLength(1);
  });
});

describe('duplicating and deleting', () => {
  it('copies a group with new names, and skip rules inside the copy follow the copy', () => {
    let form = updateRow(outlineForm(), 3, { relevant: '${q2} > 3 and ${q1} != ""' });
    form = setRowText(form, 3, 'label', 'en', 'Why ${q2}?');
    const copy = duplicateNode(form, 1);
    expect(sheet(copy.form)).toEqual([
      'text q1',
      'begin_group group1',
      'integer q2',
      'text q3',
      'end_group',
      'begin_group group1_2',
      'integer q2_2',
      'text q3_2',
      'end_group',
      'date q4',
    ]);
    expect(copy.index).toBe(5);
    // Inside the copy q3_2 follows q2_2; q1 lies outside the copy and stays.
    expect(copy.form.survey[7].relevant).toBe('${q2_2} > 3 and ${q1} != ""');
    expect(copy.form.survey[7].label?.en).toBe('Why ${q2_2}?');
    expect(checkForm(copy.form)).toEqual([]);
    expect(sheet(duplicateNode(copy.form, 6).form).slice(6, 8)).toEqual(['integer q2_2', 'integer q2_3']);
  });

  it('deletes a group with everything in it and selects what came after it', () => {
    const form = outlineForm();
    const deleted = deleteNode(form, 1);
    expect(sheet(deleted.form)).toEqual(['text q1', 'date q4']);
    expect(deleted.form.survey[deleted.index].name).toBe('q4');
    // The last question of a group: the one before it; an only question: its group.
    expect(deleteNode(form, 3).index).toBe(2);
    const alone = deleteNode(deleteNode(form, 3).form, 2);
    expect(alone.form.survey[alone.index].name).toBe('group1');
  });

  it('lists the skip rules and labels that would lose their question, before deleting it', () => {
    let form = updateRow(outlineForm(), 5, { relevant: '${q2} > 17', constraint: '. > ${q3}' });
    form = setRowText(form, 0, 'hint', 'ru', 'Ранее: ${q2}');
    expect(referencesInto(form, 1)).toEqual([
      { index: 0, name: 'q1', column: 'hint', fields: ['q2'] },
      { index: 5, name: 'q4', column: 'relevant', fields: ['q2'] },
      { index: 5, name: 'q4', column: 'constraint', fields: ['q3'] },
    ]);
    // References from inside the deleted group itself do not count.
    expect(referencesInto(updateRow(form, 3, { relevant: '${q2} > 1' }), 1)).toHaveLength(3);
  });
});

describe('names', () => {
  const form = outlineForm();

  it('renames a question everywhere it is used, the "other" text of or_other too', () => {
    let next = updateRow(form, 5, { relevant: '${ q2 } > 17 and ${q2_other} = ""', type: 'select_one', listName: 'x' });
    next = updateRow(next, 2, { orOther: true });
    next = setRowText(next, 3, 'label', 'kk', '${q2} жасыңызда');
    next = renameRow(next, 2, 'age');
    expect(next.survey[2].name).toBe('age');
    expect(next.survey[5].relevant).toBe('${age} > 17 and ${age_other} = ""');
    expect(next.survey[3].label?.kk).toBe('${age} жасыңызда');
  });

  it("takes a select's own list along when the question is renamed, but not a shared one", () => {
    let next = addQuestion(form, 0, 'select_one').form;
    expect(next.survey[0]).toMatchObject({ name: 'q5', listName: 'q5' });
    next = renameRow(next, 0, 'trust');
    expect(next.survey[0]).toMatchObject({ name: 'trust', listName: 'trust' });
    expect(next.choiceLists.map((list) => list.name)).toEqual(['trust']);
    next = updateRow(next, 1, { type: 'select_one', listName: 'trust' });
    next = renameRow(next, 0, 'trust_police');
    expect(next.survey[0].listName).toBe('trust');
  });

  it('accepts only names that XLSForm and SPSS both take, unique regardless of case', () => {
    expect(nameProblem(form, 'age_group.2', 0)).toBeUndefined();
    expect(nameProblem(form, 'жас', 0)).toBeUndefined();
    expect(nameProblem(form, '', 0)).toEqual({ code: 'empty' });
    expect(nameProblem(form, '2age', 0)).toEqual({ code: 'first-character' });
    expect(nameProblem(form, '_age', 0)).toEqual({ code: 'first-character' });
    expect(nameProblem(form, 'age group-2', 0)).toEqual({ code: 'characters', characters: ' -' });
    expect(nameProblem(form, 'age.', 0)).toEqual({ code: 'trailing-period' });
    expect(nameProblem(form, 'with', 0)).toEqual({ code: 'reserved' });
    // 33 Cyrillic letters are 66 bytes in UTF-8: over SPSS's 64.
    expect(nameProblem(form, 'қ'.repeat(33), 0)).toEqual({ code: 'too-long', bytes: 66 });
    expect(nameProblem(form, 'Q4', 0)).toEqual({ code: 'taken', by: 5 });
    expect(nameProblem(form, 'q1', 0)).toBeUndefined();
  });

  it('does not let a name take the "other" text of an or_other select', () => {
    const withOther = updateRow(form, 2, { orOther: true });
    expect(nameProblem(withOther, 'q2_other', 0)).toEqual({ code: 'taken', by: 2 });
  });
});
