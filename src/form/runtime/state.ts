import type { Choice } from '../model';
import { toBoolean, toText } from '../expr';
import type { CompiledField, CompiledForm } from './compile';
import type { Answers, RunOptions } from './engine';
import { FormRun, Instance } from './engine';

/**
 * What the interview shows for a set of answers. Paths name fields as problems do: "age" at the top,
 * "household[2].member_age" in the second instance of the repeat "household".
 */
export interface FormState {
  /** The answers with every calculation worked out (repeats as JSON arrays); only non-empty values. */
  values: Record<string, string>;
  /** Relevance of every field, group and repeat, by path. */
  relevant: Record<string, boolean>;
  /** Relevant fields that must be answered (required, or requiredIf true), by path. */
  required: Record<string, boolean>;
  /** Relevant repeats with a repeat_count: how many instances they must have, by path. */
  repeatCounts: Record<string, number>;
  /**
   * Every repeat (by path, "household" or "house[2].person"): how many of its instances belong to
   * the response, "household[1]" to "household[n]". Instances stored beyond a repeat_count are not
   * among them (see `setAside`).
   */
  instanceCounts: Record<string, number>;
  /** Repeats with instances stored beyond their repeat_count: how many, by path (kept in a draft, dropped when final). */
  setAside: Record<string, number>;
  /** Relevant selects with a choice_filter: the names of the choices offered, by path. */
  choices: Record<string, string[]>;
}

/** The answer map of an instance with its calculations, nested repeats serialized again. */
function instanceAnswers(run: FormRun, instance: Instance, keys: readonly string[], dropIrrelevant: boolean): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of keys) {
    const field = run.compiled.byName.get(key)!;
    if (dropIrrelevant && !instance.isRelevant(field)) continue;
    const children = instance.repeatInstances(key);
    const value =
      field.type === 'begin_repeat' && !run.isUnreadable(instance, field)
        ? children.length
          ? JSON.stringify(children.map((child) => instanceAnswers(run, child, run.compiled.repeatFields.get(key) ?? [], dropIrrelevant)))
          : ''
        : instance.value(field);
    if (value !== '') result[key] = value;
  }
  return result;
}

/** Whether a relevant field must be answered now. */
export function isRequired(run: FormRun, instance: Instance, field: CompiledField): boolean {
  if (field.row.required) return true;
  return field.requiredIf !== undefined && toBoolean(run.evaluate(field.requiredIf, instance, field));
}

/** The instances a relevant repeat must have, or undefined when it has no repeat_count. */
export function expectedRepeatCount(run: FormRun, instance: Instance, field: CompiledField): number | undefined {
  return run.expectedCount(instance, field);
}

/** Whether a choice passes the select's choice_filter for this instance (always, without a filter). */
export function choiceOffered(run: FormRun, instance: Instance, field: CompiledField, choice: Choice): boolean {
  return !field.choiceFilter || toBoolean(run.evaluate(field.choiceFilter, instance, field, undefined, choice));
}

/** Relevance, calculations, required flags, repeat counts and filtered choices for the interview. */
export function evaluateFormState(compiled: CompiledForm, answers: Answers, options: RunOptions = {}): FormState {
  const run = new FormRun(compiled, answers, options);
  const state: FormState = {
    values: instanceAnswers(run, run.top, compiled.storedFields, false),
    relevant: {},
    required: {},
    repeatCounts: {},
    instanceCounts: {},
    setAside: {},
    choices: {},
  };
  for (const field of compiled.inSurveyOrder) {
    for (const instance of run.instancesOf(field.repeats)) {
      const path = instance.path + field.name;
      if (field.type === 'begin_repeat') {
        state.instanceCounts[path] = instance.repeatInstances(field.name).length;
        const setAside = instance.setAsideInstances(field.name).length;
        if (setAside) state.setAside[path] = setAside;
      }
      const relevant = instance.isRelevant(field);
      state.relevant[path] = relevant;
      if (!relevant) continue;
      if (field.stored && field.type !== 'calculate' && isRequired(run, instance, field)) state.required[path] = true;
      const count = field.type === 'begin_repeat' ? expectedRepeatCount(run, instance, field) : undefined;
      if (count !== undefined) state.repeatCounts[path] = count;
      if (field.choiceFilter && field.choices) {
        state.choices[path] = [...field.choices.values()].filter((c) => choiceOffered(run, instance, field, c)).map((c) => c.name);
      }
    }
  }
  return state;
}

/**
 * What a finalized response keeps: the answers with calculations worked out and every answer to a
 * question that does not apply removed (as ODK clears non-relevant fields on submission).
 */
export function finalAnswers(compiled: CompiledForm, answers: Answers, options: RunOptions = {}): Record<string, string> {
  const run = new FormRun(compiled, answers, options);
  return instanceAnswers(run, run.top, compiled.storedFields, true);
}

/**
 * Answers to start an interview (or a new repeat instance) with: the literal defaults, and dynamic
 * defaults evaluated over `answers`. Only fields directly in `repeat` (the top level when absent).
 */
export function defaultAnswers(
  compiled: CompiledForm,
  answers: Answers = {},
  options: RunOptions & { repeat?: string } = {},
): Record<string, string> {
  const run = new FormRun(compiled, answers, options);
  const defaults: Record<string, string> = {};
  for (const field of compiled.inSurveyOrder) {
    const innermost = field.repeats[field.repeats.length - 1];
    if (field.defaultValue === undefined || innermost !== options.repeat) continue;
    const value = typeof field.defaultValue === 'string' ? field.defaultValue : toText(run.evaluate(field.defaultValue, run.top, field));
    if (value !== '') defaults[field.name] = value;
  }
  return defaults;
}
