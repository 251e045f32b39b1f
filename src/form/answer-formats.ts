import type { RowType } from './model';
import { isCalendarDate } from './expr/values';

/** What is wrong with the shape of a stored answer. */
export type FormatProblem =
  'integer' | 'integer-range' | 'decimal' | 'date' | 'time' | 'dateTime' | 'geopoint' | 'acknowledge' | 'range' | 'geotrace' | 'geoshape';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** ODK integers are Java ints (IntegerData). */
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** ODK records dateTime as 2024-05-31T14:30:00.000+05:00; seconds and the offset may be absent. */
function isDateTime(value: string): boolean {
  const t = value.indexOf('T');
  return t === 10 && isDate(value.slice(0, 10)) && TIME.test(value.slice(11));
}

/** "latitude longitude [altitude [accuracy]]", degrees and metres, as ODK records a geopoint. */
function isGeopoint(value: string): boolean {
  const parts = value.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || !parts.every((part) => NUMBER.test(part))) return false;
  const [latitude, longitude, , accuracy] = parts.map(Number);
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && (accuracy === undefined || accuracy >= 0);
}

/** A geotrace: at least two points "lat lon [alt acc]" separated by ";" (a trailing ";" allowed, as ODK writes). */
function geoPoints(value: string): string[] | undefined {
  const points = value
    .split(';')
    .map((p) => p.trim())
    .filter((p, i, all) => p !== '' || i < all.length - 1);
  return points.every(isGeopoint) ? points : undefined;
}

/** A geoshape is a closed trace: four points or more, the last the same place as the first. */
function isGeoshape(value: string): boolean {
  const points = geoPoints(value);
  if (!points || points.length < 4) return false;
  const [a, b] = [points[0], points[points.length - 1]].map((p) => p.split(/\s+/).slice(0, 2).map(Number));
  return a[0] === b[0] && a[1] === b[1];
}

/** ODK range parameters "start=0 end=10 step=0.5" (defaults 1, 10 and 1, as ODK Collect's). */
export function rangeParameters(parameters: string | undefined): { start: number; end: number; step: number } {
  const read = (name: string, fallback: number) => {
    const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(-?[\\d.]+)`).exec(parameters ?? '');
    const number = match ? Number(match[1]) : NaN;
    return Number.isFinite(number) ? number : fallback;
  };
  const step = Math.abs(read('step', 1));
  return { start: read('start', 1), end: read('end', 10), step: step || 1 };
}

/** Within the range's ends and on one of its steps (to a millionth of a step, for decimal steps). */
function isInRange(value: string, parameters: string | undefined): boolean {
  if (!DECIMAL.test(value)) return false;
  const { start, end, step } = rangeParameters(parameters);
  const number = Number(value);
  if (number < Math.min(start, end) || number > Math.max(start, end)) return false;
  const steps = Math.abs(number - start) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/**
 * The format problem of a non-empty stored answer of this type, or null when its shape is right.
 * `parameters` is the row's parameters cell (a range's start, end and step).
 */
export function answerFormatProblem(type: RowType, value: string, parameters?: string): FormatProblem | null {
  switch (type) {
    case 'integer': {
      if (!INTEGER.test(value)) return 'integer';
      const number = Number(value);
      return number < INT_MIN || number > INT_MAX ? 'integer-range' : null;
    }
    case 'decimal':
      return DECIMAL.test(value) ? null : 'decimal';
    case 'date':
    case 'today':
      return isDate(value) ? null : 'date';
    case 'time':
      return TIME.test(value) ? null : 'time';
    case 'dateTime':
    case 'start':
    case 'end':
      return isDateTime(value) ? null : 'dateTime';
    case 'geopoint':
    case 'start-geopoint':
      return isGeopoint(value) ? null : 'geopoint';
    case 'geotrace':
      return (geoPoints(value)?.length ?? 0) >= 2 ? null : 'geotrace';
    case 'geoshape':
      return isGeoshape(value) ? null : 'geoshape';
    case 'range':
      return isInRange(value, parameters) ? null : 'range';
    case 'acknowledge':
      return value === 'OK' ? null : 'acknowledge';
    default:
      return null;
  }
}
