import type { AnswerPath, CompiledField, CompiledForm, InstanceStep, RunOptions } from '../form';
import { isMetadata, isSelect, parseAnswerPath, selectedNames, stepsPrefix, withAnswerAt, withRepeatCounts } from '../form';
import { codedError, codedProblem, type Problem } from '../common/errors';
import { cleanAnswerText } from '../store/answer-codec';

/** Longest answer accepted: far beyond any open answer, short of filling the disk by mistake. */
const MAX_ANSWER_LENGTH = 20_000;

/**
 * Whether the interviewer gives this field its answer: questions (and the text of "other,
 * specify"), not calculations (worked out), metadata (recorded by the device), notes, groups or
 * repeats (a repeat's answers are its questions', given instance by instance).
 */
export function isAnswerable(field: CompiledField): boolean {
  return field.stored && field.type !== 'calculate' && field.type !== 'begin_repeat' && !isMetadata(field.type);
}

/** Whether the path's instances are the repeats the field sits in, level by level. */
export function leadsTo(field: CompiledField, steps: readonly InstanceStep[]): boolean {
  return steps.length === field.repeats.length && steps.every((step, i) => step.repeat === field.repeats[i]);
}

/** Why a path does not lead to its field, in the words of the save's problem list. */
export function wrongPlace(key: string, field: CompiledField, steps: readonly InstanceStep[], at: string = key): Problem {
  const example = `${field.repeats.map((repeat) => `${repeat}[1].`).join('')}${field.name}`;
  if (!field.repeats.length) return codedProblem('answer-not-in-repeat', { name: field.name, key }, { field: at });
  if (!steps.length)
    return codedProblem('answer-needs-instance', { name: field.name, repeat: field.repeats.at(-1) ?? '', example }, { field: at });
  return codedProblem('answer-wrong-path', { key, name: field.name, example }, { field: at });
}

/**
 * The answers a save brings, checked against the form: every key must be a question that takes an
 * answer (by path inside a repeat, in an instance `current` holds), every value text, and a
 * select's value names of its choices. Shape and constraints are not checked here (a draft holds
 * what was typed, half-typed numbers included); finalizing checks everything. Throws every problem
 * at once.
 */
export function checkedAnswers(compiled: CompiledForm, given: Record<string, unknown>): Record<string, string> {
  const problems: Problem[] = [];
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(given)) {
    const path = parseAnswerPath(key);
    const field = path && compiled.byName.get(path.field);
    if (!path || !field || !isAnswerable(field)) {
      problems.push(describeUnanswerable(key, field));
      continue;
    }
    if (!leadsTo(field, path.steps)) {
      problems.push(wrongPlace(key, field, path.steps));
      continue;
    }
    if (field.row.readOnly) {
      problems.push(codedProblem('answer-read-only', { name: field.name }, { field: key }));
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(codedProblem('answer-not-text', { key, given: value === null ? 'null' : typeof value }, { field: key }));
      continue;
    }
    const text = cleanAnswerText(value);
    if (text.length > MAX_ANSWER_LENGTH) {
      problems.push(codedProblem('answer-too-long', { key, max: MAX_ANSWER_LENGTH }, { field: key }));
      continue;
    }
    if (isSelect(field.type) && text !== '') {
      const names = field.type === 'select_one' ? [text] : selectedNames(text);
      const unknown = names.filter((choice) => !field.choices?.has(choice));
      if (unknown.length) {
        problems.push(
          codedProblem('answer-not-choices', { names: unknown.join('", "'), name: field.name, count: unknown.length }, { field: key }),
        );
        continue;
      }
    }
    clean[key] = text;
  }
  if (problems.length) throw codedError('bad-input', 'answers-not-saved', { count: problems.length }, problems);
  return clean;
}

/** Rounds of placing answers and creating counted instances: one per level of repeats nested in repeats, and more. */
const MAX_ROUNDS = 8;

/**
 * The answers with checked ones (from `checkedAnswers`) written in, each at its place, and every
 * repeat_count given its instances. An answer may go to an instance that a count answered in the
 * same save creates ("rooms" = 2 and "room[2].room_use" together); an instance that still does not
 * exist then is a problem, thrown with all others.
 */
export function withAnswers(
  compiled: CompiledForm,
  answers: Record<string, string>,
  checked: Record<string, string>,
  options: RunOptions,
): Record<string, string> {
  let current = answers;
  let waiting = Object.entries(checked).map(([key, value]) => ({ key, value, path: parseAnswerPath(key) as AnswerPath }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next: typeof waiting = [];
    for (const answer of waiting) {
      if (!answer.path.steps.length) current = { ...current, [answer.key]: answer.value };
      else current = withAnswerAt(current, answer.path, answer.value) ?? (next.push(answer), current);
    }
    current = withRepeatCounts(compiled, current, options);
    waiting = next;
    if (!waiting.length) return current;
  }
  throw codedError(
    'bad-input',
    'answers-not-saved',
    { count: waiting.length },
    waiting.map(({ key, path }) =>
      codedProblem('answer-instance-missing', { instance: stepsPrefix(path.steps).slice(0, -1) }, { field: key }),
    ),
  );
}

function describeUnanswerable(key: string, field: CompiledField | undefined): Problem {
  const where = { field: key };
  if (!field) return codedProblem('answer-no-question', { key }, where);
  if (field.type === 'calculate') return codedProblem('answer-calculated', { name: field.name }, where);
  if (isMetadata(field.type)) return codedProblem('answer-metadata', { name: field.name }, where);
  if (field.type === 'begin_repeat') return codedProblem('answer-repeat-section', { name: field.name }, where);
  return codedProblem('answer-takes-none', { name: field.name, type: field.type.replace('_', ' ') }, where);
}
