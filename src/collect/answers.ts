import type { CompiledField, CompiledForm } from '../form';
import { isMetadata, isSelect, selectedNames } from '../form';
import type { Problem } from '../common/errors';
import { badInput } from '../common/errors';
import { cleanAnswerText } from '../store/answer-codec';

/** Longest answer accepted: far beyond any open answer, short of filling the disk by mistake. */
const MAX_ANSWER_LENGTH = 20_000;

/**
 * Whether the interviewer gives this field its answer: questions (and the text of "other,
 * specify"), not calculations (worked out), metadata (recorded by the device), notes or groups.
 * Repeats are not interviewed yet (see the report of issue 7): their answers cannot be saved.
 */
export function isAnswerable(field: CompiledField): boolean {
  return field.stored && field.type !== 'calculate' && field.type !== 'begin_repeat' && !isMetadata(field.type) && field.repeats.length === 0;
}

/**
 * The answers a save brings, checked against the form: every field must be a question that takes
 * an answer, every value text, and a select's value names of its choices. Shape and constraints
 * are not checked here (a draft holds what was typed, half-typed numbers included); finalizing
 * checks everything. Throws every problem at once.
 */
export function checkedAnswers(compiled: CompiledForm, given: Record<string, unknown>): Record<string, string> {
  const problems: Problem[] = [];
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    const field = compiled.byName.get(name);
    if (!field || !isAnswerable(field)) {
      problems.push({ field: name, message: describeUnanswerable(name, field) });
      continue;
    }
    if (field.row.readOnly) {
      problems.push({ field: name, message: `"${name}" is read-only in the form and keeps the answer it was given` });
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({ field: name, message: `the answer to "${name}" must be text, not ${value === null ? 'null' : typeof value}` });
      continue;
    }
    const text = cleanAnswerText(value);
    if (text.length > MAX_ANSWER_LENGTH) {
      problems.push({ field: name, message: `the answer to "${name}" is longer than ${MAX_ANSWER_LENGTH} characters` });
      continue;
    }
    if (isSelect(field.type) && text !== '') {
      const names = field.type === 'select_one' ? [text] : selectedNames(text);
      const unknown = names.filter((choice) => !field.choices?.has(choice));
      if (unknown.length) {
        problems.push({ field: name, message: `"${unknown.join('", "')}" ${unknown.length === 1 ? 'is not a choice' : 'are not choices'} of "${name}"` });
        continue;
      }
    }
    clean[name] = text;
  }
  if (problems.length) throw badInput(`${problems.length} answer${problems.length === 1 ? ' was' : 's were'} not saved`, problems);
  return clean;
}

function describeUnanswerable(name: string, field: CompiledField | undefined): string {
  if (!field) return `the form has no question "${name}"`;
  if (field.type === 'calculate') return `"${name}" is calculated by the form and takes no answer`;
  if (isMetadata(field.type)) return `"${name}" is recorded by the device and takes no answer`;
  if (field.type === 'begin_repeat' || field.repeats.length) return `"${name}" is in a repeated section, which interviews cannot fill in yet`;
  return `"${name}" is a ${field.type.replace('_', ' ')} and takes no answer`;
}
