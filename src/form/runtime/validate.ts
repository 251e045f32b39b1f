import type { Problem } from '../../common/errors';
import type { FormDefinition, Translations } from '../model';
import { isCollectable, isSelect } from '../model';
import { OTHER_CHOICE } from '../choices';
import { answerFormatProblem, rangeParameters } from '../answer-formats';
import type { AnswerMessage, AnswerProblemCode, MessageLanguage } from '../../common/messages/form-runtime';
import { answerProblemWords } from '../../common/messages/form-runtime';
import { messageLanguage } from '../message-language';
import { selectedNames, toBoolean } from '../expr';
import type { CompiledField, CompiledForm } from './compile';
import { compileForm } from './compile';
import type { Answers, Instance, RunOptions } from './engine';
import { FormRun } from './engine';
import { choiceOffered, expectedRepeatCount, isRequired } from './state';

/**
 * Why an answer was flagged. 'not-relevant' is not an error: the answer belongs to a question the
 * other answers skip, and finalizing drops it (see `finalAnswers`); callers that only want errors
 * filter it out. Every other reason makes the response invalid.
 */
export type AnswerProblemReason = 'type' | 'choice' | 'required' | 'constraint' | 'not-relevant' | 'unknown-field' | 'repeat';

export interface AnswerProblem extends Problem {
  /** The field's path: "age", or "household[2].member_age" inside a repeat. */
  field: string;
  reason: AnswerProblemReason;
  /**
   * What is wrong, as a catalog code (src/common/messages/errors/answers.ts) with its parameters; `message` says it
   * in the interview language, a screen says the code in its own.
   */
  code: AnswerProblemCode;
  params: Record<string, string | number>;
}

export const isAnswerError = (problem: AnswerProblem): boolean => problem.reason !== 'not-relevant';

const compiledForms = new WeakMap<FormDefinition, CompiledForm>();

/** A form compiled once per form object, so that validating many responses pays for it once. */
function compiledFor(form: FormDefinition | CompiledForm): CompiledForm {
  if ('byName' in form) return form;
  let compiled = compiledForms.get(form);
  if (!compiled) {
    compiled = compileForm(form);
    compiledForms.set(form, compiled);
  }
  return compiled;
}

class Validation {
  readonly problems: AnswerProblem[] = [];
  private readonly language: MessageLanguage;

  constructor(
    private readonly run: FormRun,
    private readonly formLanguage: string,
    form: FormDefinition,
  ) {
    this.language = messageLanguage(formLanguage, form);
  }

  private report(
    instance: Instance,
    field: string,
    reason: AnswerProblemReason,
    key: AnswerMessage,
    values?: Record<string, string | number>,
    own?: string,
  ): void {
    this.problems.push({ field: instance.path + field, reason, ...answerProblemWords(key, this.language, values, own) });
  }

  /** The form's own message in the interview language or the form's default one, if it gives one. */
  private own(texts: Translations | undefined): string | undefined {
    return texts?.[this.formLanguage] || texts?.[this.run.compiled.form.defaultLanguage] || undefined;
  }

