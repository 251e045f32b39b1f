import type { FormDefinition, RowType } from '../model';
import { choiceLabel } from '../choices';
import { findField } from '../survey';
import type { BinaryOperator, Expression } from './ast';
import type { Runtime } from './functions';
import { functionDefinition } from './functions';
import type { Value } from './values';
import { parseDateValue, toBoolean, toNumber, toText, valuesEqual } from './values';

/** Everything an expression can read while it runs. */
export interface Scope extends Runtime {
  /** `${name}`: a typed value ('' when unanswered or not relevant). */
  field(name: string): Value;
  /** A bare name in a choice_filter: a column of the choice being tested. */
  column(name: string): Value;
}

export type CompiledExpression = (scope: Scope) => Value;

const compiledCache = new WeakMap<Expression, CompiledExpression>();

function comparison(operator: BinaryOperator): (a: Value, b: Value) => boolean {
  // JavaRosa XPathCmpExpr: both sides as numbers, whatever they are, so "a" < "b" is false and an
  // unanswered question ('' → NaN) is neither less nor greater than anything.
  switch (operator) {
    case '<': return (a, b) => toNumber(a) < toNumber(b);
    case '<=': return (a, b) => toNumber(a) <= toNumber(b);
    case '>': return (a, b) => toNumber(a) > toNumber(b);
    default: return (a, b) => toNumber(a) >= toNumber(b);
  }
}

function arithmetic(operator: BinaryOperator): (a: number, b: number) => number {
  switch (operator) {
    case '+': return (a, b) => a + b;
    case '-': return (a, b) => a - b;
    case '*': return (a, b) => a * b;
    case 'div': return (a, b) => a / b;
    default: return (a, b) => a % b; // Java's % on doubles, as JavaRosa: -7 mod 3 = -1
  }
}

function compileBinary(operator: BinaryOperator, left: CompiledExpression, right: CompiledExpression): CompiledExpression {
  switch (operator) {
    case 'or': return (scope) => toBoolean(left(scope)) || toBoolean(right(scope));
    case 'and': return (scope) => toBoolean(left(scope)) && toBoolean(right(scope));
    case '=': return (scope) => valuesEqual(left(scope), right(scope));
    case '!=': return (scope) => !valuesEqual(left(scope), right(scope));
    case '<': case '<=': case '>': case '>=': {
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
    case 'number': { const value = expr.value; return () => value; }
    case 'string': { const value = expr.value; return () => value; }
    case 'field': { const name = expr.name; return (scope) => scope.field(name); }
    case 'current': return (scope) => scope.current();
    case 'column': { const name = expr.name; return (scope) => scope.column(name); }
    case 'negate': { const operand = compileExpression(expr.operand); return (scope) => -toNumber(operand(scope)); }
    case 'binary': return compileBinary(expr.operator, compileExpression(expr.left), compileExpression(expr.right));
    case 'call': {
      const definition = functionDefinition(expr.name)!;
      const args = expr.args.map(compileExpression);
      if (definition.lazy) return (scope) => definition.call(args.map((arg) => () => arg(scope)), scope);
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
    case 'decimal': {
      const number = toNumber(stored);
      return Number.isNaN(number) ? stored : number;
    }
    case 'date': case 'today': case 'dateTime': case 'start': case 'end':
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
  /** Language code for jr:choice-name(); the form's default language when absent. */
  language?: string;
  /** The moment today() and now() read; the clock when absent. */
  now?: Date;
  /** The choice row a choice_filter is tested against: name and extra columns. */
  choice?: Readonly<Record<string, string>>;
}

function scopeOf(context: EvaluationContext): Scope {
  const types = context.form ? fieldTypes(context.form) : undefined;
  const values = context.values;
  const read = (name: string): string | Value | undefined =>
    typeof values === 'function' ? values(name) : values?.[name];
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
    now: () => context.now ?? new Date(),
    choiceName: (value, path) => choiceNameIn(context.form, value, path, context.language),
  };
}

/** Evaluates a parsed expression. Repeated evaluation of the same tree reuses its compiled form. */
export function evaluate(expr: Expression, context: EvaluationContext = {}): Value {
  return compileExpression(expr)(scopeOf(context));
}

export const evaluateBoolean = (expr: Expression, context: EvaluationContext = {}): boolean =>
  toBoolean(evaluate(expr, context));

/** The result as it would be stored: calculations are saved as text. */
export const evaluateText = (expr: Expression, context: EvaluationContext = {}): string =>
  toText(evaluate(expr, context));
