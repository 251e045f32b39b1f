import type { Worksheet } from 'exceljs';
import type { Problem } from '../../common/errors';
import { cellText, columnLetter } from './cells';
import type { ColumnHeader, Sheet } from './headers';
import { parseHeader } from './headers';

export interface SheetColumn {
  /** 1-based column number. */
  index: number;
  header: ColumnHeader;
  /** The header as written, trimmed: what problems name. */
  title: string;
}

export interface SheetRecord {
  /** The row number the spreadsheet shows. */
  row: number;
  /** Trimmed cell text by column number; blank cells absent. */
  cells: Map<number, string>;
}

export interface SheetTable {
  sheet: Sheet;
  columns: SheetColumn[];
  /** Rows below the header that have some text under a headed column (blank rows are skipped). */
  records: SheetRecord[];
}

const columnId = (header: ColumnHeader) => (header.language === undefined ? header.key : `${header.key}::${header.language}`);

/**
 * Reads a sheet whose first row holds the column headers. Two columns that mean the same thing
 * (`label` and `Label `) are reported, and the second is ignored.
 */
export function readSheetTable(worksheet: Worksheet, sheet: Sheet, problems: Problem[], file?: string): SheetTable {
  const columns: SheetColumn[] = [];
  const seen = new Map<string, number>();
  worksheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
    const title = cellText(cell.value).trim();
    if (!title) return;
    const header = parseHeader(sheet, title);
    const id = columnId(header).toLowerCase();
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({
        ...(file ? { file } : {}), sheet, row: 1, column: title,
        message: `The column "${title}" (column ${columnLetter(index)}) repeats column ${columnLetter(earlier)}; keep one of them.`,
      });
      return;
    }
    seen.set(id, index);
    columns.push({ index, header, title });
  });

  const records: SheetRecord[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<number, string>();
    for (const column of columns) {
      const text = cellText(row.getCell(column.index).value).trim();
      if (text) cells.set(column.index, text);
    }
    if (cells.size) records.push({ row: rowNumber, cells });
  });
  return { sheet, columns, records };
}

/** The worksheet whose name, trimmed and in any case, is `name`. */
export function findWorksheet(worksheets: Worksheet[], name: Sheet): Worksheet | undefined {
  return worksheets.find((worksheet) => worksheet.name.trim().toLowerCase() === name);
}
