/**
 * Adding, copying, changing and removing questions and groups. Every function returns a new form
 * and leaves the one given untouched (the designer keeps old forms as undo steps); rows that do
 * not change are shared between the two.
 */
import type { FormDefinition, QuestionType, SurveyRow, Translations } from '../model';
import { isSelect } from '../model';
import { rowExpressions } from '../row-expressions';
import { parseExpression, referencedFields } from '../expr';
import { nextSeriesName, renamesFor, takenNames, uniqueName, withRenamedReferences } from './names';
import { patchRow, withText } from './normalize';
import { childrenOf, nodeEnd, parentOf } from './tree';
import { addChoiceList, dropListIfOrphanedAndEmpty, listUsers, renameChoiceList } from './choices';

/** A changed form and the row the lead is now on (the new, moved or copied node). */
export interface EditResult {
  form: FormDefinition;
  index: number;
}

export type TranslatedKey = 'label' | 'hint' | 'requiredMessage' | 'constraintMessage';

export function withSurvey(form: FormDefinition, survey: SurveyRow[]): FormDefinition {
  return { ...form, survey };
}

/** Inserts rows before position `at` (0…survey.length). */
export function insertRows(form: FormDefinition, at: number, rows: SurveyRow[]): EditResult {
  const survey = [...form.survey.slice(0, at), ...rows, ...form.survey.slice(at)];
  return { form: withSurvey(form, survey), index: at };
}

/** A new question of `type` at position `at`, named q1, q2…; a select gets a new, empty choice list of its own. */
export function addQuestion(form: FormDefinition, at: number, type: QuestionType): EditResult {
  const name = nextSeriesName('q', takenNames(form));
  let next = form;
  const row: SurveyRow = { type, name };
  if (isSelect(type)) {
    const list = addChoiceList(next, name);
    next = list.form;
    row.listName = list.name;
  }
  return insertRows(next, at, [row]);
}

/** A new, empty group at position `at` (appearance e.g. field-list or table-list). */
export function addGroup(form: FormDefinition, at: number, appearance?: string): EditResult {
  const name = nextSeriesName('group', takenNames(form));
  const begin: SurveyRow = { type: 'begin_group', name, ...(appearance ? { appearance } : {}) };
  return insertRows(form, at, [begin, { type: 'end_group', name: '' }]);
}

/**
 * A new, empty repeat at position `at` (named repeat1, repeat2…): a section asked again and again,
 * once per household member for instance, as many times as the interviewer adds it or as its
 * repeat_count says.
 */
export function addRepeat(form: FormDefinition, at: number): EditResult {
  const name = nextSeriesName('repeat', takenNames(form));
  return insertRows(form, at, [
    { type: 'begin_repeat', name },
    { type: 'end_repeat', name: '' },
  ]);
}

/** Changes some properties of one row ('' / undefined / false remove one). */
export function updateRow(form: FormDefinition, index: number, patch: Partial<SurveyRow>): FormDefinition {
  const survey = [...form.survey];
  survey[index] = patchRow(survey[index], patch);
  return withSurvey(form, survey);
}

/** Sets the text of a label, hint or message in one language ('' removes it). */
export function setRowText(form: FormDefinition, index: number, key: TranslatedKey, language: string, text: string): FormDefinition {
  return updateRow(form, index, { [key]: withText(form.survey[index][key], language, text) });
}

/**
 * Gives a question another type. A select keeps its list, or gets a new empty one; a question that
 * stops being a select loses its list (dropped when nothing else uses it and it has no choices),
 * its "other" option and its choice filter.
 */
export function setQuestionType(form: FormDefinition, index: number, type: QuestionType): FormDefinition {
  const row = form.survey[index];
  if (row.type === type) return form;
  if (isSelect(type)) {
    // "or_other" is for select_one and select_multiple only.
    const orOther = type === 'rank' ? undefined : row.orOther;
    if (row.listName) return updateRow(form, index, { type, orOther });
    const list = addChoiceList(form, row.name);
    return updateRow(list.form, index, { type, listName: list.name, orOther });
  }
  const next = updateRow(form, index, { type, listName: undefined, orOther: undefined, choiceFilter: undefined });
  return row.listName ? dropListIfOrphanedAndEmpty(next, row.listName) : next;
}

/**
 * Renames a row and every `${reference}` to it (expressions and labels) across the form; a list
 * named after the question and used by it alone (as `addQuestion` makes one) takes the new name
 * too. Check the name with `nameProblem` first.
 */
