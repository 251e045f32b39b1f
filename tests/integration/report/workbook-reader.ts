/** Reading exported workbooks back as an institute's software would, for the report tests. */
import ExcelJS from 'exceljs';

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's cell values by row, 0-based, header row first; empty cells are null. */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      Array.from({ length: width }, (_, c) => {
        const value = row.getCell(c + 1).value;
        return value === undefined ? null : value;
      }),
    );
  }
  return rows;
}

/** The cells of the data row whose `uuid` column holds this id, by column header. */
export function dataRecord(sheet: ExcelJS.Worksheet, uuid: string): Map<string, ExcelJS.Cell> {
  const header = sheet.getRow(1).values as unknown[];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === uuid) {
      return new Map(header.slice(1).map((name, c) => [String(name), row.getCell(c + 1)]));
    }
  }
  throw new Error(`no row for ${uuid}`);
}

/** Label → value pairs of the About sheet (column A → column B). */
export function aboutFacts(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const facts = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && label) facts.set(label, row.getCell(2).value);
  });
  return facts;
}
