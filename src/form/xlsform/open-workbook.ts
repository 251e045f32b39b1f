import ExcelJS from 'exceljs';
import { badInput } from '../../common/errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * Opens .xlsx bytes with exceljs, refusing with a clear sentence what is not one: an old .xls, a CSV
 * or other file, a damaged workbook.
 */
export async function openWorkbook(bytes: Uint8Array, name: string, file: string | undefined): Promise<ExcelJS.Workbook> {
  const refuse = (message: string) => badInput(`${name}: ${message}`, [{ ...(file ? { file } : {}), message }]);
  if (startsWith(bytes, OLD_EXCEL)) {
    throw refuse('This is an Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx and import that.');
  }
  if (!startsWith(bytes, ZIP)) throw refuse('This is not an Excel workbook (.xlsx).');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types load() as taking a Node Buffer; it takes any bytes JSZip reads, in the browser too.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw refuse(`The workbook cannot be read; it may be damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  return workbook;
}
