import { codedProblem, errorFromPayload } from '../../common/errors';
import type { WorkbookCells } from './xlsx-cells';
import { WorkbookFormatError, readWorkbookCells } from './xlsx-cells';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * Reads the cells of the named sheets of .xlsx bytes, refusing with a clear sentence what is not
 * one: an old .xls, a CSV or other file, a damaged workbook, one too large to be a form.
 */
export async function openWorkbook(
  bytes: Uint8Array,
  name: string,
  file: string | undefined,
  sheets: readonly string[],
): Promise<WorkbookCells> {
  const where = file ? { file } : {};
  // The whole file is refused for one reason: the error says it after the file name, coded as its problem.
  const refuse = (problem: ReturnType<typeof codedProblem>) =>
    errorFromPayload({
      kind: 'bad-input',
      message: `${name}: ${problem.message}`,
      problems: [problem],
      code: problem.code,
      params: problem.params,
    });
  if (startsWith(bytes, OLD_EXCEL)) throw refuse(codedProblem('xlsform-old-excel', {}, where));
  if (!startsWith(bytes, ZIP)) throw refuse(codedProblem('xlsform-not-xlsx', {}, where));
  try {
    return await readWorkbookCells(bytes, (sheet) => sheets.includes(sheet.trim().toLowerCase()));
  } catch (error) {
    if (!(error instanceof WorkbookFormatError)) throw error;
    // The bytes start as a zip, so a zip that cannot be opened is a damaged workbook.
    const code = error.reason === 'too-large' ? 'xlsform-too-large' : 'xlsform-damaged';
    throw refuse(codedProblem(code, { detail: error.message }, where));
  }
}
