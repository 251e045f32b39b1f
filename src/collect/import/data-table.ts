/**
 * A respondents table from a file — CSV (any separator, encoding and line end Excel writes) or the first sheet of an
 * .xlsx workbook — as a header and rows of text cells, read as a stream so that a million rows never sit in memory.
 * Each row says where it is in the file: the CSV line or the sheet row, as the user's editor shows it.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { codedError, codedProblem } from '../../common/errors';
import { CsvSyntaxError, parseCsv } from './csv';
import { decodeChunks, decodingOf } from './text-decoding';
import type { CsvEncoding } from './csv-encodings';

export interface TableRow {
  /** Where the row is, as the user's editor shows it: the CSV line it starts on, or the sheet row (1-based). */
  line: number;
  cells: string[];
}

export interface TableInfo {
  /** How problems name the file: its path or the name it was given. */
  file: string;
  /** About how many rows the table has (from the file size and its first lines), to size arrays once. */
  estimatedRows: number;
  /** The sheet the rows come from (XLSX only). */
  sheet?: string;
  /** How the text was read: a CSV's encoding (the user's choice, or UTF-16 by its byte order mark), or 'xlsx'. */
  encoding: ReturnType<typeof decodingOf> | 'xlsx';
  header: TableRow;
  /** Lets go of the file when the rows are not read to the end. */
  close(): void;
}

/**
 * The rows after the header, in batches. A CSV is read synchronously, so that an import can check and write it row
 * by row inside one transaction; exceljs reads a workbook only asynchronously.
 */
export type DataTable =
  (TableInfo & { kind: 'csv'; rows: Iterable<TableRow[]> }) | (TableInfo & { kind: 'xlsx'; rows: AsyncIterable<TableRow[]> });

/** A file by path or as bytes; a CSV is read as UTF-8 unless `encoding` says otherwise (no guessing). */
export type TableSource = ({ path: string } | { name: string; bytes: Uint8Array }) & { encoding?: CsvEncoding };

const BATCH = 2000;
const CHUNK_BYTES = 1 << 22;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0];

export async function openDataTable(source: TableSource): Promise<DataTable> {
  const file = 'path' in source ? source.path : source.name;
  const head = 'path' in source ? readHead(source.path) : source.bytes.subarray(0, 65536);
  if (startsWith(head, OLD_EXCEL)) {
    throw codedError('bad-input', 'import-old-excel', { file });
  }
  return startsWith(head, ZIP) ? openWorkbookTable(source, file) : openCsvTable(source, file, head);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function readHead(path: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? codedError('bad-input', 'file-missing', { file: path })
      : code === 'EISDIR'
        ? codedError('bad-input', 'file-is-folder', { file: path })
        : codedError('bad-input', 'file-unreadable', { file: path, detail: (error as Error).message });
  }
  try {
    const head = Buffer.alloc(65536);
    const size = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, size);
  } finally {
    fs.closeSync(fd);
  }
}

// ---- CSV ------------------------------------------------------------------------------------------

/** The file's bytes, chunk by chunk. */
function* byteChunks(source: TableSource): Generator<Uint8Array> {
  if ('bytes' in source) {
    for (let start = 0; start < source.bytes.length; start += CHUNK_BYTES) yield source.bytes.subarray(start, start + CHUNK_BYTES);
    return;
  }
  const fd = fs.openSync(source.path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let size; (size = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null)) > 0;) yield buffer.subarray(0, size);
  } finally {
    fs.closeSync(fd);
  }
}

function openCsvTable(source: TableSource, file: string, head: Uint8Array): DataTable {
  const chunks = decodeChunks(byteChunks(source), head, file, source.encoding);
  const rows = parseCsv({ chunks });
  const first = nextCsvRow(rows, file);
  if (!first) throw codedError('bad-input', 'import-csv-empty', { file });
  const header = first;
  function* batches(): Generator<TableRow[]> {
    let batch: TableRow[] = [];
    for (let row = nextCsvRow(rows, file); row; row = nextCsvRow(rows, file)) {
      batch.push(row);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  const size = 'bytes' in source ? source.bytes.length : fs.statSync(source.path).size;
  let lines = 0;
  for (const byte of head) if (byte === 0x0a) lines++;
  const estimatedRows = lines > 1 ? Math.ceil((size / head.length) * lines) : 1;
  return {
    file,
    kind: 'csv',
    encoding: decodingOf(head, source.encoding),
    estimatedRows,
    header,
    rows: batches(),
    close: () => void chunks.return(undefined),
  };
}

function nextCsvRow(rows: Generator<{ line: number; cells: string[] }>, file: string) {
  try {
    const next = rows.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const params = { file, line: error.line, text: error.text };
      throw codedError('bad-input', error.code, params, [codedProblem(error.code, params, { file, row: error.line })]);
    }
    throw error;
  }
}

// ---- XLSX -----------------------------------------------------------------------------------------

async function openWorkbookTable(source: TableSource, file: string): Promise<DataTable> {
  const input =
    'path' in source ? source.path : Readable.from([Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength)]);
  // Styles are read so that date cells come back as dates, not as Excel's day numbers.
  // Loaded only for workbooks: a CSV import (and its reading thread) starts without exceljs.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const sheets = reader[Symbol.asyncIterator]();
  let sheet: ExcelJS.stream.xlsx.WorksheetReader | undefined;
  try {
    sheet = (await sheets.next()).value as ExcelJS.stream.xlsx.WorksheetReader | undefined;
  } catch (error) {
    throw codedError('bad-input', 'import-workbook-damaged', { file, detail: (error as Error).message });
  }
  if (!sheet) throw codedError('bad-input', 'import-no-worksheet', { file });
  const sheetName = (sheet as unknown as { name?: string }).name ?? 'Sheet1';
  const rowsOfSheet = sheet[Symbol.asyncIterator]();
  let header: TableRow | undefined;
  while (!header) {
    const next = await rowsOfSheet.next();
    if (next.done) throw codedError('bad-input', 'import-sheet-empty', { file, sheet: sheetName });
    const row = sheetRow(next.value);
    if (row.cells.some((cell) => cell !== '')) header = row;
  }
  async function* batches(): AsyncGenerator<TableRow[]> {
    let batch: TableRow[] = [];
    for (let next = await rowsOfSheet.next(); !next.done; next = await rowsOfSheet.next()) {
      const row = sheetRow(next.value);
      if (row.cells.every((cell) => cell === '')) continue;
      batch.push(row);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    // Let the reader finish the file (it cleans up its temporary state when iteration completes).
    await sheets.return?.(undefined);
  }
  return {
    file,
    sheet: sheetName,
    kind: 'xlsx',
    encoding: 'xlsx',
    estimatedRows: 1 << 12,
    header,
    rows: batches(),
    close: () => void sheets.return?.(undefined).catch(() => {}),
  };
}

function sheetRow(row: ExcelJS.Row): TableRow {
  const values = row.values as ExcelJS.CellValue[];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
  return { line: row.number, cells };
}

/** A cell as the text an answer is stored as: numbers as written, dates as YYYY-MM-DD (with the time when it has one). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
