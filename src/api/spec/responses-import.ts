import type { RespondentsImportResult } from '../../collect/import/result';
import type { CsvEncoding } from '../../collect/import/csv-encodings';
import type { FileInput } from './index';

export type { RespondentsImportResult, CsvEncoding };

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
}
