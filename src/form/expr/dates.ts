import type { DateValue } from './values';

/**
 * format-date, format-date-time, decimal-date-time and decimal-time of ODK XForms. A value is
 * formatted as written: "2026-08-07T06:31:13.834-03:00" gives 06:31 whatever the laptop's time
 * zone, so a response reads the same on every machine. Month and day names are English
 * abbreviations, as JavaRosa writes them when it knows no form locale.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MS_PER_DAY = 86_400_000;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function partsOf(value: DateValue): Parts {
  const [date, time = ''] = value.text.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const match = TIME.exec(time);
  return {
    year,
    month,
    day,
    hour: match ? Number(match[1]) : 0,
    minute: match ? Number(match[2]) : 0,
    second: match?.[3] ? Number(match[3]) : 0,
    millisecond: match?.[4] ? Number(match[4].slice(0, 3).padEnd(3, '0')) : 0,
  };
}

/** format-date / format-date-time: %Y %y %m %n %b %d %e %a, and %H %h %M %S %3 for times. */
export function formatDate(value: DateValue, format: string, withTime: boolean): string {
  const p = partsOf(value);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return format.replace(/%(.)/g, (whole, code: string) => {
    switch (code) {
      case 'Y':
        return pad(p.year, 4);
      case 'y':
        return pad(p.year % 100);
      case 'm':
        return pad(p.month);
      case 'n':
        return String(p.month);
      case 'b':
        return MONTHS[p.month - 1];
      case 'd':
        return pad(p.day);
      case 'e':
        return String(p.day);
      case 'a':
        return DAYS[weekday];
      default:
        break;
    }
    if (!withTime) return whole;
    switch (code) {
      case 'H':
        return pad(p.hour);
      case 'h':
        return String(p.hour);
      case 'M':
        return pad(p.minute);
      case 'S':
        return pad(p.second);
      case '3':
        return pad(p.millisecond, 3);
      default:
        return whole;
    }
  });
}

/** Days since 1970-01-01T00:00Z with the fraction of the day; a date alone is its midnight UTC. */
export function decimalDateTime(value: DateValue): number {
  if (!value.text.includes('T')) return value.days;
  const time = Date.parse(value.text);
  return Number.isNaN(time) ? NaN : time / MS_PER_DAY;
}

/**
 * decimal-time("HH:MM[:SS[.sss]][offset]"): the fraction of the day. A time with an offset is first
 * moved into the offset of `now` (the laptop's zone), as ODK reads it "in the device's timezone".
 */
export function decimalTime(text: string, now: Date): number {
  const match = TIME.exec(text.trim());
  if (!match) return NaN;
  const [, hours, minutes, seconds = '0', fraction = '0', zone] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return NaN;
  let ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(`0.${fraction}`) * 1000;
  if (zone) {
    const written =
      zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || 0));
    const local = -now.getTimezoneOffset();
    ms += (local - written) * 60_000;
  }
  return (((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_DAY;
}
