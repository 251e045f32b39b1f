/**
 * A form half-way through design still has problems (a question without a label yet, an
 * expression being typed), which the interview engine refuses. The preview shows such a form
 * anyway: this makes a copy the engine accepts by setting aside what is wrong — an expression that
 * does not read is left out, a missing label shows the question's name — and says what it set aside.
 */
import type { Problem } from '../../common/errors';
import type { FormDefinition, SurveyRow } from '../model';
import { checkForm } from '../check';
import { problemTarget } from './problems';
import { indexOfName, parentOf } from './tree';

/** The survey columns holding expressions, as checkForm names them, and the model property of each. */
const EXPRESSION_PROPERTIES: Record<string, keyof SurveyRow> = {
  relevant: 'relevant',
  constraint: 'constraint',
  calculation: 'calculation',
  required: 'requiredIf',
  read_only: 'readOnlyIf',
  choice_filter: 'choiceFilter',
  default: 'default',
  repeat_count: 'repeatCount',
};

export interface PreviewableForm {
  form: FormDefinition;
  /** Question name → the columns set aside or filled in for the preview. */
  setAside: Record<string, string[]>;
}

function repairRow(form: FormDefinition, index: number, column: string): SurveyRow | undefined {
  const row = { ...form.survey[index] };
  const property = EXPRESSION_PROPERTIES[column];
  if (property && row.type === 'calculate' && property === 'calculation') row.calculation = "''";
  else if (property) delete row[property];
  else if (column.startsWith('label')) row.label = { [form.defaultLanguage]: `[${row.name}]` };
  else if (column === 'type' && row.listName !== undefined) {
    // A select without choices yet shows as its label alone.
    row.type = 'note';
    delete row.listName;
    delete row.orOther;
    delete row.choiceFilter;
    delete row.required;
  } else return undefined;
  return row;
}

function repair(form: FormDefinition, problem: Problem, setAside: Record<string, string[]>): FormDefinition | undefined {
  const target = problemTarget(form, problem);
  if (target.kind === 'row' && problem.sheet === 'survey') {
    const row = repairRow(form, target.index, problem.column ?? '');
    if (!row) return undefined;
    const name = form.survey[target.index].name;
    (setAside[name] ??= []).push(problem.column ?? '');
    const survey = [...form.survey];
    survey[target.index] = row;
    return { ...form, survey };
  }
  if (target.kind === 'choice') {
    const choiceLists = form.choiceLists.map((list) => {
      if (list.name !== target.list) return list;
      const choice = list.choices[target.index];
      const keep = choice.name.trim() !== '' && !list.choices.slice(0, target.index).some((c) => c.name === choice.name);
      const choices = keep
        ? list.choices.map((c, i) => (i === target.index ? { ...c, label: { [form.defaultLanguage]: c.name } } : c))
        : list.choices.filter((_, i) => i !== target.index);
      return { ...list, choices };
    });
    return { ...form, choiceLists };
  }
  if (problem.column === 'default_language' && form.languages.length) return { ...form, defaultLanguage: form.languages[0].code };
  if (problem.column === 'form_id') return { ...form, formId: 'preview' };
  return undefined;
}

/**
 * A copy of `form` the interview engine accepts, with what was set aside; undefined when its
 * problems are of a kind a preview cannot work around (names, groups left open).
 */
export function previewableForm(form: FormDefinition): PreviewableForm | undefined {
  const setAside: Record<string, string[]> = {};
  let current = form;
  // Each round fixes every problem found; a fix can uncover another (a missing list, then its select).
  for (let round = 0; round < 4; round++) {
    const problems = checkForm(current);
    if (!problems.length) return { form: current, setAside };
    // From the last problem to the first, so that a fix never moves the rows of the ones still to come.
    for (const problem of [...problems].reverse()) {
      const repaired = repair(current, problem, setAside);
      if (!repaired) return undefined;
      current = repaired;
    }
  }
  return checkForm(current).length ? undefined : { form: current, setAside };
}

export interface ForcedQuestion {
  /** The form with the relevance of the question and of the groups around it set aside. */
  form: FormDefinition;
  /** The conditions set aside, the question's own last: what the interview would ask first. */
  conditions: { name: string; relevant: string }[];
}

/**
 * A form in which the question (or group) `name` is asked whatever the earlier answers, so that a
 * preview shows it when the lead selects it; the conditions set aside are listed for the preview
 * to mention. Relevance inside it (an "other, specify" under its select) still works.
 */
export function askedRegardless(form: FormDefinition, name: string): ForcedQuestion {
  const chain: number[] = [];
  for (let index = indexOfName(form.survey, name); index >= 0; index = parentOf(form.survey, index)) chain.unshift(index);
  const conditions = chain.flatMap((index) => {
    const row = form.survey[index];
    return row.relevant?.trim() ? [{ name: row.name, relevant: row.relevant }] : [];
  });
  if (!conditions.length) return { form, conditions };
  const survey = form.survey.map((row, index) => {
    if (!chain.includes(index) || row.relevant === undefined) return row;
    const { relevant: _setAside, ...rest } = row;
    return rest;
  });
  return { form: { ...form, survey }, conditions };
}
