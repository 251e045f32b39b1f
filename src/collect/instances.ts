/**
 * Instances of repeats added and removed in an interview. The renderer asks; the core checks that
 * the change fits the form (a repeat that applies, whose number of instances is the interviewer's
 * to choose) and makes it with the shared functions the renderer shows it with.
 */
import type { CompiledForm, RunOptions } from '../form';
import { evaluateFormState, parseAnswerPath, parseInstancePath, stepsPrefix, withInstanceRemoved, withNewInstance } from '../form';
import { codedError, type Problem } from '../common/errors';
import { leadsTo, wrongPlace } from './answers';

type Answers = Record<string, string>;

/** The answers after the changes, made in order; throws every change the form does not allow, none made. */
export function withInstanceChanges(compiled: CompiledForm, answers: Answers, changes: unknown, options: RunOptions = {}): Answers {
  if (!Array.isArray(changes)) throw codedError('bad-input', 'instances-not-a-list', {});
  const problems: Problem[] = [];
  let current = answers;
  for (const change of changes as unknown[]) {
    const result = applyChange(compiled, current, change, options);
    if ('message' in result) problems.push(result);
    else current = result.answers;
  }
  if (problems.length) {
    throw codedError('bad-input', 'instances-not-saved', { count: problems.length }, problems);
  }
  return current;
}

function applyChange(compiled: CompiledForm, answers: Answers, change: unknown, options: RunOptions): { answers: Answers } | Problem {
  const add = typeof change === 'object' && change !== null ? (change as { add?: unknown }).add : undefined;
  const remove = typeof change === 'object' && change !== null ? (change as { remove?: unknown }).remove : undefined;
  if (typeof add === 'string') return addInstance(compiled, answers, add, options);
  if (typeof remove === 'string') return removeInstance(compiled, answers, remove);
  return { message: `${JSON.stringify(change)} is not a change to a repeated section: write {"add": "household"} or {"remove": "household[2]"}` };
}

function addInstance(compiled: CompiledForm, answers: Answers, text: string, options: RunOptions): { answers: Answers } | Problem {
  const path = parseAnswerPath(text);
  const field = path && compiled.byName.get(path.field);
  if (!path || !field || field.type !== 'begin_repeat') return { field: text, message: `the form has no repeated section "${text}"` };
  if (!leadsTo(field, path.steps)) return { field: text, message: wrongPlace(text, field, path.steps) };
  const counted = countedProblem(text, field.row.repeatCount);
  if (counted) return counted;
  if (evaluateFormState(compiled, answers, options).relevant[text] === false) {
    return { field: text, message: `"${text}" is not asked given the other answers, so it takes no instances` };
  }
  const added = withNewInstance(compiled, answers, path, options);
  if (!added) return { field: text, message: `there is no ${stepsPrefix(path.steps).slice(0, -1)} in this interview, or its answers cannot be read` };
  return { answers: added };
}

function removeInstance(compiled: CompiledForm, answers: Answers, text: string): { answers: Answers } | Problem {
  const steps = parseInstancePath(text);
  const last = steps?.at(-1);
  const field = last && compiled.byName.get(last.repeat);
  if (!steps || !field || field.type !== 'begin_repeat') {
    return { field: text, message: `"${text}" names no instance of a repeated section (write it like "household[2]")` };
  }
  const to = steps.slice(0, -1);
  if (!leadsTo(field, to)) return { field: text, message: wrongPlace(`${stepsPrefix(to)}${field.name}`, field, to) };
  const counted = countedProblem(text, field.row.repeatCount);
  if (counted) return counted;
  const removed = withInstanceRemoved(answers, steps);
  if (!removed) return { field: text, message: `there is no ${text} in this interview` };
  return { answers: removed };
}

function countedProblem(text: string, repeatCount: string | undefined): Problem | undefined {
  if (repeatCount === undefined || repeatCount.trim() === '') return undefined;
  return {
    field: text,
    message: `the form sets how many times "${text.replace(/\[\d+\]$/, '')}" repeats (repeat_count ${repeatCount.trim()}), so its instances follow that count and are not added or removed one by one`,
  };
}
