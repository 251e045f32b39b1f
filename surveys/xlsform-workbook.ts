/**
 * Writing sheet tables to an .xlsx and reading them back as plain strings, with exceljs.
 * The build writes the bundled workbooks with it; the tests read them back to compare with their sources.
 */
import ExcelJS from 'exceljs';
import { rename, rm } from 'node:fs/promises';
import type { SheetTable } from './xlsform-sheets';

const NARROWEST_COLUMN = 8;
const WIDEST_COLUMN = 60;

/** Wide enough for the longest line in the column, within limits a screen can show. */
function columnWidth(sheet: SheetTable, index: number): number {
  const cells = [sheet.columns[index], ...sheet.rows.map((row) => row[index])];
  const longestLine = Math.max(...cells.flatMap((cell) => cell.split('\n').map((line) => line.length)));
  return Math.min(WIDEST_COLUMN, Math.max(NARROWEST_COLUMN, longestLine + 2));
}

function addWorksheet(workbook: ExcelJS.Workbook, sheet: SheetTable): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  worksheet.addRow(sheet.columns);
  worksheet.getRow(1).font = { bold: true };
  // An empty string becomes a blank cell: XLSForm readers treat both alike, and a blank is what people type.
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  sheet.columns.forEach((header, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = columnWidth(sheet, index);
    // Translated texts are long; wrapping keeps the languages readable side by side.
    if (header.includes('::')) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/**
 * Writes the sheets as an .xlsx at `path` through a temporary file, so nobody ever opens half a workbook.
 * `documentDate` fixes the workbook's created/modified properties, which would otherwise change on every build.
 */
export async function writeSheetTables(sheets: SheetTable[], path: string, documentDate: Date): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kelisim';
  workbook.created = documentDate;
  workbook.modified = documentDate;
  for (const sheet of sheets) addWorksheet(workbook, sheet);

  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

/** Every worksheet as header + rows of strings, trailing blank rows dropped, each row as wide as the header. */
export async function readSheetTables(path: string): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((worksheet) => {
    const lines: string[][] = [];
    for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
      const row = worksheet.getRow(rowNumber);
      const cells: string[] = [];
      for (let columnNumber = 1; columnNumber <= worksheet.columnCount; columnNumber++) {
        cells.push(cellText(row.getCell(columnNumber).value));
      }
      lines.push(cells);
    }
    while (lines.length > 0 && lines[lines.length - 1].every((cell) => cell === '')) lines.pop();
    const [header = [], ...rows] = lines;
    return { name: worksheet.name as SheetTable['name'], columns: header, rows };
  });
}
