/**
 * Instances of repeats added and removed in an interview. The renderer asks; the core checks that
 * the change fits the form (a repeat that applies, whose number of instances is the interviewer's
 * to choose) and makes it with the shared functions the renderer shows it with.
 */
import type { CompiledForm, RunOptions } from '../form';
import { evaluateFormState, parseAnswerPath, parseInstancePath, stepsPrefix, withInstanceRemoved, withNewInstance } from '../form';
import { codedError, codedProblem, type Problem } from '../common/errors';
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
  return codedProblem('instances-change-invalid', { given: JSON.stringify(change) ?? String(change) });
}

function addInstance(compiled: CompiledForm, answers: Answers, text: string, options: RunOptions): { answers: Answers } | Problem {
  const path = parseAnswerPath(text);
  const field = path && compiled.byName.get(path.field);
  if (!path || !field || field.type !== 'begin_repeat') return codedProblem('instances-no-repeat', { text }, { field: text });
  if (!leadsTo(field, path.steps)) return wrongPlace(text, field, path.steps);
  const counted = countedProblem(text, field.row.repeatCount);
  if (counted) return counted;
  if (evaluateFormState(compiled, answers, options).relevant[text] === false) {
    return codedProblem('instances-not-relevant', { text }, { field: text });
  }
  const added = withNewInstance(compiled, answers, path, options);
  if (!added) return codedProblem('instances-cannot-add', { instance: stepsPrefix(path.steps).slice(0, -1) }, { field: text });
  return { answers: added };
}

function removeInstance(compiled: CompiledForm, answers: Answers, text: string): { answers: Answers } | Problem {
  const steps = parseInstancePath(text);
  const last = steps?.at(-1);
  const field = last && compiled.byName.get(last.repeat);
  if (!steps || !field || field.type !== 'begin_repeat') {
    return codedProblem('instances-path-invalid', { text }, { field: text });
  }
  const to = steps.slice(0, -1);
  if (!leadsTo(field, to)) return wrongPlace(`${stepsPrefix(to)}${field.name}`, field, to, text);
  const counted = countedProblem(text, field.row.repeatCount);
  if (counted) return counted;
  const removed = withInstanceRemoved(answers, steps);
  if (!removed) return codedProblem('instances-instance-missing', { text }, { field: text });
  return { answers: removed };
}

function countedProblem(text: string, repeatCount: string | undefined): Problem | undefined {
  if (repeatCount === undefined || repeatCount.trim() === '') return undefined;
  return codedProblem('instances-counted', { name: text.replace(/\[\d+\]$/, ''), count: repeatCount.trim() }, { field: text });
}
