/** The reading thread of a large import (see parallel.ts): parse, check and encode, and post the batches. */
import { codedError, toErrorPayload } from '../../common/errors';
import { compileForm } from '../../form/runtime/compile';
import { formOf } from '../../store/forms';
import type { ResponseColumns } from '../../store/columns';
import { openDataTable } from './data-table';
import type { ReaderJob, ReaderMessage } from './reader-protocol';
import { WRITE_BATCH } from './reader-protocol';
import { RowPreparer } from './row-preparer';

export type Post = (message: ReaderMessage, transfer?: ArrayBuffer[]) => void;

export async function readForImport(job: ReaderJob, post: Post): Promise<void> {
  try {
    const table = await openDataTable(job.source);
    if (table.kind !== 'csv') throw codedError('internal', 'import-thread-csv-only', { file: table.file });
    const preparer = new RowPreparer(job.setup, compileForm(formOf(job.version)), table);
    post({ kind: 'ready' });
    for (const rows of table.rows) {
      for (const row of rows) preparer.take(row);
      const batch = preparer.takeBatch(WRITE_BATCH);
      if (batch) post({ kind: 'batch', batch, rows: preparer.rows });
    }
    const failure = preparer.failure();
    const rest = failure ? undefined : preparer.takeBatch();
    if (rest) post({ kind: 'batch', batch: rest, rows: preparer.rows });
    const columns = failure ? undefined : preparer.captured(0);
    post(
      {
        kind: 'done',
        rows: preparer.rows,
        cleared: preparer.cleared,
        skipped: preparer.problems.rows,
        errors: preparer.problems.list(),
        ...(failure ? { failure: failure.toPayload() } : {}),
        ...(columns ? { columns } : {}),
      },
      columns ? buffersOf(columns) : [],
    );
  } catch (error) {
    post({ kind: 'error', error: toErrorPayload(error) });
  }
}

/** The arrays' memory, handed over to the writing thread instead of copied. */
function buffersOf(columns: ResponseColumns): ArrayBuffer[] {
  const arrays = [
    columns.responseIds,
    columns.formVersionIds,
    columns.final,
    columns.demo,
    columns.interviewer.codes,
    columns.deviceId.codes,
    columns.startedAt,
    columns.finishedAt,
    ...[...columns.fields.values()].map((column) => column.codes),
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
