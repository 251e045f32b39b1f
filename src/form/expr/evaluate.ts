import type { FormDefinition, RowType } from '../model';
import { choiceLabel } from '../choices';
import { findField } from '../survey';
import type { BinaryOperator, Expression } from './ast';
import type { InstanceRow, Runtime } from './functions';
import { functionDefinition, matchingRows } from './functions';
import { walkExpression } from './references';
import { secondaryInstance } from '../attachments';
import { itextIn } from '../itext';
import type { Value } from './values';
import { isNodeSet, parseDateValue, toBoolean, toNumber, toText, valuesEqual } from './values';

/** Everything an expression can read while it runs. */
export interface Scope extends Runtime {
  /** `${name}`: a typed value ('' when unanswered or not relevant). */
  field(name: string): Value;
  /** A bare name in a choice_filter: a column of the choice being tested. */
  column(name: string): Value;
  /** A bare name in a path predicate: a column of the secondary-instance row being tested. */
  itemColumn(name: string): Value;
}

/** The scope of a path predicate: the row being tested and its position; everything else as outside. */
function rowScope(outer: Scope, row: InstanceRow, position: number): Scope {
  return {
    field: (name) => outer.field(name),
    column: (name) => outer.column(name),
    itemColumn: (name) => row[name] ?? '',
    current: () => outer.current(),
    now: () => outer.now(),
    choiceName: (value, path) => outer.choiceName(value, path),
    itext: (id) => outer.itext(id),
    secondaryInstance: (id) => outer.secondaryInstance(id),
    position: () => position,
    indexedRepeat: (name, path) => outer.indexedRepeat(name, path),
    lastSaved: (name) => outer.lastSaved(name),
    formVersion: () => outer.formVersion(),
    property: (name) => outer.property(name),
  };
}

/** `column = value` (either way round) with a value that does not read the row: answerable by a lookup. */
function equalityOnColumn(predicate: Expression): { column: string; value: Expression } | undefined {
  if (predicate.kind !== 'binary' || predicate.operator !== '=') return undefined;
  const readsRow = (e: Expression) =>
    [...walkExpression(e)].some((n) => n.kind === 'item-column' || (n.kind === 'call' && n.name === 'position'));
  if (predicate.left.kind === 'item-column' && !readsRow(predicate.right)) return { column: predicate.left.name, value: predicate.right };
  if (predicate.right.kind === 'item-column' && !readsRow(predicate.left)) return { column: predicate.right.name, value: predicate.left };
  return undefined;
}

/** Rows of the instance through the predicates: a number keeps the row at that position, anything else filters. */
function compilePath(expr: Extract<Expression, { kind: 'path' }>): CompiledExpression {
  const steps = expr.predicates.map((predicate) => {
    const equality = equalityOnColumn(predicate);
    return {
      predicate: compileExpression(predicate),
      equality: equality && { column: equality.column, value: compileExpression(equality.value) },
    };
  });
  const id = expr.instance;
  const column = expr.column ?? 'name';
  return (scope) => {
    let rows: readonly InstanceRow[] = scope.secondaryInstance(id) ?? [];
    for (const step of steps) {
      if (step.equality) {
        rows = matchingRows(rows, step.equality.column, step.equality.value(scope));
        continue;
      }
      const kept: InstanceRow[] = [];
      rows.forEach((row, i) => {
        const verdict = step.predicate(rowScope(scope, row, i + 1));
        if (typeof verdict === 'number' ? verdict === i + 1 : toBoolean(verdict)) kept.push(row);
      });
      rows = kept;
    }
    return { kind: 'nodes', items: rows.map((row) => row[column] ?? '') };
  };
}

/** indexed-repeat(${q}, ${r1}, i1, …): its field arguments name fields; only the indices are evaluated. */
function compileIndexedRepeat(args: Expression[]): CompiledExpression {
  const name = (args[0] as Extract<Expression, { kind: 'field' }>).name;
  const steps: { repeat: string; index: CompiledExpression }[] = [];
  for (let i = 1; i + 1 < args.length; i += 2) {
    steps.push({ repeat: (args[i] as Extract<Expression, { kind: 'field' }>).name, index: compileExpression(args[i + 1]) });
  }
  return (scope) =>
    scope.indexedRepeat(
      name,
      steps.map((step) => ({ repeat: step.repeat, index: toNumber(step.index(scope)) })),
    );
}

export type CompiledExpression = (scope: Scope) => Value;

const compiledCache = new WeakMap<Expression, CompiledExpression>();

