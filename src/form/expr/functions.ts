import type { DateValue, Value } from './values';
import { compileRegex } from './regex';
import {
  isDate,
  isEmptyValue,
  isNodeSet,
  localDate,
  localDateTime,
  parseDateValue,
  toBoolean,
  toNumber,
  toText,
  valuesEqual,
} from './values';
import { decimalDateTime, decimalTime, formatDate } from './dates';
import { digest } from './digest';
import { enclosedArea, isInside, parsePoint, parsePoints, pathDistance } from './geo';
import { parkMiller, shuffle } from './shuffle';

/** A row of a secondary instance: a choice of a list, or a line of an attached CSV. */
export type InstanceRow = Readonly<Record<string, string>>;

/** One step of indexed-repeat(): the repeat and the 1-based number of its instance. */
export interface RepeatIndex {
  repeat: string;
  index: number;
}

/** What a function may ask of the place it is evaluated in. */
export interface Runtime {
  /** The value of `.`: the answer being checked, or the field's own stored value (for once()). */
  current(): Value;
  now(): Date;
  /** jr:choice-name: the label of choice `value` of the select named `field`, '' if none. */
  choiceName(value: string, field: string): string;
  /** jr:itext: the text of an itext id (`/data/q:label`, `list-0`) in the current language, '' if none. */
  itext(id: string): string;
  /** The rows of instance('id'): an attached id.csv or the choice list id; undefined when there is neither. */
  secondaryInstance(id: string): readonly InstanceRow[] | undefined;
  /** position(..) (the 1-based number of the repeat instance being evaluated), or position() in a predicate. */
  position(): number;
  /** indexed-repeat(): the value of `name` in the given instances of its repeats ('' when there is none). */
  indexedRepeat(name: string, path: readonly RepeatIndex[]): Value;
  /** ${last-saved#name}: the answer in the last response of this form saved on this device, '' if none. */
  lastSaved(name: string): Value;
  /** Survey123's version(): the form's version ('' when unknown). */
  formVersion(): string;
  /** Survey123's property(name): what the device knows of the interview (username, deviceid), '' for anything else. */
  property(name: string): string;
}

type Thunk = () => Value;

interface FunctionDefinition {
  min: number;
  max: number;
  /** Arguments arrive unevaluated, for functions that must not evaluate every branch (if, coalesce). */
  lazy?: boolean;
  call(args: Value[] | Thunk[], runtime: Runtime): Value;
}

const eager = (min: number, max: number, call: (args: Value[], runtime: Runtime) => Value): FunctionDefinition => ({
  min,
  max,
  call: call as FunctionDefinition['call'],
});
const lazy = (min: number, max: number, call: (args: Thunk[], runtime: Runtime) => Value): FunctionDefinition => ({
  min,
  max,
  lazy: true,
  call: call as FunctionDefinition['call'],
});

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
  const numbers = members(args)
    .map(toNumber)
    .filter((n) => !Number.isNaN(n));
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

/** The rows whose `column` equals `value` (as `=` compares), first row first. */
export function matchingRows(rows: readonly InstanceRow[], column: string, value: Value): InstanceRow[] {
  return rows.filter((row) => valuesEqual(row[column] ?? '', value));
}

/** A node-set's members as text, or the one value as a list of one. */
function texts(value: Value): string[] {
  return isNodeSet(value) ? value.items.map(toText) : [toText(value)];
}

const math = (operation: (x: number) => number) => eager(1, 1, ([a]) => operation(toNumber(a)));

/** The area in m² a geoshape's text (or a list of geopoints) encloses; NaN when it is not one. */
function areaOf(value: Parameters<typeof points>[0]): number {
  const p = points(value);
  return p ? enclosedArea(p) : NaN;
}

function points(value: Value) {
  return parsePoints(texts(value).filter((text) => text.trim() !== ''));
}

/** checklist / weighted-checklist: min and max of -1 mean no bound. */
function withinBounds(total: number, min: number, max: number): boolean {
  return (min < 0 || total >= min) && (max < 0 || total <= max);
}

/** A ticked item of checklist(): true as boolean() reads it (JavaRosa XPathFuncExpr.checklist). */
const ticked = (value: Value) => toBoolean(value);

function dateArgument(value: Value): DateValue | undefined {
  const date = toDateValue(value);
  return isDate(date) ? date : undefined;
}

/** uuid(n): n random letters and digits; uuid(): an RFC 4122 version 4 UUID. */
function randomId(length: number): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(Math.max(0, length)));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

