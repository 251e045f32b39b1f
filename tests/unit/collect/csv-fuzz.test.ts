/**
 * The CSV reader against a reference parser (csv-parse) on many random CSVs, each cut into chunks at every position:
 * the reader decides a cell's quoting and a row's end where a chunk may stop, and once decided too early
 * (`['id,comment,region\n1,"line one\nline two",', '"Almaty"\n']` gave the last cell with its quotes). The files mix
 * what spreadsheets write: quoted and plain cells, doubled quotes, separators, CR, LF and CRLF inside quotes, LF or
 * CRLF line ends, empty cells, Cyrillic (Kazakh letters included), a byte order mark, a missing final line end.
 */
import fc from 'fast-check';
import { parse as referenceParse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv, type Delimiter } from '../../../src/collect/import/csv';

/** A generated file, with the line each record starts on (counted by the generator, not by either parser). */
interface GeneratedCsv {
  text: string;
  delimiter: Delimiter;
  records: string[][];
  startLines: number[];
}

const plainCharacters = ['a', 'Z', '7', ' ', 'Ә', 'қ', 'Ұ', 'ё', 'Ж', '-', '.', "'"];
const quotedExtras = ['"', ',', ';', '\t', '\n', '\r', '\r\n'];

const plainCell = fc.array(fc.constantFrom(...plainCharacters), { maxLength: 6 }).map((parts) => parts.join(''));
const quotedCell = fc.array(fc.constantFrom(...plainCharacters, ...quotedExtras), { maxLength: 8 }).map((parts) => parts.join(''));
const cell = fc.oneof(
  plainCell.map((value) => ({ value, quoted: false })),
  quotedCell.map((value) => ({ value, quoted: true })),
  fc.constant({ value: '', quoted: false }),
);

const generatedCsv: fc.Arbitrary<GeneratedCsv> = fc
  .record({
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    width: fc.integer({ min: 2, max: 4 }),
    rows: fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
    bom: fc.boolean(),
    finalLineEnd: fc.boolean(),
  })
  .map(({ delimiter, lineEnd, width, rows, bom, finalLineEnd }) => {
    const records: string[][] = [];
    const startLines: number[] = [];
    let text = bom ? '\uFEFF' : '';
    let line = 1;
    rows.forEach((row, r) => {
      const cells = row.slice(0, width).map(({ value, quoted }) =>
        // A plain cell holding the separator cannot be written plain; quote it as a spreadsheet would.
        quoted || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value,
      );
      const written = cells.join(delimiter);
      records.push(row.slice(0, width).map(({ value }) => value));
      startLines.push(line);
      text += written;
      line += (written.match(/\n/g) ?? []).length;
      if (r < rows.length - 1 || finalLineEnd) {
        text += lineEnd;
        line++;
      }
    });
    return { text, delimiter, records, startLines };
  });

function readInChunks(text: string, cuts: number[], delimiter: Delimiter) {
  const points = [0, ...cuts.filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b), text.length];
  const chunks = points.slice(1).map((end, i) => text.slice(points[i], end));
  return [...parseCsv({ chunks, delimiter })];
}

describe('the CSV reader against csv-parse', () => {
  it('agrees with csv-parse on every random file, cut in two at every position', () => {
    fc.assert(
      fc.property(generatedCsv, ({ text, delimiter, records, startLines }) => {
        const reference = referenceParse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
        // The generator's own records are what both must give: csv-parse confirms the generator wrote valid CSV.
        expect(reference).toEqual(records);
        for (let cut = 0; cut <= text.length; cut++) {
          const rows = readInChunks(text, [cut], delimiter);
          expect(
            rows.map((row) => row.cells),
            `cut at ${cut} of ${JSON.stringify(text)}`,
          ).toEqual(reference);
          expect(
            rows.map((row) => row.line),
            `lines, cut at ${cut} of ${JSON.stringify(text)}`,
          ).toEqual(startLines);
        }
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });

  it('agrees with csv-parse when a file is cut into many small chunks at random', () => {
    fc.assert(
      fc.property(generatedCsv, fc.array(fc.nat(200), { maxLength: 12 }), ({ text, delimiter }, cuts) => {
        const reference = referenceParse(text, { delimiter, bom: true, relax_column_count: true }) as string[][];
        expect(readInChunks(text, cuts, delimiter).map((row) => row.cells)).toEqual(reference);
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it('reads the reported case: a quoted cell that begins exactly where a chunk begins', () => {
    const rows = [...parseCsv({ chunks: ['id,comment,region\n1,"line one\nline two",', '"Almaty"\n'] })];
    expect(rows.map((row) => row.cells)).toEqual([
      ['id', 'comment', 'region'],
      ['1', 'line one\nline two', 'Almaty'],
    ]);
  });
});
