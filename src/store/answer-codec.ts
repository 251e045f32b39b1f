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
 * Checks all values at once, joined without separators, instead of one by one: a control
 * character (a stray separator included) is rare, and only then is each value cleaned.
 */
export function encodeAnswerArray(values: readonly string[]): string {
  return HAS_CONTROL_CHARACTER.test(values.join('')) ? values.map(cleanAnswerText).join(SEPARATOR) : values.join(SEPARATOR);
}

/** Whether a value can be stored as it is: no control character but tab and line breaks (Likert codes are checked without a regex). */
export function isCleanAnswer(value: string): boolean {
  if (value.length === 1) {
    const code = value.charCodeAt(0);
    return code >= 32 ? code !== 127 : code === 9 || code === 10 || code === 13;
  }
  return !HAS_CONTROL_CHARACTER.test(value);
}

/** Encodes values the caller has checked with isCleanAnswer, without checking them again. */
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
