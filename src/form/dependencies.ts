import type { FormDefinition } from './model';
import type { ExpressionColumn } from './row-expressions';
import { rowExpressions } from './row-expressions';
import { parseExpression, referencedFields } from './expr';
import { enclosingContainers, otherFieldName } from './survey';

/** Why one field depends on another: an expression column, or being inside a group or repeat. */
export type DependencyReason = ExpressionColumn | 'inside';

export interface Dependency {
  /** The field depended on. */
  on: string;
  reason: DependencyReason;
}

export interface DependencyGraph {
  /** Named survey rows (questions, groups, repeats) in survey order. */
  fields: string[];
  /** Field → the fields its expressions read, and the group or repeat it sits in. */
  dependencies: Record<string, Dependency[]>;
  /** Field → the fields whose expressions read it (what to work out or check again when it changes). */
  dependents: Record<string, string[]>;
  /** Every field after all it is worked out from (as close to survey order as that allows). */
  order: string[];
  /** Each circle once, as a path that returns to its start: ["a", "b", "a"]. */
  cycles: string[][];
}

/** Constraints check an answer and feed nothing, so they take no part in order or circles (as in JavaRosa's triggerable graph). */
const feedsValue = (dependency: Dependency) => dependency.reason !== 'constraint';

/**
 * Which fields each field depends on: the `${…}` references of its relevant, constraint,
 * calculation, required, read_only, choice_filter, dynamic default and repeat_count, plus the group
 * or repeat it sits in (a field in a group that does not apply does not apply either). Expressions
 * that do not parse and references to unknown fields are skipped here; checkForm reports them.
 */
export function buildDependencyGraph(form: FormDefinition): DependencyGraph {
  const enclosing = enclosingContainers(form);
  const fields: string[] = [];
  const dependencies: Record<string, Dependency[]> = Object.create(null);
  // NAME_other of an or_other select is worked out with its select: depending on it is depending on the select.
  const otherOf = new Map<string, string>();
  for (const row of form.survey) if (row.orOther && row.name) otherOf.set(otherFieldName(row.name), row.name);
  form.survey.forEach((row) => {
    if (row.name && !(row.name in dependencies) && row.type !== 'end_group' && row.type !== 'end_repeat') {
      fields.push(row.name);
      dependencies[row.name] = [];
    }
  });
  form.survey.forEach((row, index) => {
    const own = dependencies[row.name];
    if (!own || row.type === 'end_group' || row.type === 'end_repeat') return;
    const add = (name: string, reason: DependencyReason) => {
      const on = name in dependencies ? name : (otherOf.get(name) ?? name);
      if (on in dependencies && !own.some((d) => d.on === on && d.reason === reason)) own.push({ on, reason });
    };
    for (const { column, text } of rowExpressions(row)) {
      let references: string[];
      try {
        references = referencedFields(parseExpression(text));
      } catch {
        continue;
      }
      for (const name of references) add(name, column);
    }
    const parent = enclosing[index][enclosing[index].length - 1];
    if (parent !== undefined && form.survey[parent].name) add(form.survey[parent].name, 'inside');
  });
  const dependents: Record<string, string[]> = Object.create(null);
  for (const name of fields) dependents[name] = [];
  for (const name of fields) {
    for (const { on, reason } of dependencies[name]) {
      if (reason !== 'inside' && !dependents[on].includes(name)) dependents[on].push(name);
    }
  }
  const feeding: Record<string, Dependency[]> = Object.create(null);
  for (const name of fields) feeding[name] = dependencies[name].filter(feedsValue);
  return { fields, dependencies, dependents, order: topologicalOrder(fields, feeding), cycles: findCycles(fields, feeding) };
}

function topologicalOrder(fields: string[], dependencies: Record<string, Dependency[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.has(name)) return; // done, or a circle: findCycles reports those
    state.set(name, 'visiting');
    for (const { on } of dependencies[name]) visit(on);
    state.set(name, 'done');
    order.push(name);
  };
  fields.forEach(visit);
  return order;
}

/** Tarjan's strongly connected components; each component with a circle yields one path. */
function findCycles(fields: string[], dependencies: Record<string, Dependency[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const connect = (name: string) => {
    index.set(name, counter);
    low.set(name, counter);
    counter++;
    stack.push(name);
    onStack.add(name);
    for (const { on } of dependencies[name]) {
      if (!index.has(on)) {
        connect(on);
        low.set(name, Math.min(low.get(name)!, low.get(on)!));
      } else if (onStack.has(on)) {
        low.set(name, Math.min(low.get(name)!, index.get(on)!));
      }
    }
    if (low.get(name) === index.get(name)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== name);
      components.push(component);
    }
  };
  fields.forEach((name) => {
    if (!index.has(name)) connect(name);
  });

  const position = new Map(fields.map((name, i) => [name, i]));
  return components
    .filter((c) => c.length > 1 || dependencies[c[0]].some((d) => d.on === c[0]))
    .map((component) => {
      const members = new Set(component);
      const start = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
      return [...pathBack(start, members, dependencies), start];
    })
    .sort((a, b) => position.get(a[0])! - position.get(b[0])!);
}

/** The shortest path from `start` through the component back to `start`, without the final return. */
function pathBack(start: string, members: Set<string>, dependencies: Record<string, Dependency[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const name = queue.shift()!;
    for (const { on } of dependencies[name]) {
      if (!members.has(on)) continue;
      if (on === start) {
        const path = [name];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return path;
      }
      if (!previous.has(on)) {
        previous.set(on, name);
        queue.push(on);
      }
    }
  }
  return [start];
}
