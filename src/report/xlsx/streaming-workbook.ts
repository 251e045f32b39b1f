/**
 * A workbook written sheet by sheet with exceljs's streaming writer, in memory that does not grow
 * with the number of rows.
 *
 * Two things about exceljs 4.4 make this module necessary:
 * - Its worksheet streams ignore backpressure: rows are pushed into the zip entry's buffer
 *   whether or not the compressor keeps up, and a 100,000-row sheet then sits in memory whole.
 *   `add` waits for that buffer to drain (see `waitForZip`).
 * - Every cell gets a fresh style object, and the style registry serializes each one it has not
 *   seen before. Cells here share frozen style objects (see styles.ts), which the registry
 *   recognizes by identity: four times faster on large sheets.
 * Sheets are written one after another; the zip format stores them in sequence anyway.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { CellValue } from '../values';
import type { CellStyle } from './styles';
import { PRIVATE_FILE_MODE } from '../../io/private-files';

export interface ColumnFormat {
  /** In characters of the default font, as Excel measures column widths. */
  width: number;
  /** The style of this column's cells unless a row says otherwise. */
  style?: CellStyle;
}

export interface SheetLayout {
  columns: ColumnFormat[];
  /** Rows kept in view when scrolling (the header). */
  frozenRows?: number;
  frozenColumns?: number;
  /** Put filter buttons on the first row, over every written row. */
  autoFilter?: boolean;
}

/** How often rows yield to the compressor: often enough to bound memory, rarely enough to cost nothing. */
const ROWS_BETWEEN_CHECKS = 200;

/** The most rows a worksheet holds (Excel's limit). */
export const EXCEL_MAX_ROWS = 1_048_576;

const NO_STYLE: CellStyle = Object.freeze({});

export class StreamingWorkbook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly output: fs.WriteStream;
  private current: SheetWriter | undefined;

  constructor(file: string) {
    this.output = fs.createWriteStream(file, { flags: 'wx', mode: PRIVATE_FILE_MODE });
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.output, useStyles: true, useSharedStrings: false });
    this.writer.creator = 'Kelisim';
  }

  /** Starts the next sheet; the previous one is finished first. */
  async addSheet(name: string, layout: SheetLayout): Promise<SheetWriter> {
    await this.current?.end();
    const views: Partial<ExcelJS.WorksheetView>[] =
      layout.frozenRows || layout.frozenColumns
        ? [{ state: 'frozen', ySplit: layout.frozenRows ?? 0, xSplit: layout.frozenColumns ?? 0 }]
        : [];
    const sheet = this.writer.addWorksheet(name, { views });
    this.current = new SheetWriter(sheet, layout);
    return this.current;
  }

  /** Finishes the last sheet and the workbook; resolves when every byte is in the file. */
  async close(): Promise<void> {
    await this.current?.end();
    await this.writer.commit();
    if (!this.output.closed) await once(this.output, 'close');
  }

  /** Stops writing after a failure; the caller removes the file. */
  abandon(): void {
    this.output.destroy();
  }
}

export class SheetWriter {
  /** Rows written so far, header included. */
  rowCount = 0;
  private readonly columnStyles: CellStyle[];
  private widest = 0;
  private ended: Promise<void> | undefined;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly layout: SheetLayout,
  ) {
    this.columnStyles = layout.columns.map((column) => column.style ?? NO_STYLE);
    sheet.columns = layout.columns.map((column) => ({ width: column.width }));
  }

  /**
   * Adds one row. `styles` overrides the column styles: one style for the whole row, or one per
   * cell (undefined keeps the column's). `height` in points, for rows of wrapped text.
   */
  async add(values: readonly CellValue[], styles?: CellStyle | readonly (CellStyle | undefined)[], height?: number): Promise<void> {
    // exceljs reads an array without an own index 0 as sparse and 1-based: make it dense.
    const dense = values.length === 0 || Object.prototype.hasOwnProperty.call(values, 0) ? values : Array.from(values);
    const row = this.sheet.addRow(dense as unknown[]);
    const perCell = Array.isArray(styles) ? (styles as readonly (CellStyle | undefined)[]) : undefined;
    const whole = perCell ? undefined : (styles as CellStyle | undefined);
    const columnStyles = this.columnStyles;
    row.eachCell((cell, column) => {
      // Assigned, not merged: the shared object is what makes the style registry fast (see above).
      cell.style = (perCell?.[column - 1] ?? whole ?? columnStyles[column - 1] ?? NO_STYLE) as Partial<ExcelJS.Style>;
    });
    if (height !== undefined) row.height = height;
    row.commit();
    this.rowCount++;
    this.widest = Math.max(this.widest, values.length);
    if (this.rowCount % ROWS_BETWEEN_CHECKS === 0) await waitForZip(this.sheet);
  }

  /** Adds an empty row (a gap between blocks). */
  async skip(): Promise<void> {
    await this.add([]);
  }

  /** Writes the sheet's end; resolves when the zip has taken all of it. */
  end(): Promise<void> {
    this.ended ??= this.finish();
    return this.ended;
  }

  private async finish(): Promise<void> {
    if (this.layout.autoFilter && this.rowCount > 0) {
      const columns = Math.max(this.layout.columns.length, this.widest, 1);
      this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: this.rowCount, column: columns } };
    }
    const stream = sheetStream(this.sheet);
    const zipped = stream ? once(stream, 'zipped') : Promise.resolve();
    this.sheet.commit();
    await zipped;
  }
}

interface WritableInternals {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/** The worksheet's byte stream inside exceljs (WorksheetWriter.stream, a StreamBuf). */
function sheetStream(sheet: ExcelJS.Worksheet): (NodeJS.EventEmitter & { pipes?: WritableInternals[] }) | undefined {
  return (sheet as unknown as { stream?: NodeJS.EventEmitter & { pipes?: WritableInternals[] } }).stream;
}

/**
 * Waits until the zip entry this sheet writes into has passed its buffer on to the compressor. The
 * entry is a stream archiver puts between exceljs and the zip; when it reports needDrain, rows are
 * arriving faster than they are compressed. Should a later exceljs change these internals, this
 * still yields to the event loop, so the export stays correct, only less frugal.
 */
async function waitForZip(sheet: ExcelJS.Worksheet): Promise<void> {
  const entry = sheetStream(sheet)?.pipes?.[0];
  if (entry?._writableState?.needDrain) {
    await new Promise<void>((resolve) => entry.once('drain', resolve));
  } else {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
