/**
 * Importing respondents from a table (CSV or XLSX): one row per respondent, one column per question named by the
 * question's name, choice names as values (a select_multiple's choices separated by spaces), an empty cell for no
 * answer. Every row is checked against the form as an interview is on finalizing; every problem is reported with its
 * row and column, and nothing is stored while any row is invalid (unless invalid rows are to be skipped). The valid
 * rows become finalized responses with new ids, revision 1, in one transaction.
 *
 * Decisions a researcher should know:
 * - cells are trimmed, and a select_multiple's choices are rejoined with single spaces;
 * - columns of calculate fields are accepted and ignored: calculations are worked out from the answers;
 * - an answer to a question the other answers skip (not relevant) is cleared, as finalizing an interview clears it,
 *   and counted in `cleared`; it does not make the row invalid;
 * - the metadata columns start, end, username and deviceid, when the form has them, give the response's interview
 *   times, interviewer and device; otherwise the import time and this computer's device id are recorded.
 *
 * A large CSV is read and checked in a second thread while this one writes (parallel.ts); anything else, or when
 * that thread cannot start, in this thread. Both give the same result.
 */
import { codedError } from '../../common/errors';
import type { ProgressReporter } from '../../common/progress';
import { throttledProgress } from '../../common/progress';
import { compileForm } from '../../form';
import type { Db } from '../../store/database';
import { formOf, formVersions, getFormVersion, latestFormVersion, type FormVersionRow } from '../../store/forms';
import { deviceId } from '../../store/installation';
import { countResponsesByStatus } from '../../store/responses';
import { openDataTable, type TableSource } from './data-table';
import { RowPreparer, type PreparerSetup } from './row-preparer';
import { columnNotes } from './column-layout';
import { BatchWriter, type ImportOutcome } from './batch-writer';
import { importThroughReaderThread } from './parallel';
import { WRITE_BATCH } from './reader-protocol';
import type { RespondentsImportResult } from './result';

export type { RespondentsImportResult };
export { MAX_LISTED_PROBLEMS } from './problem-list';

export interface RespondentsImportRequest {
  formId: string;
  /** The form version the rows answer; the latest when absent. */
  version?: string;
  file: TableSource;
  /** Import the valid rows and report the others, instead of importing nothing. */
  skipInvalid?: boolean;
  /** Language of the problem messages; the form's default language when absent. */
  language?: string;
  /** Read a CSV in a second thread: by default when it has at least READER_THREAD_ROWS rows. */
  readerThread?: boolean;
}

/** Below this many rows, starting a second thread costs more than it saves. */
export const READER_THREAD_ROWS = 50_000;

export async function importRespondents(
  db: Db,
  request: RespondentsImportRequest,
  progress?: ProgressReporter,
): Promise<RespondentsImportResult> {
  const version = findVersion(db, request.formId, request.version);
  const report = throttledProgress(progress ?? (() => {}));
  const existing = countResponsesByStatus(db, version.formId);
  const setup: PreparerSetup = {
    formId: version.formId,
    version: version.version,
    versionId: version.id,
    fields: version.fields,
    skipInvalid: request.skipInvalid === true,
    ...(request.language ? { language: request.language } : {}),
    now: Date.now(),
    thisDevice: deviceId(db),
    // The imported rows are then all the form's responses: their columns can fill the analysis cache.
    capture: existing.draft + existing.final === 0,
  };
  const table = await openDataTable(request.file);
  try {
    const threaded = table.kind === 'csv' && (request.readerThread ?? table.estimatedRows >= READER_THREAD_ROWS);
    const outcome =
      (threaded ? importThroughReaderThread(db, setup, version, request.file, report) : undefined) ??
      (await importInThisThread(db, setup, compileForm(formOf(version)), table, report));
    const notes = columnNotes(table, version, compileForm(formOf(version)));
    return { formId: version.formId, version: version.version, ...outcome, notes };
  } finally {
    table.close();
  }
}

async function importInThisThread(
  db: Db,
  setup: PreparerSetup,
  compiled: ReturnType<typeof compileForm>,
  table: Awaited<ReturnType<typeof openDataTable>>,
  report: ProgressReporter,
): Promise<ImportOutcome> {
  const preparer = new RowPreparer(setup, compiled, table);
  const writer = new BatchWriter(db, setup, report);
  const finish = () => {
    const failure = preparer.failure();
    if (failure) throw failure;
    writer.write(preparer.takeBatch());
    writer.cache(preparer.captured(0));
  };
  if (table.kind === 'csv') {
    // Read, checked and written batch by batch in one transaction: a million rows are never held in memory, and an
    // invalid row rolls everything back.
    db.transaction(() => {
      for (const rows of table.rows) {
        for (const row of rows) preparer.take(row);
        report({ phase: 'read', done: preparer.rows, total: 0 });
        writer.write(preparer.takeBatch(WRITE_BATCH));
      }
      finish();
    }).immediate();
  } else {
    for await (const rows of table.rows) {
      for (const row of rows) preparer.take(row);
      report({ phase: 'read', done: preparer.rows, total: 0 });
    }
    db.transaction(finish).immediate();
  }
  return { imported: writer.imported, skipped: preparer.problems.rows, errors: preparer.problems.list(), cleared: preparer.cleared };
}

/** The form version rows are read against: the one named, or the latest. */
export function findVersion(db: Db, formId: string, version?: string): FormVersionRow {
  const row = version === undefined ? latestFormVersion(db, formId) : getFormVersion(db, formId, version);
  if (row) return row;
  const known = formVersions(db, formId).map((v) => v.version);
  if (!known.length) throw codedError('not-found', 'form-not-found', { formId });
  throw codedError('not-found', 'form-version-not-found', { formId, version: String(version), versions: known.join(', ') });
}
