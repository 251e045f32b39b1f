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
 */
import type { Problem } from '../../common/errors';
import { badInput, notFound } from '../../common/errors';
import type { ProgressReporter } from '../../common/progress';
import { throttledProgress } from '../../common/progress';
import { uuidv7 } from '../../common/ids';
import type { CompiledForm } from '../../form';
import { compileForm, selectedNames } from '../../form';
import type { FormDefinition } from '../../form/model';
import type { Db } from '../../store/database';
import { formVersions, getFormVersion, latestFormVersion, type FormVersionRow } from '../../store/forms';
import { insertResponseBatch } from '../../store/bulk';
import { encodeAnswerArray } from '../../store/answer-codec';
import { deviceId } from '../../store/installation';
import type { DataTable, TableRow, TableSource } from './data-table';
import { openDataTable } from './data-table';
import { rowChecker } from './answer-check';
import type { RespondentsImportResult } from './result';

export type { RespondentsImportResult };

export interface RespondentsImportRequest {
  formId: string;
  /** The form version the rows answer; the latest when absent. */
  version?: string;
  file: TableSource;
  /** Import the valid rows and report the others, instead of importing nothing. */
  skipInvalid?: boolean;
  /** Language of the problem messages; the form's default language when absent. */
  language?: string;
}

/** Problems listed in full; beyond this many only their number is reported, so a wrong file does not print a million lines. */
export const MAX_LISTED_PROBLEMS = 1000;

export async function importRespondents(db: Db, request: RespondentsImportRequest, progress?: ProgressReporter): Promise<RespondentsImportResult> {
  const version = findVersion(db, request.formId, request.version);
  const form = JSON.parse(version.definition) as FormDefinition;
  const compiled = compileForm(form);
  const table = await openDataTable(request.file);
  const layout = columnLayout(table, version, compiled);
  const check = rowChecker(compiled, version.fields, request.language);
  const report = throttledProgress(progress ?? (() => {}));

  const now = Date.now();
  const thisDevice = deviceId(db);
  const pending = {
    uuids: [] as string[], interviewers: [] as string[], deviceIds: [] as string[],
    startedAt: [] as number[], finishedAt: [] as number[], answers: [] as string[],
  };
  const problems = new ProblemList(table);
  let rows = 0;
  let cleared = 0;
  for await (const batch of table.rows) {
    for (const row of batch) {
      rows++;
      const values = layout.valuesOf(row, problems);
      if (!values) continue;
      const result = check(values);
      if (result.problems.length) {
        problems.addRow(row, result.problems.map((problem) => ({ field: problem.field, message: problem.message })));
        continue;
      }
      cleared += result.cleared;
      const started = layout.moment(result.values, 'start') ?? now;
      pending.uuids.push(uuidv7(started));
      pending.interviewers.push(layout.text(result.values, 'username'));
      pending.deviceIds.push(layout.text(result.values, 'deviceid') || thisDevice);
      pending.startedAt.push(started);
      pending.finishedAt.push(layout.moment(result.values, 'end') ?? now);
      pending.answers.push(encodeAnswerArray(result.values));
    }
    report({ phase: 'check', done: rows, total: 0 });
  }

  if (problems.rows > 0 && !request.skipInvalid) {
    throw badInput(
      `${table.file}: ${problems.rows} of ${rows} rows have problems, so nothing was imported (fix them, or import the valid rows with --skip-invalid)`,
      problems.list(),
    );
  }
  if (pending.uuids.length) {
    db.transaction(() => {
      insertResponseBatch(db, { formVersionId: version.id, status: 'final', ...pending }, (done) =>
        report({ phase: 'write', done, total: pending.uuids.length }));
    })();
  }
  return {
    formId: request.formId,
    version: version.version,
    imported: pending.uuids.length,
    skipped: problems.rows,
    errors: problems.list(),
    cleared,
  };
}

function findVersion(db: Db, formId: string, version?: string): FormVersionRow {
  const row = version === undefined ? latestFormVersion(db, formId) : getFormVersion(db, formId, version);
  if (row) return row;
  const known = formVersions(db, formId).map((v) => v.version);
  if (!known.length) throw notFound(`there is no form "${formId}" in this database`);
  throw notFound(`form "${formId}" has no version "${version}" (versions: ${known.join(', ')})`);
}

/** Problems with where they are; past MAX_LISTED_PROBLEMS only counted. */
class ProblemList {
  rows = 0;
  private readonly listed: Problem[] = [];
  private unlisted = 0;

