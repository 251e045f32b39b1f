/**
 * Answers inside repeats. A repeat is stored as one field whose value is a JSON array of instance
 * maps (see `storedFields`); here such answers are read and changed by path, the way problems and
 * the form state name them: "household[2].member_age" is `member_age` in the second instance of
 * `household`, "house[1].person[3].age" one level deeper. Every change returns new answers and
 * leaves the ones given untouched; an instance changes only where the path points.
 */
import type { CompiledForm } from './compile';
import type { Answers, RunOptions } from './engine';
import { FormRun, parseRepeat } from './engine';
import { defaultAnswers } from './state';

/** One level of a path: the `index`-th instance (from 1) of the repeat `repeat`. */
export interface InstanceStep {
  repeat: string;
  index: number;
}

/** A path read: the instances leading to a field, outermost first, and the field's name. */
export interface AnswerPath {
  steps: InstanceStep[];
  field: string;
}

type AnswerMap = Record<string, string>;

// Names never hold brackets, so "name[k]." always opens an instance, even in a name with a dot.
const STEP = /^(.+?)\[(\d+)\]\./;

function readSteps(text: string): { steps: InstanceStep[]; rest: string } {
  const steps: InstanceStep[] = [];
  let rest = text;
  for (let match = STEP.exec(rest); match; match = STEP.exec(rest)) {
    steps.push({ repeat: match[1], index: Number(match[2]) });
    rest = rest.slice(match[0].length);
  }
  return { steps, rest };
}

/** "household[2].member_age" → steps [household 2], field member_age; undefined when it is no path. */
export function parseAnswerPath(path: string): AnswerPath | undefined {
  if (typeof path !== 'string') return undefined;
  const { steps, rest } = readSteps(path);
  if (!rest || /[[\]]/.test(rest)) return undefined;
  return { steps, field: rest };
}

/** "household[2]" → the steps to that instance; undefined when the text names no instance. */
export function parseInstancePath(path: string): InstanceStep[] | undefined {
  if (typeof path !== 'string') return undefined;
  const { steps, rest } = readSteps(`${path}.`);
  return steps.length && rest === '' ? steps : undefined;
}

/** The prefix paths inside these instances start with: "household[2]." ('' at the top). */
export function stepsPrefix(steps: readonly InstanceStep[]): string {
  return steps.map((step) => `${step.repeat}[${step.index}].`).join('');
}

/** The field's name without the instances leading to it: "household[2].member_age" → "member_age". */
export function fieldNameOf(path: string): string {
  return parseAnswerPath(path)?.field ?? path;
}

/** A repeat's stored value for these instance maps: '' when there is none (unanswered). */
export function repeatValue(instances: readonly AnswerMap[]): string {
  return instances.length ? JSON.stringify(instances) : '';
}

function plain(answers: Answers): AnswerMap {
  const copy: AnswerMap = {};
  for (const [key, value] of Object.entries(answers)) if (value !== undefined && value !== null) copy[key] = value;
  return copy;
}

/** The instance map at the end of `steps`, or undefined when one of them does not exist. */
function instanceAt(answers: Answers, steps: readonly InstanceStep[]): Answers | undefined {
  let map: Answers | undefined = answers;
  for (const step of steps) {
    const instances: AnswerMap[] | null = parseRepeat(map?.[step.repeat] ?? '');
    map = instances?.[step.index - 1];
    if (!map || step.index < 1) return undefined;
  }
  return map;
}

/** `update` applied to the instance map at the end of `steps`; undefined when that instance does not exist. */
function updateAt(
  answers: Answers,
  steps: readonly InstanceStep[],
  update: (map: AnswerMap) => AnswerMap | undefined,
): AnswerMap | undefined {
  if (!steps.length) return update(plain(answers));
  const [first, ...rest] = steps;
  const instances = parseRepeat(answers[first.repeat] ?? '');
  const inner = instances?.[first.index - 1];
  if (!instances || !inner || first.index < 1) return undefined;
  const updated = updateAt(inner, rest, update);
  if (!updated) return undefined;
  const next = [...instances];
  next[first.index - 1] = updated;
  return { ...plain(answers), [first.repeat]: repeatValue(next) };
}

/** Whether the instance at `steps` is stored (the top level always is). */
export function hasInstance(answers: Answers, steps: readonly InstanceStep[]): boolean {
  return instanceAt(answers, steps) !== undefined;
}

