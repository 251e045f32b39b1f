import type { Problem } from '../../common/errors';
import { codedProblem } from '../../common/errors';
import { columnLetter } from './cells';
import type { SheetCells } from './xlsx-cells';
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
export function readSheetTable(source: SheetCells, sheet: Sheet, problems: Problem[], file?: string): SheetTable {
  const columns: SheetColumn[] = [];
  const seen = new Map<string, number>();
  const [headerRow, ...dataRows] = source.rows;
  const headerNumber = headerRow?.row ?? 1;
  const headerCells = [...(headerRow?.cells ?? new Map<number, string>())].sort((a, b) => a[0] - b[0]);
  const doubleColons = headerCells.some(([, text]) => text.includes('::'));
  for (const [index, text] of headerCells) {
    const title = text.trim();
    if (!title) continue;
    const header = parseHeader(sheet, title, doubleColons);
    const id = columnId(header).toLowerCase();
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push(
        codedProblem(
          'xlsform-repeated-column',
          { column: title, letter: columnLetter(index), earlier: columnLetter(earlier) },
          { ...(file ? { file } : {}), sheet, row: headerNumber, column: title },
        ),
      );
      continue;
    }
    seen.set(id, index);
    columns.push({ index, header, title });
  }

  const records: SheetRecord[] = [];
  for (const { row, cells: rowCells } of dataRows) {
    const cells = new Map<number, string>();
    for (const column of columns) {
      const text = rowCells.get(column.index)?.trim();
      if (text) cells.set(column.index, text);
    }
    if (cells.size) records.push({ row, cells });
  }
  return { sheet, columns, records };
}

/** The sheet whose name, trimmed and in any case, is `name`. */
export function findSheet(sheets: SheetCells[], name: string): SheetCells | undefined {
  return sheets.find((candidate) => candidate.name.trim().toLowerCase() === name);
}
