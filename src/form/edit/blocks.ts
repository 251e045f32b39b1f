/**
 * Ready-made blocks a research lead inserts in one step: a Bogardus social-distance battery and a
 * Likert agreement group. Each comes with its choice list (reusing an identical list the form
 * already has), missing codes marked, and the `scale` column set so that analysis finds the items.
 */
import type { Choice, FormDefinition, SurveyRow, Translations } from '../model';
import type { EditResult } from './rows';
import { insertRows } from './rows';
import { nextSeriesName, takenNames, uniqueName } from './names';
import {
  AGREEMENT_5,
  AGREEMENT_TITLE,
  BOGARDUS_INTRODUCTION,
  BOGARDUS_STEPS,
  BOGARDUS_TITLE,
  DONT_KNOW,
  REFUSED,
} from '../../common/messages/blocks';
import { cleanTranslations } from './normalize';

/** The block's words in the form's languages that Kelisim has them in (English for a form with none of kk, ru, en). */
function textsFor(form: FormDefinition, texts: Translations): Translations {
  const chosen = Object.fromEntries(form.languages.filter((l) => texts[l.code]).map((l) => [l.code, texts[l.code]]));
  return cleanTranslations(chosen) ?? { [form.defaultLanguage]: texts.en };
}

const sameChoices = (a: Choice[], b: Choice[]) => JSON.stringify(a) === JSON.stringify(b);

/** The list with exactly these choices when the form has one, else a new list named after `base`. */
function ensureList(form: FormDefinition, base: string, choices: Choice[]): { form: FormDefinition; name: string } {
  const existing = form.choiceLists.find((list) => sameChoices(list.choices, choices));
  if (existing) return { form, name: existing.name };
  const name = uniqueName(base, new Set(form.choiceLists.map((list) => list.name)));
  return { form: { ...form, choiceLists: [...form.choiceLists, { name, choices }] }, name };
}

function codedChoices(form: FormDefinition, steps: Translations[], missing: Translations[]): Choice[] {
  return [
    ...steps.map((label, i) => ({ name: String(i + 1), label: textsFor(form, label) })),
    ...missing.map((label, i) => ({ name: String(8 + i), label: textsFor(form, label), missing: true })),
  ];
}

export interface BogardusPeople {
  /** Short Latin name the item is named after: "russian" → sd_russian. */
  key: string;
  label: Translations;
}

/**
 * A Bogardus social-distance block at position `at`: a field-list group with the introduction and
 * one drop-down item per people on the seven-step list (1 = as a relative by marriage … 7 = would
 * exclude from the country; 8 don't know and 9 refused are missing codes), each required and in
 * the scale "social_distance" that the analysis's social-distance table reads.
 */
export function insertBogardusBlock(form: FormDefinition, at: number, peoples: BogardusPeople[]): EditResult {
  const list = ensureList(form, 'social_distance', codedChoices(form, BOGARDUS_STEPS, [DONT_KNOW, REFUSED]));
  const taken = takenNames(list.form);
  const claim = (base: string) => {
    const name = uniqueName(base, taken);
    taken.add(name);
    return name;
  };
  const group = claim('social_distance');
  const scale = group;
  const rows: SurveyRow[] = [
    { type: 'begin_group', name: group, label: textsFor(form, BOGARDUS_TITLE), appearance: 'field-list' },
    { type: 'note', name: claim('sd_intro'), label: textsFor(form, BOGARDUS_INTRODUCTION) },
    ...peoples.map((people): SurveyRow => ({
      type: 'select_one',
      name: claim(`sd_${people.key}`),
      listName: list.name,
      label: textsFor(form, people.label),
      required: true,
      appearance: 'minimal',
      scale,
    })),
    { type: 'end_group', name: '' },
  ];
  return insertRows(list.form, at, rows);
}

export interface LikertOptions {
  /** The group's name, also the scale name and the items' prefix (tolerance → tolerance_1…). */
  name?: string;
  statements: number;
}

/**
 * A Likert group at position `at`: a table-list group (a grid for the interviewer) of `statements`
 * required items sharing a five-point agreement list (8 = don't know, a missing code), all in one
 * scale named after the group. The statements' wording is left for the lead to write.
 */
export function insertLikertGroup(form: FormDefinition, at: number, options: LikertOptions): EditResult {
  const list = ensureList(form, 'agree5', codedChoices(form, AGREEMENT_5, [DONT_KNOW]));
  const taken = takenNames(list.form);
  const group = options.name ? uniqueName(options.name, taken) : nextSeriesName('scale', taken);
  taken.add(group);
  const items = Array.from({ length: Math.max(1, options.statements) }, (_, i): SurveyRow => {
    const name = uniqueName(`${group}_${i + 1}`, taken);
    taken.add(name);
    return { type: 'select_one', name, listName: list.name, required: true, scale: group };
  });
  const rows: SurveyRow[] = [
    { type: 'begin_group', name: group, label: textsFor(form, AGREEMENT_TITLE), appearance: 'table-list' },
    ...items,
    { type: 'end_group', name: '' },
  ];
  return insertRows(list.form, at, rows);
}
