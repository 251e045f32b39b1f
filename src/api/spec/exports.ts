/**
 * Around the lead's exports (report.workbook, report.csv, report.spss): a place to write them on
 * this computer, the bytes of what was written (browser mode offers them as downloads), and the
 * file shown in the system's file manager. Only files in the export folder can be read or shown.
 */
import type { ExportKind, ExportTarget } from '../../io/types';

export type { ExportKind, ExportTarget };

export interface ExportTargetArgs {
  formId: string;
  kind: ExportKind;
  /** Part of the workbook's name, so that a Kazakh and a Russian report sit side by side. */
  language?: string;
}

export interface ExportsApi {
  'exports.target': { args: ExportTargetArgs; result: ExportTarget };
  'exports.file': { args: { file: string }; result: { name: string; bytes: Uint8Array } };
  /** False where the host cannot open a file manager. */
  'exports.showInFolder': { args: { file: string }; result: { shown: boolean } };
}