const FUNCTIONS: Record<string, FunctionDefinition> = {
  // Logic
  true: eager(0, 0, () => true),
  false: eager(0, 0, () => false),
  not: eager(1, 1, ([a]) => !toBoolean(a)),
  boolean: eager(1, 1, ([a]) => toBoolean(a)),
  'boolean-from-string': eager(1, 1, ([a]) => ['true', '1'].includes(toText(a).toLowerCase())),
  if: lazy(3, 3, ([condition, then, otherwise]) => (toBoolean(condition()) ? then() : otherwise())),
  coalesce: lazy(2, 2, ([first, second]) => {
    const value = first();
    return isEmptyValue(value) ? second() : value;
  }),
  /** once(x): x while the field has no value yet, then the value it got. */
  once: lazy(1, 1, ([value], runtime) => {
    const current = runtime.current();
    return isEmptyValue(current) ? value() : current;
  }),

  // Selects
  selected: eager(2, 2, ([answer, choice]) => ` ${toText(answer)} `.includes(` ${toText(choice).trim()} `)),
  'count-selected': eager(1, 1, ([answer]) => selectedNames(toText(answer)).length),
  'selected-at': eager(2, 2, ([answer, index]) => selectedNames(toText(answer))[truncate(toNumber(index))] ?? ''),
  'jr:choice-name': eager(2, 2, ([value, field], runtime) => runtime.choiceName(toText(value), toText(field))),
  'jr:itext': eager(1, 1, ([id], runtime) => runtime.itext(toText(id))),

  // Text
  string: eager(0, 1, (args, runtime) => toText(args.length ? args[0] : runtime.current())),
  'string-length': eager(0, 1, (args, runtime) => toText(args.length ? args[0] : runtime.current()).length),
  concat: eager(0, Infinity, (args) => members(args).map(toText).join('')),
  join: eager(1, Infinity, ([separator, ...rest]) => members(rest).map(toText).join(toText(separator))),
  contains: eager(2, 2, ([a, b]) => toText(a).includes(toText(b))),
  'starts-with': eager(2, 2, ([a, b]) => toText(a).startsWith(toText(b))),
  'ends-with': eager(2, 2, ([a, b]) => toText(a).endsWith(toText(b))),
  substr: eager(2, 3, ([text, start, end]) => substr(toText(text), toNumber(start), end === undefined ? undefined : toNumber(end))),
  'normalize-space': eager(0, 1, (args, runtime) =>
    toText(args.length ? args[0] : runtime.current())
      .trim()
      .replace(/\s+/g, ' '),
  ),
  regex: eager(2, 2, ([text, pattern]) => compileRegex(toText(pattern))?.matchesWhole(toText(text)) ?? false),
  uuid: eager(0, 1, (args) => (args.length ? randomId(truncate(toNumber(args[0]))) : globalThis.crypto.randomUUID())),
  'substring-before': eager(2, 2, ([a, b]) => {
    const text = toText(a);
    const at = text.indexOf(toText(b));
    return at < 0 ? '' : text.slice(0, at);
  }),
  'substring-after': eager(2, 2, ([a, b]) => {
    const text = toText(a);
    const needle = toText(b);
    const at = text.indexOf(needle);
    return at < 0 ? '' : text.slice(at + needle.length);
  }),
  /** XPath 1.0 translate: each character of `from` becomes the one at its place in `to`, or goes. */
  translate: eager(3, 3, ([a, b, c]) => {
    const from = [...toText(b)];
    const to = [...toText(c)];
    return [...toText(a)]
      .map((ch) => {
        const at = from.indexOf(ch);
        return at < 0 ? ch : (to[at] ?? '');
      })
      .join('');
  }),
  digest: eager(
    2,
    3,
    ([text, algorithm, encoding]) => digest(toText(text), toText(algorithm), encoding === undefined ? undefined : toText(encoding)) ?? '',
  ),
  'base64-decode': eager(1, 1, ([a]) => {
    try {
      const binary = atob(toText(a));
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
    } catch {
      return '';
    }
  }),
  checklist: eager(2, Infinity, ([min, max, ...rest]) => withinBounds(members(rest).filter(ticked).length, toNumber(min), toNumber(max))),
  'weighted-checklist': eager(2, Infinity, ([min, max, ...rest]) => {
    let total = 0;
    for (let i = 0; i + 1 < rest.length; i += 2) if (ticked(rest[i])) total += toNumber(rest[i + 1]);
    return withinBounds(total, toNumber(min), toNumber(max));
  }),
  /**
   * pulldata('list', 'wanted', 'key', value): the `wanted` column of the first row whose `key` is value. Survey123's
   * pulldata("@geopoint", point, "x"): a part of a location (the parser lets only that form take 3 to 5 arguments).
   */
  pulldata: eager(3, 5, ([id, wanted, key, value], runtime) => {
    if (toText(id) === '@geopoint') return geopointPart(toText(wanted), toText(key));
    const rows = runtime.secondaryInstance(toText(id)) ?? [];
    return matchingRows(rows, toText(key), value)[0]?.[toText(wanted)] ?? '';
  }),
  version: eager(0, 0, (_, runtime) => runtime.formVersion()),
  property: eager(1, 1, ([name], runtime) => runtime.property(toText(name))),
  /** instance('id') stands only at the start of a path; the parser turns the path into one node. */
  instance: eager(1, 1, () => ''),

  // Numbers
  // A date or dateTime counts days since 1970-01-01 (with the fraction of the day), as ODK's number() does.
  number: eager(1, 1, ([a]) => {
    const date = isDate(a) ? a : typeof a === 'string' ? parseDateValue(a.trim()) : undefined;
    return date ? decimalDateTime(date) : toNumber(a);
  }),
  int: eager(1, 1, ([a]) => truncate(toNumber(a))),
  round: eager(1, 2, ([a, places]) => roundTo(toNumber(a), places === undefined ? 0 : truncate(toNumber(places)))),
  abs: eager(1, 1, ([a]) => Math.abs(toNumber(a))),
  pow: eager(2, 2, ([a, b]) => toNumber(a) ** toNumber(b)),
  sqrt: math(Math.sqrt),
  exp: math(Math.exp),
  exp10: math((x) => 10 ** x),
  log: math(Math.log),
  log10: math(Math.log10),
  sin: math(Math.sin),
  cos: math(Math.cos),
  tan: math(Math.tan),
  asin: math(Math.asin),
  acos: math(Math.acos),
  atan: math(Math.atan),
  atan2: eager(2, 2, ([y, x]) => Math.atan2(toNumber(y), toNumber(x))),
  pi: eager(0, 0, () => Math.PI),
  random: eager(0, 0, () => Math.random()),
  'count-non-empty': eager(1, 1, ([a]) => (isNodeSet(a) ? a.items.filter((item) => !isEmptyValue(item)).length : isEmptyValue(a) ? 0 : 1)),
  /** randomize(nodes, seed?): the members in shuffled order, the same order for the same seed. */
  randomize: eager(1, 2, ([nodes, seed]) => ({
    kind: 'nodes',
    items: shuffle(isNodeSet(nodes) ? nodes.items : [nodes], seed === undefined ? Math.random : parkMiller(toNumber(seed))),
  })),
  /** position(..) is read from the place of evaluation; the compiler calls runtime.position() for it. */
  position: eager(0, 1, (_, runtime) => runtime.position()),
  /** indexed-repeat(${q}, ${repeat}, n, …): compiled specially (its field arguments are names, not values). */
  'indexed-repeat': eager(3, 7, () => ''),

  // Geography (ODK's text forms of geopoint, geotrace and geoshape)
  area: eager(1, 1, ([a]) => areaOf(a)),
  /** JavaRosa's first name for area(), still accepted by ODK Collect (older forms use it). */
  'enclosed-area': eager(1, 1, ([a]) => areaOf(a)),
  distance: eager(1, 1, ([a]) => {
    const p = points(a);
    return p ? pathDistance(p) : NaN;
  }),
  geofence: eager(2, 2, ([point, shape]) => {
    const at = parsePoint(toText(point));
    const polygon = points(shape);
    return at !== undefined && polygon !== undefined && polygon.length >= 4 && isInside(at, polygon);
  }),
  sum: eager(1, 1, (args) =>
    members(args)
      .map(toNumber)
      .filter((n) => !Number.isNaN(n))
      .reduce((s, n) => s + n, 0),
  ),
  count: eager(1, 1, ([a]) => (isNodeSet(a) ? a.items.length : 1)),
  max: eager(1, Infinity, (args) => extreme(args, Math.max)),
  min: eager(1, Infinity, (args) => extreme(args, Math.min)),

  // Dates
  today: eager(0, 0, (_, runtime) => localDate(runtime.now())),
  now: eager(0, 0, (_, runtime) => localDateTime(runtime.now())),
  date: eager(1, 1, ([a]) => toDateValue(a)),
  'format-date': eager(2, 2, ([a, format]) => {
    const d = dateArgument(a);
    return d ? formatDate(d, toText(format), false) : '';
  }),
  'format-date-time': eager(2, 2, ([a, format]) => {
    const d = dateArgument(a);
    return d ? formatDate(d, toText(format), true) : '';
  }),
  'decimal-date-time': eager(1, 1, ([a]) => {
    const d = dateArgument(a);
    return d ? decimalDateTime(d) : NaN;
  }),
  'decimal-time': eager(1, 1, ([a], runtime) => decimalTime(toText(a), runtime.now())),
};

/**
 * Survey123's pulldata("@geopoint", point, part) on ODK's "lat lon alt acc": x is the longitude, y the latitude, z
 * the altitude, horizontalAccuracy the accuracy. What a laptop does not measure (speed, direction, vertical
 * accuracy) and what needs a geocoding service online (`reversegeocode.…`) is ''.
 */
function geopointPart(point: string, part: string): Value {
  const numbers = point.trim().split(/\s+/).map(Number);
  if (numbers.length < 2 || numbers.some(Number.isNaN)) return '';
  const index = ({ y: 0, x: 1, z: 2, horizontalaccuracy: 3 } as Record<string, number>)[part.trim().toLowerCase()];
  return index === undefined || numbers[index] === undefined ? '' : numbers[index];
}

export function functionDefinition(name: string): FunctionDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

export function functionNames(): string[] {
  return Object.keys(FUNCTIONS);
}