export function renameRow(form: FormDefinition, index: number, newName: string): FormDefinition {
  const row = form.survey[index];
  if (row.name === newName) return form;
  const renames = renamesFor(row, newName);
  const survey = form.survey.map((other, i) => withRenamedReferences(i === index ? ownName(other, newName) : other, renames));
  const renamed = withSurvey(form, survey);
  const ownList =
    row.listName === row.name && listUsers(form, row.name).length === 1 && !form.choiceLists.some((list) => list.name === newName);
  return ownList ? renameChoiceList(renamed, row.name, newName) : renamed;
}

/**
 * The row under a name the designer gave it: a name the reader had qualified by its group
 * (`sourceName`, see qualifyNames) gives way, and the workbook is written with the new name.
 */
function ownName(row: SurveyRow, name: string): SurveyRow {
  const { sourceName: _qualifiedFrom, ...rest } = row;
  return { ...rest, name };
}

/**
 * A copy of the node at `index` right after it. Every row of the copy gets a new name (age → age_2)
 * and references between rows of the copy follow them, so a copied group's skip rules work within
 * the copy; references to rows outside stay as they are. Selects share their lists with the original.
 */
export function duplicateNode(form: FormDefinition, index: number): EditResult {
  const end = nodeEnd(form.survey, index);
  const original = form.survey.slice(index, end + 1);
  const taken = takenNames(form);
  const renames = new Map<string, string>();
  for (const row of original) {
    if (!row.name) continue;
    const name = uniqueName(copyBase(row.name, taken), taken);
    taken.add(name);
    for (const [from, to] of renamesFor(row, name)) {
      renames.set(from, to);
      taken.add(to);
    }
  }
  const copy = original.map((row) => withRenamedReferences(row.name ? ownName(row, renames.get(row.name)!) : { ...row }, renames));
  return insertRows(form, end + 1, copy);
}

/** "age_2" copies to "age_3", not "age_2_2". */
function copyBase(name: string, taken: ReadonlySet<string>): string {
  const numbered = /^(.*)_(\d+)$/.exec(name);
  if (!numbered) return name;
  for (let n = Number(numbered[2]) + 1; ; n++) {
    const candidate = `${numbered[1]}_${n}`;
    if (![...taken].some((t) => t.toUpperCase() === candidate.toUpperCase())) return candidate;
  }
}

/**
 * Removes the node at `index` (a group with everything in it). `index` of the result is the node
 * to select next: the one after it, else the one before, else its group; -1 when none is left.
 */
export function deleteNode(form: FormDefinition, index: number): EditResult {
  const parent = parentOf(form.survey, index);
  const siblings = childrenOf(form.survey, parent);
  const position = siblings.indexOf(index);
  const end = nodeEnd(form.survey, index);
  const removed = end - index + 1;
  const survey = [...form.survey.slice(0, index), ...form.survey.slice(end + 1)];
  const after = siblings[position + 1];
  const before = siblings[position - 1];
  const next = after !== undefined ? after - removed : before !== undefined ? before : parent;
  return { form: withSurvey(form, survey), index: next };
}

/** A place outside a node where its fields are used: a row's expression or text that refers to one of them. */
export interface Reference {
  /** The row that refers. */
  index: number;
  name: string;
  /** An expression column (relevant, constraint…) or 'label' / 'hint' for a text showing the answer. */
  column: string;
  /** The fields referred to. */
  fields: string[];
}

const referenceNames = (text: string) => [...text.matchAll(/\$\{\s*([^}\s]+)\s*\}/g)].map((match) => match[1]);

/** Where rows outside the node at `index` refer to its fields: what breaks if it is deleted. */
export function referencesInto(form: FormDefinition, index: number): Reference[] {
  const end = nodeEnd(form.survey, index);
  const inside = new Set(form.survey.slice(index, end + 1).flatMap((row) => [...renamesFor(row, row.name).keys()].filter(Boolean)));
  const found: Reference[] = [];
  form.survey.forEach((row, i) => {
    if (i >= index && i <= end) return;
    for (const { column, text } of rowExpressions(row)) {
      let names: string[];
      try {
        names = referencedFields(parseExpression(text));
      } catch {
        names = referenceNames(text);
      }
      const fields = names.filter((name) => inside.has(name));
      if (fields.length) found.push({ index: i, name: row.name, column, fields });
    }
    for (const column of ['label', 'hint'] as const) {
      const texts: Translations | undefined = row[column];
      const fields = [...new Set(Object.values(texts ?? {}).flatMap(referenceNames))].filter((name) => inside.has(name));
      if (fields.length) found.push({ index: i, name: row.name, column, fields });
    }
  });
  return found;
}
