/**
 * Choice lists: adding, renaming, ordering and removing choices, marking missing-value codes, and
 * sharing one list between questions (a Likert battery) or giving a question a copy of its own.
 */
import type { Choice, ChoiceList, FormDefinition } from '../model';
import { uniqueName } from './names';
import { patchChoice, withText } from './normalize';

/** Why a choice or list cannot have a name: none, a space (select_multiple answers are names separated by spaces), or taken. */
export type ChoiceNameProblem = 'empty' | 'space' | 'taken';

function withList(form: FormDefinition, listName: string, change: (choices: Choice[]) => Choice[]): FormDefinition {
  return {
    ...form,
    choiceLists: form.choiceLists.map((list) => (list.name === listName ? { ...list, choices: change([...list.choices]) } : list)),
  };
}

function choicesIn(form: FormDefinition, listName: string): Choice[] {
  return form.choiceLists.find((list) => list.name === listName)?.choices ?? [];
}

/** A new, empty list named after `base` (made unique among the lists). */
export function addChoiceList(form: FormDefinition, base: string): { form: FormDefinition; name: string } {
  const name = uniqueName(base, new Set(form.choiceLists.map((list) => list.name)));
  return { form: { ...form, choiceLists: [...form.choiceLists, { name, choices: [] }] }, name };
}

/** The rows of the questions that use a list, in survey order. */
export function listUsers(form: FormDefinition, listName: string): number[] {
  return form.survey.flatMap((row, index) => (row.listName === listName ? [index] : []));
}

/** Removes a list that no question uses and that holds no choices (left behind by a type change). */
export function dropListIfOrphanedAndEmpty(form: FormDefinition, listName: string): FormDefinition {
  const list = form.choiceLists.find((l) => l.name === listName);
  if (!list || list.choices.length || listUsers(form, listName).length) return form;
  return { ...form, choiceLists: form.choiceLists.filter((l) => l !== list) };
}

/** Removes a list no question uses; the same form when a question still does. */
export function deleteChoiceList(form: FormDefinition, listName: string): FormDefinition {
  if (listUsers(form, listName).length) return form;
  return { ...form, choiceLists: form.choiceLists.filter((list) => list.name !== listName) };
}

/** Renames a list and points every question using it at the new name. */
export function renameChoiceList(form: FormDefinition, listName: string, newName: string): FormDefinition {
  if (listName === newName) return form;
  return {
    ...form,
    survey: form.survey.map((row) => (row.listName === listName ? { ...row, listName: newName } : row)),
    choiceLists: form.choiceLists.map((list) => (list.name === listName ? { ...list, name: newName } : list)),
  };
}

/** What is wrong with a list name: empty, or already the name of another list. */
export function listNameProblem(form: FormDefinition, listName: string, newName: string): ChoiceNameProblem | undefined {
  if (!newName.trim()) return 'empty';
  if (/\s/.test(newName)) return 'space';
  if (newName !== listName && form.choiceLists.some((list) => list.name === newName)) return 'taken';
  return undefined;
}

/** Points the question at `index` to another existing list (sharing it with the questions that use it). */
export function useChoiceList(form: FormDefinition, index: number, listName: string): FormDefinition {
  const previous = form.survey[index].listName;
  const survey = [...form.survey];
  survey[index] = { ...survey[index], listName };
  const next = { ...form, survey };
  return previous ? dropListIfOrphanedAndEmpty(next, previous) : next;
}

/** Gives the question at `index` a copy of its list, so that editing the choices changes it alone. */
export function copyChoiceListFor(form: FormDefinition, index: number): FormDefinition {
  const row = form.survey[index];
  const source: ChoiceList | undefined = form.choiceLists.find((list) => list.name === row.listName);
  if (!source) return form;
  const added = addChoiceList(form, row.name);
  const choiceLists = added.form.choiceLists.map((list) =>
    list.name === added.name ? { name: added.name, choices: source.choices.map((choice) => structuredClone(choice)) } : list,
  );
  const survey = [...form.survey];
  survey[index] = { ...row, listName: added.name };
  return { ...form, survey, choiceLists };
}

const NUMBER = /^\d+$/;

/**
 * The name a new choice gets: the next code after the substantive numeric ones (1…5, then 6, even
 * with don't-know 8 and refused 9 after them; 1 in an empty list), else choice1, choice2… in a
 * list whose codes are words.
 */
function newChoiceName(choices: Choice[]): string {
  const names = new Set(choices.map((choice) => choice.name));
  const substantive = choices.filter((choice) => !choice.missing);
  if (substantive.every((choice) => NUMBER.test(choice.name))) {
    let code = Math.max(0, ...substantive.map((choice) => Number(choice.name))) + 1;
    while (names.has(String(code))) code++;
    return String(code);
  }
  let n = choices.length + 1;
  while (names.has(`choice${n}`)) n++;
  return `choice${n}`;
}

/**
 * Adds a choice to a list and returns its position: before the missing codes (don't know, refused),
 * which stay last, unless it is a missing code itself.
 */
export function addChoice(form: FormDefinition, listName: string, choice: Partial<Choice> = {}): { form: FormDefinition; index: number } {
  const choices = choicesIn(form, listName);
  const added = patchChoice({ name: newChoiceName(choices), label: {} }, choice);
  const firstMissing = choices.findIndex((c) => c.missing);
  const index = added.missing || firstMissing < 0 ? choices.length : firstMissing;
  return { form: withList(form, listName, (all) => (all.splice(index, 0, added), all)), index };
}

/** Changes a choice ('' in a label or `missing: false` removes them). */
export function updateChoice(form: FormDefinition, listName: string, index: number, patch: Partial<Choice>): FormDefinition {
  if (!choicesIn(form, listName)[index]) return form;
  return withList(form, listName, (choices) => {
    choices[index] = patchChoice(choices[index], patch);
    return choices;
  });
}

export function setChoiceLabel(form: FormDefinition, listName: string, index: number, language: string, text: string): FormDefinition {
  const choice = choicesIn(form, listName)[index];
  return updateChoice(form, listName, index, { label: withText(choice.label, language, text) });
}

/** What is wrong with naming the choice at `index` of a list `name`. */
export function choiceNameProblem(form: FormDefinition, listName: string, index: number, name: string): ChoiceNameProblem | undefined {
  if (!name.trim()) return 'empty';
  if (/\s/.test(name)) return 'space';
  if (choicesIn(form, listName).some((choice, i) => i !== index && choice.name === name)) return 'taken';
  return undefined;
}

export function moveChoice(form: FormDefinition, listName: string, from: number, to: number): FormDefinition {
  const count = choicesIn(form, listName).length;
  if (from === to || to < 0 || to >= count) return form;
  return withList(form, listName, (choices) => {
    const [moved] = choices.splice(from, 1);
    choices.splice(to, 0, moved);
    return choices;
  });
}

export function deleteChoice(form: FormDefinition, listName: string, index: number): FormDefinition {
  return withList(form, listName, (choices) => choices.filter((_, i) => i !== index));
}
