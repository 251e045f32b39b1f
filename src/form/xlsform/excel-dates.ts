/**
 * Excel stores dates as day numbers formatted as dates. In the 1900 date system Excel counts a
 * 29 February 1900 that never was (Lotus 1-2-3's leap-year error, kept for compatibility): day 1
 * is 1900-01-01, day 59 is 1900-02-28, day 60 is the phantom 1900-02-29 and day 61 is 1900-03-01.
 * Converting every serial as "1899-12-30 plus n days" shifts the dates before March 1900 by one
 * (1900-01-01 read back as 1899-12-31), so the two ranges are converted separately.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900_BEFORE_MARCH = Date.UTC(1899, 11, 31);
const EPOCH_1900_FROM_MARCH = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2_958_465;

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format shows a date or time: d, m, y, h or s outside quotes, escapes and [colours]. */
export function isDateFormat(formatId: number, customFormats: ReadonlyMap<number, string>): boolean {
  if (BUILT_IN_DATE_FORMATS.has(formatId)) return true;
  const code = customFormats.get(formatId);
  if (code === undefined) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The text of a date-formatted number: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS" with a time of day, or
 * "HH:MM:SS" for a time alone. Undefined where no calendar date matches (the phantom day 60, a
 * negative or too large number): the caller then shows the number itself.
 */
export function excelSerialToText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined;
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  const wholeDays = days + Math.floor(seconds / 86_400);
  const secondOfDay = seconds % 86_400;
  const time = `${pad(Math.floor(secondOfDay / 3600))}:${pad(Math.floor((secondOfDay % 3600) / 60))}:${pad(secondOfDay % 60)}`;
  if (wholeDays === 0 && !date1904) return time;
  if (!date1904 && wholeDays === 60) return undefined;
  const epoch = date1904 ? EPOCH_1904 : wholeDays < 60 ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900_FROM_MARCH;
  const date = new Date(epoch + wholeDays * DAY_MS);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return secondOfDay ? `${day}T${time}` : day;
}
