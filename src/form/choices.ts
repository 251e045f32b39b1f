import type { Choice, ChoiceList, FormDefinition, SurveyRow } from './model';
import { choiceFileOf } from './model';
import { fileChoices, searchAppearance } from './attachments';
import { labelIn } from './languages';

/** The name under which `or_other` selects record "other". */
export const OTHER_CHOICE = 'other';

export function findChoiceList(form: FormDefinition, listName: string): ChoiceList | undefined {
  return form.choiceLists.find((list) => list.name === listName);
}

/**
 * The choices of a select question in sheet order (in file order for select_one_from_file); [] for
 * other rows or an unknown list.
 */
export function choicesOf(form: FormDefinition, question: SurveyRow): Choice[] {
  if (!question.listName) return [];
  if (choiceFileOf(question) || searchAppearance(question)) return fileChoices(form, question);
  return findChoiceList(form, question.listName)?.choices ?? [];
}

export function findChoice(form: FormDefinition, question: SurveyRow, name: string): Choice | undefined {
  return choicesOf(form, question).find((choice) => choice.name === name);
}

/** The label of a choice in a language (falling back to the default language), '' when not a choice. */
export function choiceLabel(form: FormDefinition, question: SurveyRow, name: string, language?: string): string {
  const choice = findChoice(form, question, name);
  return choice ? labelIn(form, choice.label, language) : '';
}

/** Answers are categories (counted, crosstabulated): select_one and select_multiple. */
export function isCategorical(question: SurveyRow): boolean {
  return question.type === 'select_one' || question.type === 'select_multiple';
}

/** Names of the choices marked `missing` (don't know, refused…), in sheet order. */
export function missingCodes(form: FormDefinition, question: SurveyRow): string[] {
  return choicesOf(form, question)
    .filter((choice) => choice.missing)
    .map((choice) => choice.name);
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * For a select_one whose substantive choice names are all numbers (a Likert item: 1…5), the number
 * of each such choice; missing codes are left out whatever their names. Undefined otherwise, so a
 * mean or a scale score is only computed where the codes really are numbers.
 */
export function numericChoiceValues(form: FormDefinition, question: SurveyRow): Record<string, number> | undefined {
  if (question.type !== 'select_one') return undefined;
  const substantive = choicesOf(form, question).filter((choice) => !choice.missing);
  if (!substantive.length || !substantive.every((choice) => NUMBER.test(choice.name.trim()))) return undefined;
  const values: Record<string, number> = {};
  for (const choice of substantive) values[choice.name] = Number(choice.name);
  return values;
}
