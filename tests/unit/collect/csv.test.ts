import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, type Delimiter } from '../../../src/collect/import/csv';

const parse = (text: string, chunkSize = text.length || 1, delimiter?: Delimiter) => {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  return [...parseCsv({ chunks, delimiter })];
};
const cells = (text: string, chunkSize?: number) => parse(text, chunkSize).map((row) => row.cells);

describe('reading a respondents CSV', () => {
  it('reads plain rows with CRLF or LF line ends and a byte order mark', () => {
    expect(cells('\uFEFFregion,age\r\nabai,34\r\nshymkent,51\r\n')).toEqual([
      ['region', 'age'],
      ['abai', '34'],
      ['shymkent', '51'],
    ]);
    expect(cells('region,age\nabai,34')).toEqual([
      ['region', 'age'],
      ['abai', '34'],
    ]);
  });

  it('follows RFC 4180 quoting: separators, doubled quotes and line breaks inside quotes', () => {
    const text = 'name,comment,age\n"Әлия","Бірге тойлаймыз, ""Наурыз""\nжәне Айт",29\nБолат,,40\n';
    expect(cells(text)).toEqual([
      ['name', 'comment', 'age'],
      ['Әлия', 'Бірге тойлаймыз, "Наурыз"\nжәне Айт', '29'],
      ['Болат', '', '40'],
    ]);
    // Line numbers are where each row starts, as an editor shows them.
    expect(parse(text).map((row) => row.line)).toEqual([1, 2, 4]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = '\uFEFFa;b;c\r\n"x;1";"y""z"\r\n;;\r\n"multi\r\nline";2;3\r\nlast;;\n';
    const whole = cells(text);
    expect(whole).toEqual([
      ['a', 'b', 'c'],
      ['x;1', 'y"z'],
      ['', '', ''],
      ['multi\r\nline', '2', '3'],
      ['last', '', ''],
    ]);
    for (let size = 1; size <= text.length; size++) expect(cells(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('detects the separator Excel used: semicolons in kk/ru locales, tabs from "Unicode text"', () => {
    expect(cells('region;age\nabai;34')).toEqual([
      ['region', 'age'],
      ['abai', '34'],
    ]);
    expect(cells('region\tage\nabai\t34')).toEqual([
      ['region', 'age'],
      ['abai', '34'],
    ]);
    expect(cells('"a;b",c\n1,2')).toEqual([
      ['a;b', 'c'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines and keeps empty trailing cells', () => {
    expect(cells('a,b\n\n1,\n\r\n2,3\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => cells('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      cells('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
    expect(() => cells('a,b\n"x"y,2\n')).toThrow(/after a closing quote/);
  });

  it("reads a long export the same way whether lines are plain or quoted, past the reader's buffer", () => {
    // 40,000 lines (about 2 MB, more than the 1 MB the reader keeps), every 997th with quoted cells.
    const expected: string[][] = [['region', 'tol_01', 'comment']];
    const lines = ['region,tol_01,comment'];
    for (let i = 1; i <= 40_000; i++) {
      if (i % 997 === 0) {
        expected.push([`r${i % 20}`, '3', `said "yes", line ${i}\nand more`]);
        lines.push(`r${i % 20},3,"said ""yes"", line ${i}\nand more"`);
      } else {
        expected.push([`r${i % 20}`, String(1 + (i % 5)), i % 3 ? '' : 'ok']);
        lines.push(`r${i % 20},${1 + (i % 5)},${i % 3 ? '' : 'ok'}`);
      }
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const rows = parse(text, 65_536);
    expect(rows.map((row) => row.cells)).toEqual(expected);
    // Each quoted comment spans two lines, so the lines after it shift by one.
    const quoted = expected.findIndex((cells, i) => i > 0 && cells[2].includes('"yes"'));
    expect(rows[quoted + 1].line).toBe(quoted + 3);
  });
});
