/**
 * The stored form of one response's answers: the values in the order of the form version's frozen
 * field list, joined by U+001F (the ASCII unit separator). An empty string is "no answer", as in
 * XLSForm. Positional storage is safe because a published field list never changes; it is about
 * twice as fast to write and read as JSON (measured on 1M × 61 values: 4.3 s vs 8.9 s to insert).
 *
 * Control characters other than tab and line breaks cannot come from a keyboard and are not
 * allowed in XML (so they would break the Excel export); they are removed on the way in.
 */
const SEPARATOR = '\x1f';
const HAS_CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const CONTROL_CHARACTERS = new RegExp(HAS_CONTROL_CHARACTER.source, 'g');
const HAS_CONTROL_CHARACTER_BUT_SEPARATOR = /[\x00-\x08\x0b\x0c\x0e-\x1e\x7f]/;

export type AnswerMap = Record<string, string>;

export function cleanAnswerText(value: string): string {
  return HAS_CONTROL_CHARACTER.test(value) ? value.replace(CONTROL_CHARACTERS, '') : value;
}

export function encodeAnswers(fields: readonly string[], answers: AnswerMap): string {
  const values = new Array<string>(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const value = answers[fields[i]];
    values[i] = value === undefined || value === null ? '' : cleanAnswerText(String(value));
  }
  return values.join(SEPARATOR);
}

/**
 * Encodes values already in field order (the bulk import path, which builds arrays, not maps).
 * Checks the joined row once instead of every value: a stray separator inside a value shows up
 * as one separator too many.
 */
export function encodeAnswerArray(values: readonly string[]): string {
  const joined = values.join(SEPARATOR);
  if (!HAS_CONTROL_CHARACTER_BUT_SEPARATOR.test(joined) && countSeparators(joined) === values.length - 1) return joined;
  return values.map(cleanAnswerText).join(SEPARATOR);
}

function countSeparators(text: string): number {
  let count = 0;
  for (let i = text.indexOf(SEPARATOR); i !== -1; i = text.indexOf(SEPARATOR, i + 1)) count++;
  return count;
}

/** Encodes values already known to hold no control characters (a caller checked a whole file at once). */
export function encodeCleanAnswerArray(values: readonly string[]): string {
  return values.join(SEPARATOR);
}

export function decodeAnswerArray(encoded: string): string[] {
  return encoded.split(SEPARATOR);
}

/** Answers as a map holding only the fields that were answered. */
export function decodeAnswers(fields: readonly string[], encoded: string): AnswerMap {
  const values = encoded.split(SEPARATOR);
  const answers: AnswerMap = {};
  for (let i = 0; i < fields.length; i++) {
    const value = values[i];
    if (value !== undefined && value !== '') answers[fields[i]] = value;
  }
  return answers;
}
