import type { RespondentsImportResult } from '../../collect/import/result';
import type { CsvEncoding } from '../../collect/import/csv-encodings';
import type { ImportPreview, PreviewColumn } from '../../collect/import/preview-result';
import type { FileInput } from '../../common/file-input';

export type { RespondentsImportResult, CsvEncoding, ImportPreview, PreviewColumn };

export interface ResponsesImportApi {
  /**
   * Imports respondents from a CSV or XLSX table (a column per question, choice names as values) as finalized
   * responses of a form version (the latest by default). Every row is checked against the form; when any is invalid
   * nothing is stored and the error lists every problem with row and column, unless `skipInvalid` imports the valid
   * rows and reports the others. `language` chooses the language of the problem messages. A CSV is read as UTF-8
   * and refused, with the line and byte offset, where it is not; `encoding: 'windows-1251'` reads it all as that.
   */
  'responses.import': {
    args: { formId: string; version?: string; file: FileInput; skipInvalid?: boolean; language?: string; encoding?: CsvEncoding };
    result: RespondentsImportResult;
  };
  /**
   * What `responses.import` would do with the same table, writing nothing: the columns matched to questions, the
   * first rows, how many rows are valid and every problem with its row and column (in `language`). A file the import
   * would refuse outright (not UTF-8 without `encoding`, a broken quote) is refused with the same coded error.
   */
  'responses.previewImport': {
    args: { formId: string; version?: string; file: FileInput; language?: string; encoding?: CsvEncoding };
    result: ImportPreview;
  };
}