function comparison(operator: BinaryOperator): (a: Value, b: Value) => boolean {
  // JavaRosa XPathCmpExpr: both sides as numbers, whatever they are, so "a" < "b" is false and an
  // unanswered question ('' → NaN) is neither less nor greater than anything.
  switch (operator) {
    case '<':
      return (a, b) => toNumber(a) < toNumber(b);
    case '<=':
      return (a, b) => toNumber(a) <= toNumber(b);
    case '>':
      return (a, b) => toNumber(a) > toNumber(b);
    default:
      return (a, b) => toNumber(a) >= toNumber(b);
  }
}

function arithmetic(operator: BinaryOperator): (a: number, b: number) => number {
  switch (operator) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case 'div':
      return (a, b) => a / b;
    default:
      return (a, b) => a % b; // Java's % on doubles, as JavaRosa: -7 mod 3 = -1
  }
}

function compileBinary(operator: BinaryOperator, left: CompiledExpression, right: CompiledExpression): CompiledExpression {
  switch (operator) {
    case 'or':
      return (scope) => toBoolean(left(scope)) || toBoolean(right(scope));
    case 'and':
      return (scope) => toBoolean(left(scope)) && toBoolean(right(scope));
    case '=':
      return (scope) => valuesEqual(left(scope), right(scope));
    case '!=':
      return (scope) => !valuesEqual(left(scope), right(scope));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const compare = comparison(operator);
      return (scope) => compare(left(scope), right(scope));
    }
    default: {
      const apply = arithmetic(operator);
      return (scope) => apply(toNumber(left(scope)), toNumber(right(scope)));
    }
  }
}

function build(expr: Expression): CompiledExpression {
  switch (expr.kind) {
    case 'number': {
      const value = expr.value;
      return () => value;
    }
    case 'string': {
      const value = expr.value;
      return () => value;
    }
    case 'field': {
      const name = expr.name;
      return (scope) => scope.field(name);
    }
    case 'current':
      return (scope) => scope.current();
    case 'column': {
      const name = expr.name;
      return (scope) => scope.column(name);
    }
    case 'item-column': {
      const name = expr.name;
      return (scope) => scope.itemColumn(name);
    }
    case 'last-saved': {
      const name = expr.name;
      return (scope) => scope.lastSaved(name);
    }
    case 'parent':
      return (scope) => scope.position();
    case 'path':
      return compilePath(expr);
    case 'negate': {
      const operand = compileExpression(expr.operand);
      return (scope) => -toNumber(operand(scope));
    }
    case 'binary':
      return compileBinary(expr.operator, compileExpression(expr.left), compileExpression(expr.right));
    case 'call': {
      if (expr.name === 'indexed-repeat') return compileIndexedRepeat(expr.args);
      if (expr.name === 'position') return (scope) => scope.position();
      const definition = functionDefinition(expr.name)!;
      const args = expr.args.map(compileExpression);
      if (definition.lazy)
        return (scope) =>
          definition.call(
            args.map((arg) => () => arg(scope)),
            scope,
          );
      return (scope) => {
        const values = new Array<Value>(args.length);
        for (let i = 0; i < args.length; i++) values[i] = args[i](scope);
        return definition.call(values, scope);
      };
    }
  }
}

/** The expression as a function of a scope; built once per parsed tree and cached. */
export function compileExpression(expr: Expression): CompiledExpression {
  let compiled = compiledCache.get(expr);
  if (!compiled) {
    compiled = build(expr);
    compiledCache.set(expr, compiled);
  }
  return compiled;
}

// ---- Stored text → typed values -------------------------------------------------------------

/**
 * JavaRosa reads a field by its bind type (XPathPathExpr.unpackValue): integers and decimals as
 * numbers, dates as dates, everything else (selects included) as text. Unanswered is ''.
 */
export function typedValue(type: RowType | undefined, stored: string): Value {
  if (stored === '') return '';
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'range': {
      const number = toNumber(stored);
      return Number.isNaN(number) ? stored : number;
    }
    case 'date':
    case 'today':
    case 'dateTime':
    case 'start':
    case 'end':
      return parseDateValue(stored) ?? stored;
    default:
      return stored;
  }
}

const typesCache = new WeakMap<FormDefinition, Map<string, RowType>>();

/** Field name → type, cached per form object. */
export function fieldTypes(form: FormDefinition): Map<string, RowType> {
  let types = typesCache.get(form);
  if (!types) {
    types = new Map();
    for (const row of form.survey) if (row.name && !types.has(row.name)) types.set(row.name, row.type);
    typesCache.set(form, types);
  }
  return types;
}

