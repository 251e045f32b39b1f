/** Writing an import's prepared batches, whichever thread prepared them. */
import type { ProgressReporter } from '../../common/progress';
import type { Db } from '../../store/database';
import { insertResponseBatch } from '../../store/bulk';
import { cacheResponseColumns, type ResponseColumns } from '../../store/columns';
import type { RespondentsImportResult } from './result';
import type { PreparedBatch, PreparerSetup } from './row-preparer';

/** What a finished import tells its caller, whichever thread read the rows. */
export interface ImportOutcome {
  imported: number;
  skipped: number;
  errors: RespondentsImportResult['errors'];
  cleared: number;
}

/** Writes prepared batches into the form version, counting them and noting the first id for the column cache. */
export class BatchWriter {
  imported = 0;
  firstId = 0;

  constructor(
    private readonly db: Db,
    private readonly setup: PreparerSetup,
    private readonly report: ProgressReporter,
  ) {}

  write(batch: PreparedBatch | undefined): void {
    if (!batch) return;
    const firstId = insertResponseBatch(this.db, { formVersionId: this.setup.versionId, status: 'final', ...batch });
    if (this.imported === 0) this.firstId = firstId;
    this.imported += batch.uuids.length;
    this.report({ phase: 'write', done: this.imported, total: 0 });
  }

  /** Fills the analysis cache from the captured columns, once their ids are known. */
  cache(columns: ResponseColumns | undefined): void {
    if (!columns || this.imported === 0) return;
    for (let i = 0; i < columns.rowCount; i++) columns.responseIds[i] = this.firstId + i;
    cacheResponseColumns(this.db, this.setup.formId, columns);
  }
}
