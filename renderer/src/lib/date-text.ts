/**
 * Dates as people in Kazakhstan write them: 31.05.2024 in Kazakh and Russian, 31/05/2024 in English;
 * stored and sent as ISO (2024-05-31). The browser's own date field follows the operating system's
 * locale (05/31/2024 on an English Windows) whatever the interface says, so Kelisim writes its own.
 * No DOM here: tests run it under Node.
 */

export type DateLanguage = 'kk' | 'ru' | 'en';

const separator = (language: string) => (language === 'en' ? '/' : '.');

/** "2024-05-31" → "31.05.2024" (kk, ru) or "31/05/2024" (en); anything else as it is. */
export function formatDateText(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const s = separator(language);
  return `${match[3]}${s}${match[2]}${s}${match[1]}`;
}

/**
 * What a typed date means, as ISO: day first (31.05.2024, 31/05/2024, 31-05-2024, 1.5.2024) or ISO
 * itself; '' for an empty field; undefined for text that is not a real date (31.02.2024).
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!year) return undefined;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A stored time of day (14:30, 14:30:00.000+05:00) as the field shows it: 24-hour HH:MM in every language. */
export function formatTimeText(value: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  return match ? `${match[1]}:${match[2]}` : value;
}

/** A typed time of day as stored, HH:MM on the 24-hour clock (9:5 is not a time, 9:05 and 9.05 are); '' when empty. */
export function parseTimeText(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/**
 * A moment in local time, all digits: "28.10.2026, 09:44" in Kazakh and Russian, "28/10/2026, 09:44" in English.
 * Digits only, so no Russian month name turns up in the Kazakh interface.
 */
export function dateTimeText(ms: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'ru-RU';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
    ms,
  );
}

/**
 * An answer as the interface writes it: a date day first, a date and time in digits (local time); anything else as
 * the core read it (choice labels, numbers, text). Stored values stay ISO.
 */
export function answerText(item: { type: string; value: string; display: string }, language: string): string {
  if (item.type === 'date') return formatDateText(item.value, language);
  if (item.type === 'dateTime' && item.value) {
    const ms = Date.parse(item.value);
    return Number.isNaN(ms) ? item.display : dateTimeText(ms, language);
  }
  return item.display;
}
