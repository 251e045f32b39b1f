import type { CsvExportResult, ReportLanguage, ReportWorkbookArgs, ReportWorkbookResult, SpssExportResult } from '../../report/types';

export type * from '../../report/types';

/**
 * Outputs: the command line names the file (`outPath`, `outFolder`); the interface names none and gets a new file in
 * "kelisim-exports" beside the database (see src/api/file-access.ts).
 */
export interface ReportApi {
  /** One Excel workbook: About, Codebook, Data, Data (labels) and, with `by`, the breakdown sheets. */
  'report.workbook': { args: ReportWorkbookArgs; result: ReportWorkbookResult };
  /** The finalized responses as one CSV file (UTF-8 with BOM, RFC 4180), one column per variable. */
  /** `headers`: question names (default) or group paths as Kobo's exports write them (`household/age`). */
  'report.csv': { args: { formId: string; outPath?: string; includeDemo?: boolean; headers?: 'names' | 'paths' }; result: CsvExportResult };
  /** FORMID.csv and FORMID.sps (GET DATA, labels, missing values, levels) in an existing folder. */
  'report.spss': {
    args: { formId: string; outFolder?: string; language?: ReportLanguage; includeDemo?: boolean };
    result: SpssExportResult;
  };
}
