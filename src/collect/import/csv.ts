/**
 * A streaming CSV reader for respondent tables (RFC 4180 quoting), tolerant of what spreadsheets
 * really write: a byte order mark, CRLF or LF line ends, `;` as the separator (Excel in Kazakh and
 * Russian locales) and tab-separated text. It reads text: decoding the bytes is text-decoding.ts's.
 * Rows come out one at a time, so a million-row file never sits in memory as arrays.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** 1-based line number where the row starts, as a text editor shows it (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvSource {
  /** Decoded text chunks in order (see decodeText for whole files). */
  chunks: Iterable<string>;
  delimiter?: Delimiter;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code: 'csv-quote-unclosed' | 'csv-text-after-quote' = 'csv-quote-unclosed',
    readonly text = '',
  ) {
    super(message);
  }
}

/** Picks the separator the header line uses most, outside quotes. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  return (Object.entries(counts) as [Delimiter, number][]).sort((a, b) => b[1] - a[1])[0][1] > 0
    ? (Object.entries(counts) as [Delimiter, number][]).sort((a, b) => b[1] - a[1])[0][0]
    : ',';
}

/**
 * Parses CSV text given in chunks. A row may span chunks and, inside quotes, lines. Blank lines
 * are skipped. Throws CsvSyntaxError for a quote that never closes or stray text after a quote.
 */
export function* parseCsv(source: CsvSource): Generator<CsvRow> {
  let delimiter = source.delimiter;
  let buffer = '';
  let line = 1;
  let atStart = true;
  const iterator = source.chunks[Symbol.iterator]();
  let finished = false;

  const more = (): boolean => {
    if (finished) return false;
    const next = iterator.next();
    if (next.done) {
      finished = true;
      return false;
    }
    buffer += atStart ? next.value.replace(/^\uFEFF/, '') : next.value;
    // The byte order mark is the first character of the text, however many empty chunks come before it.
    if (next.value.length) atStart = false;
    return true;
  };

  /** True when the buffer holds a character at `index`, reading more input as needed. */
  const has = (index: number): boolean => {
    while (index >= buffer.length) if (!more()) return false;
    return true;
  };

  let position = 0;
  // Known: the buffer has no quote before this index.
  let noQuoteBefore = 0;
  for (;;) {
    // Make sure a whole physical line is buffered (or the input ended).
    while (buffer.indexOf('\n', position) === -1 && more()) {
      /* keep reading */
    }
    if (position >= buffer.length) {
      if (!more()) return;
      continue;
    }
    if (delimiter === undefined) {
      const end = buffer.indexOf('\n', position);
      delimiter = detectDelimiter(buffer.slice(position, end === -1 ? undefined : end));
    }
    const startLine = line;
    let cells: string[] = [];
    let cellStart = position;
    let index = position;
    // The end of the current physical line; found once, again only after a quoted cell.
    let lineEnd = buffer.indexOf('\n', position);
    const end = lineEnd === -1 ? buffer.length : lineEnd;
    if (noQuoteBefore < position) noQuoteBefore = position;
    if (noQuoteBefore < end) {
      const quote = buffer.indexOf('"', noQuoteBefore);
      noQuoteBefore = quote === -1 ? buffer.length : quote;
    }
    // A line without quotes (nearly every line of a survey export) is split natively, cell by cell in one call.
    const plainLine = noQuoteBefore >= end;
    if (plainLine) {
      cells = buffer.slice(position, end > position && buffer.charCodeAt(end - 1) === 13 ? end - 1 : end).split(delimiter);
      position = end + 1;
      line++;
    }
    // Parse one record.
    while (!plainLine) {
      // Whether a cell is quoted is decided on its first character, which may be in the next chunk.
      if (index === cellStart && has(index) && buffer.charCodeAt(index) === 34 /* " */) {
        // Quoted cell: find the closing quote, reading more input as needed.
        let value = '';
        let from = index + 1;
        for (;;) {
          let quote = buffer.indexOf('"', from);
          while (quote === -1 || quote === buffer.length - 1) {
            if (!more()) {
              if (quote === buffer.length - 1) break;
              throw new CsvSyntaxError('a quoted value is never closed (a " is missing)', startLine);
            }
            quote = buffer.indexOf('"', from);
          }
          const piece = buffer.slice(from, quote);
          value += piece;
          line += countNewlines(piece);
          if (buffer.charCodeAt(quote + 1) === 34) {
            value += '"';
            from = quote + 2;
            continue;
          }
          index = quote + 1;
          break;
        }
        cells.push(value);
        // What follows the closing quote (a separator, a line end or the end of input) may be in the next chunk.
        has(index + 1);
        const next = buffer[index];
        if (next === delimiter) {
          index++;
          cellStart = index;
          continue;
        }
        if (next === '\r' && buffer[index + 1] === '\n') index++;
        if (next === undefined || next === '\n' || next === '\r') {
          position = index + 1;
          line++;
          break;
        }
        throw new CsvSyntaxError(
          `unexpected text after a closing quote: "${buffer.slice(index, index + 10)}"`,
          line,
          'csv-text-after-quote',
          buffer.slice(index, index + 10),
        );
      }
      // Unquoted cell: up to the next delimiter or line end.
      if (lineEnd < index) {
        lineEnd = buffer.indexOf('\n', index);
        while (lineEnd === -1 && more()) lineEnd = buffer.indexOf('\n', index);
      }
      const delimiterAt = nextDelimiter(buffer, delimiter, index, lineEnd === -1 ? buffer.length : lineEnd);
      if (delimiterAt !== -1) {
        cells.push(buffer.slice(index, delimiterAt));
        index = delimiterAt + 1;
        cellStart = index;
        continue;
      }
      const end = lineEnd === -1 ? buffer.length : lineEnd;
      cells.push(buffer.slice(index, end > index && buffer.charCodeAt(end - 1) === 13 ? end - 1 : end));
      position = end + 1;
      line++;
      break;
    }
    // Drop what has been consumed now and then, so the buffer stays the size of a chunk.
    if (position > 1 << 20) {
      buffer = buffer.slice(position);
      noQuoteBefore = Math.max(0, noQuoteBefore - position);
      position = 0;
    }
    if (!(cells.length === 1 && cells[0] === '')) yield { line: startLine, cells };
  }
}

/** The first delimiter in [from, to), or -1; never scans past the line. */
function nextDelimiter(buffer: string, delimiter: string, from: number, to: number): number {
  const code = delimiter.charCodeAt(0);
  for (let i = from; i < to; i++) if (buffer.charCodeAt(i) === code) return i;
  return -1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