  constructor(private readonly table: DataTable) {}

  addRow(row: TableRow, found: { field?: string; column?: string; message: string }[]): void {
    this.rows++;
    for (const problem of found) {
      if (this.listed.length >= MAX_LISTED_PROBLEMS) {
        this.unlisted++;
        continue;
      }
      const column = problem.column ?? problem.field?.split(/[[.]/)[0];
      this.listed.push({
        file: this.table.file,
        ...(this.table.sheet ? { sheet: this.table.sheet } : {}),
        row: row.at,
        ...(column ? { column } : {}),
        ...(problem.field ? { field: problem.field } : {}),
        message: problem.message,
      });
    }
  }

  list(): Problem[] {
    if (!this.unlisted) return this.listed;
    return [...this.listed, { file: this.table.file, message: `… and ${this.unlisted} more problems (the first ${MAX_LISTED_PROBLEMS} are listed above)` }];
  }
}

type MetadataKind = 'start' | 'end' | 'username' | 'deviceid';

interface ColumnLayout {
  /** The row's values in the version's field order, or undefined (with the problem recorded) when it cannot be read. */
  valuesOf(row: TableRow, problems: ProblemList): string[] | undefined;
  /** A metadata answer as a moment, when the form has that metadata field and the row a valid value in it. */
  moment(values: readonly string[], kind: 'start' | 'end'): number | undefined;
  text(values: readonly string[], kind: MetadataKind): string;
}

/**
 * Matches the header to the version's stored fields. Unknown and repeated column names are refused all at once;
 * columns of calculations are read past; a column without a name may only be empty.
 */
function columnLayout(table: DataTable, version: FormVersionRow, compiled: CompiledForm): ColumnLayout {
  const fields = version.fields;
  const positionOf = new Map(fields.map((name, i) => [name, i]));
  const targets: number[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const where = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: table.header.at };
  for (const raw of table.header.cells) {
    const name = raw.trim();
    const position = positionOf.get(name);
    const field = compiled.byName.get(name);
    if (name === '') targets.push(-1);
    else if (seen.has(name)) problems.push({ ...where, column: name, message: `the column "${name}" appears twice` });
    else if (position === undefined) problems.push({ ...where, column: name, message: `"${name}" is not a question of form "${version.formId}" version ${version.version}` });
    else targets.push(field?.calculation ? -1 : position);
    seen.add(name);
  }
  if (problems.length) {
    const unknown = problems.filter((p) => p.message.includes('is not a question')).map((p) => p.column);
    throw badInput(
      unknown.length
        ? `${table.file}: the column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ${unknown.length === 1 ? 'a question' : 'questions'} of the form; nothing was imported`
        : `${table.file}: the header has problems; nothing was imported`,
      problems,
    );
  }
  if (!targets.some((target) => target >= 0)) throw badInput(`${table.file}: no column is named after a question of form "${version.formId}"`);

  const multiple = fields.map((name) => compiled.byName.get(name)?.type === 'select_multiple' || compiled.byName.get(name)?.type === 'rank');
  const metadata = new Map<MetadataKind, number>();
  for (const kind of ['start', 'end', 'username', 'deviceid'] as const) {
    const position = fields.findIndex((name, i) => compiled.byName.get(name)?.type === kind && targets.includes(i));
    if (position >= 0) metadata.set(kind, position);
  }
  const width = targets.length;
  return {
    valuesOf(row, list) {
      const values = new Array<string>(fields.length).fill('');
      const cells = row.cells;
      const stray: { column: string; message: string }[] = [];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell === '') continue;
        const target = c < width ? targets[c] : -1;
        if (target >= 0) {
          const value = cell.trim();
          values[target] = multiple[target] ? selectedNames(value).join(' ') : value;
        } else if ((c >= width || table.header.cells[c].trim() === '') && cell.trim() !== '') {
          stray.push({ column: `#${c + 1}`, message: `"${cell}" stands in column ${c + 1}, which has no name in the header` });
        }
      }
      if (stray.length) {
        list.addRow(row, stray);
        return undefined;
      }
      return values;
    },
    moment(values, kind) {
      const position = metadata.get(kind);
      const moment = position === undefined || values[position] === '' ? NaN : Date.parse(values[position]);
      return Number.isNaN(moment) ? undefined : moment;
    },
    text(values, kind) {
      const position = metadata.get(kind);
      return position === undefined ? '' : values[position];
    },
  };
}
