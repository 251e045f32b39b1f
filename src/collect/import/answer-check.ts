/**
 * Checks imported rows against their form. The form's validator (validateAnswers) evaluates relevance, constraints
 * and calculations for every response, which a million-row import cannot afford when the form has none of them: a
 * questionnaire of required Likert items needs only "answered, of the right type, one of the choices". So a form
 * whose fields carry no expression at all gets a direct check with the same rules and the same messages; any other
 * form goes through validateAnswers and finalAnswers, the functions interviews are finalized with.
 */
// Modules of src/form rather than its index, which also loads the XLSForm reader (exceljs): an import's reading
// thread starts faster without it.
import type { CompiledField, CompiledForm } from '../../form/runtime/compile';
import { isAnswerError, validateAnswers } from '../../form/runtime/validate';
import type { AnswerProblem, AnswerProblemReason } from '../../form/runtime/validate';
import { finalAnswers } from '../../form/runtime/state';
import { answerFormatProblem, rangeParameters } from '../../form/answer-formats';
import { answerProblemWords } from '../../common/messages/form-runtime';
import type { AnswerMessage } from '../../common/messages/form-runtime';
import { messageLanguage } from '../../form/message-language';
import { selectedNames } from '../../form/expr';
import { isSelect } from '../../form/model';

/** What checking one row found; read it before checking the next row (the plain check reuses it). */
export interface RowCheck {
  /** Problems that make the row invalid; field is the question (path inside a repeat). */
  problems: AnswerProblem[];
  /** The values to store, in the version's field order: calculations worked out, answers to skipped questions cleared. */
  values: string[];
  /** Answers given to questions the other answers skip (cleared, as finalizing an interview clears them). */
  cleared: number;
}

export type RowChecker = (values: readonly string[]) => RowCheck;

/** Shared by every valid row, so that checking a million valid rows allocates no problem lists. */
const NO_PROBLEMS: AnswerProblem[] = [];

/**
 * A checker for rows whose values are in `fields` order (the version's stored fields). `language` is the language
 * of the messages (the form's own required/constraint messages, else Kelisim's).
 */
export function rowChecker(compiled: CompiledForm, fields: readonly string[], language?: string): RowChecker {
  return isPlain(compiled) ? plainChecker(compiled, fields, language) : fullChecker(compiled, fields, language);
}

/** No relevance, constraint, calculation, conditional requirement, choice filter or repeat anywhere in the form. */
export function isPlain(compiled: CompiledForm): boolean {
  return compiled.fields.every(
    (field) =>
      !field.relevant &&
      !field.constraint &&
      !field.calculation &&
      !field.requiredIf &&
      !field.choiceFilter &&
      field.repeatCount === undefined &&
      field.type !== 'begin_repeat' &&
      field.repeats.length === 0,
  );
}

const SELECT_ONE = 0;
const SELECT_SEVERAL = 1;
const TYPED = 2;

interface PlainField {
  position: number;
  field: CompiledField;
  kind: typeof SELECT_ONE | typeof SELECT_SEVERAL | typeof TYPED;
  required: boolean;
  /** One-character choice names by character code (Likert codes): checked without a Map lookup. */
  singleCharacterChoices: Uint8Array;
}

function singleCharacterChoices(field: CompiledField): Uint8Array {
  const table = new Uint8Array(128);
  for (const name of field.choices?.keys() ?? []) if (name.length === 1 && name.charCodeAt(0) < 128) table[name.charCodeAt(0)] = 1;
  return table;
}

function plainChecker(compiled: CompiledForm, fields: readonly string[], language?: string): RowChecker {
  const formLanguage = language ?? compiled.form.defaultLanguage;
  const messages = messageLanguage(formLanguage, compiled.form);
  const checked: PlainField[] = compiled.inSurveyOrder
    .filter((field) => field.stored)
    .map((field): PlainField => ({
      position: fields.indexOf(field.name),
      field,
      required: field.row.required === true,
      kind: field.type === 'select_one' ? SELECT_ONE : isSelect(field.type) ? SELECT_SEVERAL : TYPED,
      singleCharacterChoices: singleCharacterChoices(field),
    }))
    .filter((entry) => entry.position >= 0);
  const ownRequired = (field: CompiledField) =>
    field.row.requiredMessage?.[formLanguage] || field.row.requiredMessage?.[compiled.form.defaultLanguage] || undefined;

  // Problems of the row being checked; a fresh list only once a row has one.
  let problems = NO_PROBLEMS;
  const problem = (
    field: CompiledField,
    reason: AnswerProblemReason,
    key: AnswerMessage,
    values?: Record<string, string | number>,
    own?: string,
  ) => {
    if (problems === NO_PROBLEMS) problems = [];
    problems.push({ field: field.name, reason, ...answerProblemWords(key, messages, values, own) });
  };
  // One result for every row: the caller reads it before checking the next.
  const result: RowCheck = { problems, values: [], cleared: 0 };
  return (values) => {
    problems = NO_PROBLEMS;
    for (let i = 0; i < checked.length; i++) {
      const { position, field, kind, required, singleCharacterChoices } = checked[i];
      const value = values[position];
      if (value === '') {
        if (required) problem(field, 'required', 'required', undefined, ownRequired(field));
      } else if (kind === SELECT_ONE) {
        const code = value.charCodeAt(0);
        const known = value.length === 1 && code < 128 ? singleCharacterChoices[code] === 1 : field.choices?.has(value);
        if (!known) problem(field, 'choice', 'not-a-choice', { value });
      } else if (kind === SELECT_SEVERAL) {
        const names = selectedNames(value);
        names.forEach((name, n) => {
          if (!field.choices?.has(name)) problem(field, 'choice', 'not-a-choice', { value: name });
          else if (field.type === 'rank' && names.indexOf(name) < n) problem(field, 'choice', 'repeated-choice', { value: name });
        });
      } else {
        const format = answerFormatProblem(field.type, value, field.row.parameters);
        if (format) problem(field, 'type', format, format === 'range' ? rangeParameters(field.row.parameters) : undefined);
      }
    }
    result.problems = problems;
    result.values = values as string[];
    return result;
  };
}

function fullChecker(compiled: CompiledForm, fields: readonly string[], language?: string): RowChecker {
  const options = language ? { language } : {};
  const hasCalculations = compiled.fields.some((field) => field.calculation);
  return (values) => {
    const answers: Record<string, string> = {};
    fields.forEach((name, i) => {
      if (values[i] !== '') answers[name] = values[i];
    });
    const found = validateAnswers(compiled, answers, options);
    const problems = found.filter(isAnswerError);
    const cleared = found.length - problems.length;
    if (problems.length || (!cleared && !hasCalculations)) return { problems, values: values as string[], cleared };
    const final = finalAnswers(compiled, answers, options);
    return { problems, values: fields.map((name) => final[name] ?? ''), cleared };
  };
}
