/**
 * Variable names SPSS and PSPP accept, made from the export's column names. The rules (IBM SPSS
 * Statistics "Variable names"; PSPP manual 6.1 "Tokens"): at most 64 bytes, a letter first, then
 * letters, digits, `.`, `_`, `@`, `#`, `$`; not ending in `.`; not one of the reserved keywords;
 * unique without regard to case.
 *
 * The renaming is deterministic, so the same form always gives the same names: names already
 * valid are kept; others have each forbidden character replaced by `_`, get a `v` in front when
 * they do not start with a letter, are cut to 64 bytes, get `_` after a reserved keyword, and get
 * `_2`, `_3`… when the result is taken. The Codebook lists every name that changed.
 */
const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);
const MAX_BYTES = 64;
const VALID = /^\p{L}[\p{L}\p{Nd}._@#$]*$/u;
const FORBIDDEN_CHARACTER = /[^\p{L}\p{Nd}._@#$]/gu;

export function isValidSpssName(name: string): boolean {
  return VALID.test(name) && !name.endsWith('.') && byteLength(name) <= MAX_BYTES && !RESERVED.has(name.toUpperCase());
}

/** SPSS names for the given names, in the same order. */
export function spssNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const result = new Array<string>(names.length);
  // Valid names claim themselves first, so a renamed neighbour can never push a valid name aside.
  names.forEach((name, i) => {
    if (isValidSpssName(name) && !taken.has(name.toUpperCase())) {
      taken.add(name.toUpperCase());
      result[i] = name;
    }
  });
  names.forEach((name, i) => {
    if (result[i] !== undefined) return;
    const base = sanitize(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toUpperCase()); n++) candidate = `${cutToBytes(base, MAX_BYTES - `_${n}`.length)}_${n}`;
    taken.add(candidate.toUpperCase());
    result[i] = candidate;
  });
  return result;
}

function sanitize(name: string): string {
  let text = name.replace(FORBIDDEN_CHARACTER, '_');
  if (!/^\p{L}/u.test(text)) text = `v${text}`;
  text = cutToBytes(text, MAX_BYTES);
  if (text.endsWith('.')) text = `${text.slice(0, -1)}_`;
  if (RESERVED.has(text.toUpperCase())) text = `${text}_`;
  return text;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest prefix of whole characters that fits in `limit` UTF-8 bytes. */
export function cutToBytes(text: string, limit: number): string {
  if (byteLength(text) <= limit) return text;
  let result = '';
  let bytes = 0;
  for (const character of text) {
    const size = byteLength(character);
    if (bytes + size > limit) break;
    result += character;
    bytes += size;
  }
  return result;
}
