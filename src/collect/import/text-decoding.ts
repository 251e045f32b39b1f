/**
 * The bytes of a CSV as text, with no guessing. A file is UTF-8 (its byte order mark, if any, dropped) unless the user
 * says it is Windows-1251, the encoding older Excel versions in Kazakhstan and Russia save CSV in; then all of it is
 * read as that. A UTF-16 byte order mark (Excel's "Unicode text") is a declaration, not a guess, and is followed.
 * A file that is not valid UTF-8 is refused with the line and byte offset of the first bad sequence: before, one
 * stray byte in the first 64 KiB turned every Cyrillic answer into mojibake, and one later became U+FFFD, silently.
 * A NUL character is refused with its line too: no table a spreadsheet writes has one.
 */
import { isAscii } from 'node:buffer';
import { codedError } from '../../common/errors';

import type { CsvEncoding } from './csv-encodings';

/** The encoding a file's text is decoded with: the user's choice, or UTF-16 when the file says so. */
export function decodingOf(head: Uint8Array, chosen: CsvEncoding = 'utf-8'): 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be' {
  if (chosen === 'windows-1251') return chosen;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Text chunks of the byte chunks given, decoded as `decodingOf` says. Chunks of plain ASCII (all of a typical
 * survey export) are read as Latin-1, the same text several times faster; the first chunk that is not ASCII hands
 * over to the decoder for good, which no ASCII chunk left in mid-character.
 */
export function* decodeChunks(byteChunks: Iterable<Uint8Array>, head: Uint8Array, file: string, chosen?: CsvEncoding): Generator<string> {
  const encoding = decodingOf(head, chosen);
  const strict = encoding === 'utf-8';
  // The byte order mark is kept here and dropped by the CSV reader at the very start only: a decoder taking over
  // after ASCII chunks would otherwise drop a U+FEFF in the middle of the text.
  const decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: true });
  let ascii = encoding === 'utf-8' || encoding === 'windows-1251';
  /** Bytes and lines before the current chunk, to say where a problem is. */
  let offset = 0;
  let linesBefore = 0;
  /** The tail of the previous chunk the decoder holds (an incomplete UTF-8 sequence), for locating a bad byte. */
  let held: Uint8Array = new Uint8Array(0);
  const decode = (bytes: Uint8Array, last: boolean): string => {
    if (ascii && !last && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    ascii = false;
    try {
      return last ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
    } catch {
      // Only the strict UTF-8 decoder throws; find where, in the held tail and this chunk together.
      const joined = concat(held, bytes);
      const bad = firstInvalidUtf8(joined, last);
      const at = offset - held.length + Math.max(bad, 0);
      throw codedError('bad-input', 'csv-invalid-utf8', { file, line: linesBefore + newlinesIn(joined, 0, bad) + 1, offset: at });
    }
  };
  const take = (bytes: Uint8Array, last: boolean): string => {
    const text = decode(bytes, last);
    const nul = text.indexOf('\0');
    if (nul !== -1) throw codedError('bad-input', 'csv-nul-byte', { file, line: linesBefore + countNewlines(text, nul) + 1 });
    if (strict) held = incompleteTail(concat(held, bytes));
    offset += bytes.length;
    linesBefore += countNewlines(text, text.length);
    return text;
  };
  for (const bytes of byteChunks) yield take(bytes, false);
  yield take(new Uint8Array(0), true);
}

/**
 * The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (the Unicode standard's
 * table 3-7, as TextDecoder's fatal mode applies it), or -1. An incomplete sequence at the end counts as bad only at
 * the end of the input.
 */
export function firstInvalidUtf8(bytes: Uint8Array, atEnd = true): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return atEnd ? i : -1;
      const next = bytes[i + k];
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** The bytes at the end that begin a UTF-8 sequence not yet complete (what a streaming decoder holds back). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function newlinesIn(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

function countNewlines(text: string, before: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