/** The field a jr:choice-name() path names: '${q}', '/data/group/q' or 'q'. */
export function fieldNameFromPath(path: string): string {
  const trimmed = path.trim();
  const reference = /^\$\{\s*([^}]*?)\s*\}$/.exec(trimmed);
  if (reference) return reference[1];
  const steps = trimmed.split('/').filter(Boolean);
  return steps.length ? steps[steps.length - 1] : '';
}

/** jr:choice-name: the label of a choice of the select named by `path`, in `language`. */
export function choiceNameIn(form: FormDefinition | undefined, value: string, path: string, language?: string): string {
  if (!form) return '';
  const question = findField(form, fieldNameFromPath(path));
  return question ? choiceLabel(form, question, value, language) : '';
}

// ---- The public one-off evaluation ----------------------------------------------------------

export interface EvaluationContext {
  /**
   * Field values as stored (select_multiple space-separated; '' or absent = unanswered), or a
   * lookup returning stored text or an already typed value (a node-set for repeats).
   */
  values?: Readonly<Record<string, string | undefined>> | ((name: string) => string | Value | undefined);
  /** The value of `.` (the answer a constraint checks); defaults to the stored value of `field`. */
  current?: string;
  /** The field the expression belongs to: types `.` and gives once() its stored value. */
  field?: string;
  /** Types stored values (numbers, dates) and answers jr:choice-name(). */
  form?: FormDefinition;
  /** Language code for jr:choice-name() and jr:itext(); the form's default language when absent. */
  language?: string;
  /** The moment today() and now() read; the clock when absent. */
  now?: Date;
  /** The choice row a choice_filter is tested against: name and extra columns. */
  choice?: Readonly<Record<string, string>>;
  /** position(..): the 1-based number of the repeat instance the expression runs in (0 outside repeats). */
  position?: number;
  /** ${last-saved#name}: the stored answers of the last saved response of the form. */
  lastSaved?: Readonly<Record<string, string | undefined>>;
  /** Survey123's property(): who interviews on which device (see deviceProperties). */
  properties?: Readonly<Record<string, string>>;
}

/**
 * What Survey123's property() answers on a laptop, from the interviewer and the device recorded with the response:
 * username (and userfullname) is the interviewer, deviceid (and uri:deviceid, ODK's spelling) the device.
 */
export function deviceProperties(interviewer: string, deviceId: string): Record<string, string> {
  return { username: interviewer, userfullname: interviewer, 'uri:username': interviewer, deviceid: deviceId, 'uri:deviceid': deviceId };
}

function scopeOf(context: EvaluationContext): Scope {
  const types = context.form ? fieldTypes(context.form) : undefined;
  const values = context.values;
  const read = (name: string): string | Value | undefined => (typeof values === 'function' ? values(name) : values?.[name]);
  const field = (name: string): Value => {
    const value = read(name);
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? typedValue(types?.get(name), value) : value;
  };
  return {
    field,
    current: () => {
      if (context.current !== undefined) return typedValue(context.field ? types?.get(context.field) : undefined, context.current);
      return context.field ? field(context.field) : '';
    },
    column: (name) => context.choice?.[name] ?? '',
    itemColumn: () => '',
    now: () => context.now ?? new Date(),
    choiceName: (value, path) => choiceNameIn(context.form, value, path, context.language),
    itext: (id) => itextIn(context.form, id, context.language),
    secondaryInstance: (id) => (context.form ? secondaryInstance(context.form, id, context.language) : undefined),
    position: () => context.position ?? 0,
    // Without the repeat structure, a repeated field reads as one node-set over every instance: one level deep.
    indexedRepeat: (name, path) => {
      const value = field(name);
      const index = path.length === 1 ? Math.trunc(path[0].index) : NaN;
      if (!isNodeSet(value)) return index === 1 ? value : '';
      return value.items[index - 1] ?? '';
    },
    lastSaved: (name) => {
      const stored = context.lastSaved?.[name];
      return stored ? typedValue(types?.get(name), stored) : '';
    },
    formVersion: () => context.form?.version ?? '',
    property: (name) => context.properties?.[name.trim().toLowerCase()] ?? '',
  };
}

/** Evaluates a parsed expression. Repeated evaluation of the same tree reuses its compiled form. */
export function evaluate(expr: Expression, context: EvaluationContext = {}): Value {
  return compileExpression(expr)(scopeOf(context));
}

export const evaluateBoolean = (expr: Expression, context: EvaluationContext = {}): boolean => toBoolean(evaluate(expr, context));

/** The result as it would be stored: calculations are saved as text. */
export const evaluateText = (expr: Expression, context: EvaluationContext = {}): string => toText(evaluate(expr, context));
