import type { RowType } from './model';
import { isCalendarDate } from './expr/values';

/** What is wrong with the shape of a stored answer. */
export type FormatProblem =
  | 'integer' | 'integer-range' | 'decimal' | 'date' | 'time' | 'dateTime' | 'geopoint' | 'acknowledge';

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

/** The format problem of a non-empty stored answer of this type, or null when its shape is right. */
export function answerFormatProblem(type: RowType, value: string): FormatProblem | null {
  switch (type) {
    case 'integer': {
      if (!INTEGER.test(value)) return 'integer';
      const number = Number(value);
      return number < INT_MIN || number > INT_MAX ? 'integer-range' : null;
    }
    case 'decimal': return DECIMAL.test(value) ? null : 'decimal';
    case 'date': case 'today': return isDate(value) ? null : 'date';
    case 'time': return TIME.test(value) ? null : 'time';
    case 'dateTime': case 'start': case 'end': return isDateTime(value) ? null : 'dateTime';
    case 'geopoint': return isGeopoint(value) ? null : 'geopoint';
    case 'acknowledge': return value === 'OK' ? null : 'acknowledge';
    default: return null;
  }
}