/** The stored answer at a path ('' when unanswered or when its instance does not exist). */
export function answerAt(answers: Answers, path: string): string {
  const parsed = parseAnswerPath(path);
  if (!parsed) return '';
  return instanceAt(answers, parsed.steps)?.[parsed.field] ?? '';
}

/** The instance maps stored for the repeat `repeat` inside the instance at `steps` (all of them, set-aside ones too). */
export function storedInstances(answers: Answers, steps: readonly InstanceStep[], repeat: string): AnswerMap[] {
  const parent = instanceAt(answers, steps);
  return (parent && parseRepeat(parent[repeat] ?? '')) ?? [];
}

/** The answers with one answer set ('' clears it); undefined when its instance does not exist. */
export function withAnswerAt(answers: Answers, path: AnswerPath, value: string): AnswerMap | undefined {
  return updateAt(answers, path.steps, (map) => {
    if (value === '') delete map[path.field];
    else map[path.field] = value;
    return map;
  });
}

/**
 * The answers with instances appended to the repeat `repeat` inside the instance at `steps`;
 * undefined when that instance does not exist or the repeat's stored value cannot be read.
 */
export function withInstancesAdded(
  answers: Answers,
  steps: readonly InstanceStep[],
  repeat: string,
  added: readonly AnswerMap[],
): AnswerMap | undefined {
  return updateAt(answers, steps, (map) => {
    const instances = parseRepeat(map[repeat] ?? '');
    return instances ? { ...map, [repeat]: repeatValue([...instances, ...added]) } : undefined;
  });
}

/** The answers without the instance at `steps` (the ones after it move up); undefined when it does not exist. */
export function withInstanceRemoved(answers: Answers, steps: readonly InstanceStep[]): AnswerMap | undefined {
  if (!steps.length) return undefined;
  const last = steps[steps.length - 1];
  if (!instanceAt(answers, steps)) return undefined;
  return updateAt(answers, steps.slice(0, -1), (map) => {
    const instances = parseRepeat(map[last.repeat] ?? '') ?? [];
    return { ...map, [last.repeat]: repeatValue(instances.filter((_, i) => i !== last.index - 1)) };
  });
}

/** A new instance of `repeat`: its questions' defaults, literal or worked out over the answers so far. */
export function newInstance(compiled: CompiledForm, answers: Answers, repeat: string, options: RunOptions = {}): AnswerMap {
  return defaultAnswers(compiled, answers, { ...options, repeat });
}

/** The answers with a new instance (defaults filled in) at the end of the repeat at `path` ("household", "house[2].person"). */
export function withNewInstance(
  compiled: CompiledForm,
  answers: Answers,
  path: AnswerPath,
  options: RunOptions = {},
): AnswerMap | undefined {
  return withInstancesAdded(answers, path.steps, path.field, [newInstance(compiled, answers, path.field, options)]);
}

/** Nested repeats are filled level by level; deeper than this no questionnaire goes. */
const MAX_NESTING = 8;

/**
 * The answers with every relevant repeat that has a repeat_count given the instances it asks for
 * (each with its defaults), as ODK creates them when the interviewer reaches the repeat. Nothing is
 * ever removed here: instances beyond a count that was lowered stay in the draft, set aside (a
 * count typed again, or lowered by mistake, loses nothing), and finalizing drops them.
 */
export function withRepeatCounts(compiled: CompiledForm, answers: Answers, options: RunOptions = {}): AnswerMap {
  const counted = compiled.inSurveyOrder.filter((field) => field.type === 'begin_repeat' && field.repeatCount !== undefined);
  let current = plain(answers);
  if (!counted.length) return current;
  for (let round = 0; round < MAX_NESTING; round++) {
    const run = new FormRun(compiled, current, options);
    let added = false;
    for (const field of counted) {
      for (const instance of run.instancesOf(field.repeats)) {
        if (!instance.isRelevant(field) || run.isUnreadable(instance, field)) continue;
        const missing =
          (run.expectedCount(instance, field) ?? 0) -
          instance.repeatInstances(field.name).length -
          instance.setAsideInstances(field.name).length;
        if (missing <= 0) continue;
        const steps = parseInstancePath(instance.path.slice(0, -1)) ?? [];
        const fresh = Array.from({ length: missing }, () => newInstance(compiled, current, field.name, options));
        current = withInstancesAdded(current, steps, field.name, fresh) ?? current;
        added = true;
      }
    }
    // New instances may hold repeats of their own with a count: the next round gives them theirs.
    if (!added) return current;
  }
  return current;
}
