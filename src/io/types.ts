/** What the export folder (src/io/export-folder.ts) makes, in the words the API contract passes on to the screens. */

/** The kinds of export a new file (or folder, for SPSS) is made for. */
export type ExportKind = 'workbook' | 'csv' | 'spss';

export interface ExportTarget {
  /** "kelisim-exports" beside the database (created when missing). */
  folder: string;
  /** A new file (workbook, CSV) or a new, empty folder (SPSS) in it, e.g. tolerance_kz-ru-20261128-0915.xlsx. */
  path: string;
}
