/**
 * Values of the expression language and their conversions, following JavaRosa (the engine inside
 * ODK Collect and KoboCollect, which collected the data Kelisim imports): see
 * getodk/javarosa XPathFuncExpr.toNumeric/toBoolean/toString and XPathEqExpr. Where JavaRosa
 * differs from XPath 1.0, JavaRosa wins, and the comment says so.
 */

/** A date (or date and time). `days` counts days since 1970-01-01 of the date as written. */
export interface DateValue {
  readonly kind: 'date';
  readonly days: number;
  /** "2024-05-31" for a date, "2024-05-31T14:30:00.000+05:00" for a date and time. */
  readonly text: string;
}

/** Several values at once: a field inside a repeat read from outside it, or a repeat itself. */
export interface NodeSet {
  readonly kind: 'nodes';
  readonly items: readonly Value[];
}

export type Value = string | number | boolean | DateValue | NodeSet;

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

function daysOf(year: number, month: number, day: number): number | undefined {
  return isCalendarDate(year, month, day) ? Date.UTC(year, month - 1, day) / MS_PER_DAY : undefined;
}

/** A stored date ("YYYY-MM-DD") or dateTime as a date value; undefined when it is neither. */
export function parseDateValue(text: string): DateValue | undefined {
  const match = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return undefined;
  const days = daysOf(Number(match[1]), Number(match[2]), Number(match[3]));
  return days === undefined ? undefined : { kind: 'date', days, text };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

let lastToday: { now: Date; value: DateValue } | undefined;

/** today(): the local calendar date of `now` (remembered for the last moment asked, as every response of a bulk check asks the same). */
export function localDate(now: Date): DateValue {
  if (lastToday?.now === now) return lastToday.value;
  const text = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const value: DateValue = { kind: 'date', days: Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY, text };
  lastToday = { now, value };
  return value;
}

/** now(): local date and time with the offset, as ODK records dateTime answers. */
export function localDateTime(now: Date): DateValue {
  const offset = -now.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
  return { kind: 'date', days: localDate(now).days, text: `${localDate(now).text}T${time}${zone}` };
}

export function isDate(value: Value): value is DateValue {
  return typeof value === 'object' && value.kind === 'date';
}

export function isNodeSet(value: Value): value is NodeSet {
  return typeof value === 'object' && value.kind === 'nodes';
}

/** A node-set stands for its first value where one value is wanted (XPath 1.0 §4.2, string()). */
function single(value: Value): Exclude<Value, NodeSet> {
  if (!isNodeSet(value)) return value;
  return value.items.length ? single(value.items[0]) : '';
}

/**
 * JavaRosa toNumeric: a string is a number only if it holds digits, '-' and '.', after trimming and
 * reading ',' as '.' (some locales); otherwise, and for '', NaN. No exponents, no "Infinity".
 * A date is its day count.
 */
export function toNumber(value: Value): number {
  const v = single(value);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const s = v.replace(/,/g, '.').trim();
    if (!s || !/^[-.0-9]+$/.test(s)) return NaN;
    return Number(s);
  }
  return v.days;
}

/**
 * JavaRosa toBoolean: a non-empty string is true (so "0" and "false" are true), a number is true
 * unless 0 or NaN, a date is true. An unanswered question reads as '' and so is false; a node-set is
 * true when it has members.
 */
export function toBoolean(value: Value): boolean {
  if (isNodeSet(value)) return value.items.length > 0;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Math.abs(value) > 1e-12 && !Number.isNaN(value);
  if (typeof value === 'string') return value.length > 0;
  return true;
}

/**
 * JavaRosa toString: whole numbers without a decimal point ("2", not "2.0"), values within 1e-12
 * of zero as "0", NaN as "NaN"; a date as written.
 */
export function toText(value: Value): string {
  const v = single(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (Math.abs(v) < 1e-12) return '0';
    if (!Number.isFinite(v)) return v < 0 ? '-Infinity' : 'Infinity';
    return String(v);
  }
  return v.text;
}

/** JavaRosa isNull, used by coalesce() and once(): '' and NaN count as no value. */
export function isEmptyValue(value: Value): boolean {
  const v = single(value);
  return v === '' || (typeof v === 'number' && Number.isNaN(v));
}

/**
 * `=` as JavaRosa's XPathEqExpr: if either side is a boolean, compare as booleans; else if either is
 * a number, compare as numbers (so `${age} = '18'` is true for 18, and '' = 0 is false because ''
 * is NaN); else compare the text. A node-set equals a value when any member does (XPath 1.0 §3.4).
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (isNodeSet(a)) return a.items.some((item) => valuesEqual(item, b));
  if (isNodeSet(b)) return b.items.some((item) => valuesEqual(a, item));
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b);
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(toNumber(a) - toNumber(b)) < 1e-12;
  return toText(a) === toText(b);
}
