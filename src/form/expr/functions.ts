import type { Value } from './values';
import { compileRegex } from './regex';
import {
  isEmptyValue, isNodeSet, localDate, localDateTime, parseDateValue, toBoolean, toNumber, toText,
} from './values';

/** What a function may ask of the place it is evaluated in. */
export interface Runtime {
  /** The value of `.`: the answer being checked, or the field's own stored value (for once()). */
  current(): Value;
  now(): Date;
  /** jr:choice-name: the label of choice `value` of the select named `field`, '' if none. */
  choiceName(value: string, field: string): string;
}

type Thunk = () => Value;

interface FunctionDefinition {
  min: number;
  max: number;
  /** Arguments arrive unevaluated, for functions that must not evaluate every branch (if, coalesce). */
  lazy?: boolean;
  call(args: Value[] | Thunk[], runtime: Runtime): Value;
}

const eager = (min: number, max: number, call: (args: Value[], runtime: Runtime) => Value): FunctionDefinition =>
  ({ min, max, call: call as FunctionDefinition['call'] });
const lazy = (min: number, max: number, call: (args: Thunk[], runtime: Runtime) => Value): FunctionDefinition =>
  ({ min, max, lazy: true, call: call as FunctionDefinition['call'] });

/** A select_multiple answer's choices: space-separated names, extra spaces ignored. */
export function selectedNames(answer: string): string[] {
  return answer.split(' ').filter((name) => name.length > 0);
}

/**
 * round() as JavaRosa: half away from zero for positive numbers and towards zero for negative ones
 * (round(2.5) = 3, round(-1.5) = -1), on the decimal digits of the number as written, so
 * round(1.005, 2) = 1.01; negative places round to tens, hundreds (round(1235.5, -2) = 1200).
 */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + places}`);
}

function roundTo(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  if (places > 30 || places < -30) return NaN;
  const shifted = shiftDecimal(value, places);
  // JavaRosa truncates (long) (scaled + 0.5) for negative places, so round(-1235.5, -2) = -1100.
  const rounded = places >= 0 ? Math.round(shifted) : Math.trunc(shifted + 0.5);
  return shiftDecimal(rounded, -places);
}

/** int(): truncation towards zero (int(-1.9) = -1). */
const truncate = (value: number) => (Number.isFinite(value) ? Math.trunc(value) : value);

/** substr() counts from 0 and takes negative offsets from the end (JavaRosa XPathFuncExpr.substring). */
function substr(text: string, start: number, end: number | undefined): string {
  const length = text.length;
  let from = Math.trunc(start);
  let to = end === undefined ? length : Math.trunc(end);
  if (from < 0) from += length;
  if (to < 0) to += length;
  from = Math.min(Math.max(0, from), length);
  to = Math.min(Math.max(0, to), length);
  return from <= to ? text.slice(from, to) : '';
}

/** The values a function such as sum() or join() runs over: a node-set's members, or the arguments. */
function members(args: Value[]): Value[] {
  return args.length === 1 && isNodeSet(args[0]) ? [...args[0].items] : args;
}

function extreme(args: Value[], pick: (a: number, b: number) => number): number {
  const numbers = members(args).map(toNumber).filter((n) => !Number.isNaN(n));
  return numbers.length ? numbers.reduce((a, b) => pick(a, b)) : NaN;
}

function toDateValue(value: Value): Value {
  if (typeof value === 'object' && value.kind === 'date') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return NaN;
    const day = new Date(Math.trunc(value) * 86_400_000);
    return parseDateValue(day.toISOString().slice(0, 10)) ?? NaN;
  }
  const text = toText(value);
  if (text === '') return '';
  return parseDateValue(text) ?? NaN;
}

const FUNCTIONS: Record<string, FunctionDefinition> = {
  // Logic
  'true': eager(0, 0, () => true),
  'false': eager(0, 0, () => false),
  'not': eager(1, 1, ([a]) => !toBoolean(a)),
  'boolean': eager(1, 1, ([a]) => toBoolean(a)),
  'boolean-from-string': eager(1, 1, ([a]) => ['true', '1'].includes(toText(a).toLowerCase())),
  'if': lazy(3, 3, ([condition, then, otherwise]) => (toBoolean(condition()) ? then() : otherwise())),
  'coalesce': lazy(2, 2, ([first, second]) => {
    const value = first();
    return isEmptyValue(value) ? second() : value;
  }),
  /** once(x): x while the field has no value yet, then the value it got. */
  'once': lazy(1, 1, ([value], runtime) => {
    const current = runtime.current();
    return isEmptyValue(current) ? value() : current;
  }),

  // Selects
  'selected': eager(2, 2, ([answer, choice]) =>
    ` ${toText(answer)} `.includes(` ${toText(choice).trim()} `)),
  'count-selected': eager(1, 1, ([answer]) => selectedNames(toText(answer)).length),
  'selected-at': eager(2, 2, ([answer, index]) => selectedNames(toText(answer))[truncate(toNumber(index))] ?? ''),
  'jr:choice-name': eager(2, 2, ([value, field], runtime) => runtime.choiceName(toText(value), toText(field))),

  // Text
  'string': eager(0, 1, (args, runtime) => toText(args.length ? args[0] : runtime.current())),
  'string-length': eager(0, 1, (args, runtime) => toText(args.length ? args[0] : runtime.current()).length),
  'concat': eager(0, Infinity, (args) => members(args).map(toText).join('')),
  'join': eager(1, Infinity, ([separator, ...rest]) => members(rest).map(toText).join(toText(separator))),
  'contains': eager(2, 2, ([a, b]) => toText(a).includes(toText(b))),
  'starts-with': eager(2, 2, ([a, b]) => toText(a).startsWith(toText(b))),
  'ends-with': eager(2, 2, ([a, b]) => toText(a).endsWith(toText(b))),
  'substr': eager(2, 3, ([text, start, end]) =>
    substr(toText(text), toNumber(start), end === undefined ? undefined : toNumber(end))),
  'normalize-space': eager(0, 1, (args, runtime) =>
    toText(args.length ? args[0] : runtime.current()).trim().replace(/\s+/g, ' ')),
  'regex': eager(2, 2, ([text, pattern]) => compileRegex(toText(pattern))?.matchesWhole(toText(text)) ?? false),
  'uuid': eager(0, 0, () => globalThis.crypto.randomUUID()),

  // Numbers
  'number': eager(1, 1, ([a]) => toNumber(a)),
  'int': eager(1, 1, ([a]) => truncate(toNumber(a))),
  'round': eager(1, 2, ([a, places]) => roundTo(toNumber(a), places === undefined ? 0 : truncate(toNumber(places)))),
  'abs': eager(1, 1, ([a]) => Math.abs(toNumber(a))),
  'pow': eager(2, 2, ([a, b]) => toNumber(a) ** toNumber(b)),
  'sum': eager(1, 1, (args) => members(args).map(toNumber).filter((n) => !Number.isNaN(n)).reduce((s, n) => s + n, 0)),
  'count': eager(1, 1, ([a]) => (isNodeSet(a) ? a.items.length : 1)),
  'max': eager(1, Infinity, (args) => extreme(args, Math.max)),
  'min': eager(1, Infinity, (args) => extreme(args, Math.min)),

  // Dates
  'today': eager(0, 0, (_, runtime) => localDate(runtime.now())),
  'now': eager(0, 0, (_, runtime) => localDateTime(runtime.now())),
  'date': eager(1, 1, ([a]) => toDateValue(a)),
};

export function functionDefinition(name: string): FunctionDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

export function functionNames(): string[] {
  return Object.keys(FUNCTIONS);
}
