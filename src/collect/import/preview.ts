/**
 * What importing a respondents table would do, without writing anything: how its columns match the form's
 * questions, its first rows, how many rows are valid, and every problem with its row and column. The rows are read
 * and checked by the same code as the import (row-preparer.ts), so the preview and the import cannot disagree; a
 * file the import would refuse outright (not UTF-8, a broken quote, an old .xls) is refused here with the same error.
 */
import { KelisimError, type Problem } from '../../common/errors';
import type { ProgressReporter } from '../../common/progress';
import { throttledProgress } from '../../common/progress';
import { compileForm } from '../../form';
import type { Translations } from '../../form/model';
import type { Db } from '../../store/database';
import { formOf } from '../../store/forms';
import { deviceId } from '../../store/installation';
import { openDataTable, type TableRow, type TableSource } from './data-table';
import { columnMatcher } from './column-match';
import { RowPreparer } from './row-preparer';
import { findVersion } from './respondents';
import type { ImportPreview, PreviewColumn } from './preview-result';

export type { ImportPreview, PreviewColumn };

/** Rows shown as they are in the file. */
export const PREVIEW_SAMPLE_ROWS = 10;

export interface PreviewRequest {
  formId: string;
  version?: string;
  file: TableSource;
  language?: string;
}

export async function previewRespondents(db: Db, request: PreviewRequest, progress?: ProgressReporter): Promise<ImportPreview> {
  const version = findVersion(db, request.formId, request.version);
  const report = throttledProgress(progress ?? (() => {}));
  const compiled = compileForm(formOf(version));
  const table = await openDataTable(request.file);
  try {
    const match = columnMatcher(version.fields, compiled);
    const seen = new Set<string>();
    const columns: PreviewColumn[] = table.header.cells.map((raw) => {
      const found = match(raw);
      const name = found.kind === 'field' ? found.name : '';
      const field = compiled.byName.get(name);
      const role: PreviewColumn['role'] =
        found.kind !== 'field' ? found.kind : seen.has(name) ? 'repeated' : field?.calculation ? 'calculation' : 'question';
      seen.add(name);
      const label: Translations | undefined = role === 'question' || role === 'calculation' ? field?.row.label : undefined;
      return {
        header: raw,
        role,
        ...(role === 'question' || role === 'calculation' ? { question: name } : {}),
        ...(label ? { label } : {}),
        ...(found.kind === 'ambiguous' ? { candidates: found.candidates } : {}),
      };
    });
    let preparer: RowPreparer | undefined;
    let headerProblems: Problem[] = [];
    try {
      preparer = new RowPreparer(
        {
          formId: version.formId,
          version: version.version,
          versionId: version.id,
          fields: version.fields,
          // Every row is checked and every problem listed, as an import that skips invalid rows would.
          skipInvalid: true,
          capture: false,
          now: Date.now(),
          thisDevice: deviceId(db),
          ...(request.language ? { language: request.language } : {}),
        },
        compiled,
        table,
      );
    } catch (error) {
      // A header the import refuses: its problems are the preview's; the rows are still shown.
      if (!(error instanceof KelisimError) || error.kind !== 'bad-input') throw error;
      headerProblems = error.problems.length
        ? error.problems
        : [{ message: error.message, ...(error.code ? { code: error.code, params: error.params ?? {} } : {}) }];
    }
    const sample: TableRow[] = [];
    let rows = 0;
    const take = (batch: TableRow[]) => {
      for (const row of batch) {
        if (sample.length < PREVIEW_SAMPLE_ROWS) sample.push({ line: row.line, cells: [...row.cells] });
        preparer?.take(row);
      }
      rows += batch.length;
      // The valid rows are not kept: nothing is written.
      preparer?.takeBatch();
      report({ phase: 'read', done: rows, total: 0 });
    };
    if (table.kind === 'csv') for (const batch of table.rows) take(batch);
    else for await (const batch of table.rows) take(batch);
    const invalidRows = preparer?.problems.rows ?? 0;
    return {
      formId: version.formId,
      version: version.version,
      file: table.file,
      ...(table.sheet ? { sheet: table.sheet } : {}),
      encoding: table.encoding,
      columns,
      headerLine: table.header.line,
      sample,
      rows,
      validRows: preparer ? rows - invalidRows : 0,
      invalidRows,
      problems: [...headerProblems, ...(preparer?.problems.list() ?? [])],
      cleared: preparer?.cleared ?? 0,
    };
  } finally {
    table.close();
  }
}
