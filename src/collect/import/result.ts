/** What a respondents import reports (type-only: the API contract re-exports it for the renderer). */
import type { Problem } from '../../common/errors';

export interface RespondentsImportResult {
  formId: string;
  version: string;
  imported: number;
  /** Invalid rows left out (only when invalid rows are skipped). */
  skipped: number;
  /** The problems of the skipped rows, each with row and column (at most 1,000; a last one says how many more). */
  errors: Problem[];
  /** Answers to questions that did not apply, cleared as finalizing an interview clears them. */
  cleared: number;
  /**
   * What the import read past without refusing it: Kobo's and ODK Central's submission columns (`_id`, `_uuid`,
   * `meta/instanceID`…) and a select_multiple's 0/1 columns, one coded note per kind, naming the columns.
   */
  notes: Problem[];
}