  checkInstance(instance: Instance, known: ReadonlySet<string>): void {
    const keys = Object.keys(instance.values);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!known.has(key) && instance.values[key] !== '') {
        this.report(instance, key, 'unknown-field', 'unknown-field', { field: key });
      }
    }
  }

  checkField(instance: Instance, field: CompiledField): void {
    const value = instance.value(field);
    if (field.type === 'begin_repeat') {
      this.checkRepeat(instance, field, value);
      return;
    }
    if (!instance.isRelevant(field)) {
      if (value !== '') this.report(instance, field.name, 'not-relevant', 'not-relevant');
      return;
    }
    // A type the form keeps but the interview cannot collect yet (a photo, a geotrace) is never
    // asked, so its `required` cannot hold an interview back.
    if (!isCollectable(field.type)) return;
    if (value === '') {
      if (isRequired(this.run, instance, field)) {
        this.report(instance, field.name, 'required', 'required', undefined, this.own(field.row.requiredMessage));
      }
      return;
    }
    const format = answerFormatProblem(field.type, value, field.row.parameters);
    if (format) {
      this.report(instance, field.name, 'type', format, format === 'range' ? rangeParameters(field.row.parameters) : undefined);
      return;
    }
    if (isSelect(field.type) && !this.checkChoices(instance, field, value)) return;
    if (field.constraint && !toBoolean(this.run.evaluate(field.constraint, instance, field, value))) {
      this.report(instance, field.name, 'constraint', 'constraint', undefined, this.own(field.row.constraintMessage));
    }
  }

  /** Every chosen name must be a choice the question offers; a rank names each choice once. */
  private checkChoices(instance: Instance, field: CompiledField, value: string): boolean {
    if (field.type === 'select_one') return this.checkChoice(instance, field, value);
    const names = selectedNames(value);
    let valid = true;
    names.forEach((name, i) => {
      if (!this.checkChoice(instance, field, name)) valid = false;
      else if (field.type === 'rank' && names.indexOf(name) < i) {
        this.report(instance, field.name, 'choice', 'repeated-choice', { value: name });
        valid = false;
      }
    });
    return valid;
  }

  private checkChoice(instance: Instance, field: CompiledField, name: string): boolean {
    const choice = field.choices?.get(name);
    if (!choice) {
      this.report(instance, field.name, 'choice', 'not-a-choice', { value: name });
      return false;
    }
    if (name !== OTHER_CHOICE && !choiceOffered(this.run, instance, field, choice)) {
      this.report(instance, field.name, 'choice', 'choice-unavailable', { value: name });
      return false;
    }
    return true;
  }

  private checkRepeat(instance: Instance, field: CompiledField, value: string): void {
    if (this.run.isUnreadable(instance, field)) {
      this.report(instance, field.name, 'repeat', 'repeat-unreadable');
      return;
    }
    const count = instance.repeatInstances(field.name).length;
    if (!instance.isRelevant(field)) {
      if (count > 0 || (value !== '' && value !== '[]')) this.report(instance, field.name, 'not-relevant', 'not-relevant');
      return;
    }
    const expected = expectedRepeatCount(this.run, instance, field);
    if (expected !== undefined && expected !== count) {
      this.report(instance, field.name, 'repeat', 'repeat-count', { expected, actual: count });
    }
    instance.setAsideInstances(field.name).forEach((values, i) => {
      if (Object.values(values).some((v) => v !== '')) {
        this.report(instance, `${field.name}[${count + i + 1}]`, 'not-relevant', 'repeat-set-aside', { expected: count });
      }
    });
    const known = new Set(this.run.compiled.repeatFields.get(field.name));
    for (const child of instance.repeatInstances(field.name)) this.checkInstance(child, known);
  }
}

/**
 * Checks one response against its form: the shape of each answer by type (integer, decimal, date
 * YYYY-MM-DD, time, dateTime, geopoint "lat lon [alt acc]"), choices (respecting choice_filter),
 * required (only where relevant), constraints (only on answers given), repeat counts, unknown
 * fields, and answers to questions that do not apply (reason 'not-relevant', see above). Messages
 * are the form's required_message / constraint_message in `options.language` (or the form's
 * default language), else Kelisim's in Kazakh, Russian or English; each problem also carries its
 * catalog code and parameters (the form's own message as `own`), which screens translate.
 *
 * Pass a CompiledForm (or the same form object every time) to validate many responses fast.
 */
export function validateAnswers(form: FormDefinition | CompiledForm, answers: Answers, options: RunOptions = {}): AnswerProblem[] {
  const compiled = compiledFor(form);
  const run = new FormRun(compiled, answers, options);
  const validation = new Validation(run, options.language ?? compiled.form.defaultLanguage, compiled.form);
  validation.checkInstance(run.top, compiled.storedFieldSet);
  // Problems in reading order: a repeat's instances one after another, each with its own questions.
  const checkLevel = (instance: Instance, fields: readonly CompiledField[]) => {
    for (const field of fields) {
      validation.checkField(instance, field);
      if (field.type !== 'begin_repeat') continue;
      const inner = checkedFields(compiled).get(field.name) ?? [];
      for (const child of instance.repeatInstances(field.name)) checkLevel(child, inner);
    }
  };
  checkLevel(run.top, checkedFields(compiled).get('') ?? []);
  return validation.problems;
}

const fieldsByRepeat = new WeakMap<CompiledForm, Map<string, CompiledField[]>>();

/** The fields validation checks, in survey order, by the repeat they are directly in ('' for the top level). */
function checkedFields(compiled: CompiledForm): Map<string, CompiledField[]> {
  let byRepeat = fieldsByRepeat.get(compiled);
  if (!byRepeat) {
    byRepeat = new Map();
    for (const field of compiled.inSurveyOrder) {
      if (!field.stored && field.type !== 'begin_repeat') continue;
      if (field.type === 'calculate') continue; // worked out, not answered
      const level = field.repeats.at(-1) ?? '';
      byRepeat.set(level, [...(byRepeat.get(level) ?? []), field]);
    }
    fieldsByRepeat.set(compiled, byRepeat);
  }
  return byRepeat;
}
