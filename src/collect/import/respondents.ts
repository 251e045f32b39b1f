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
import { cacheResponseColumns } from '../../store/columns';
import { countResponsesByStatus } from '../../store/responses';
import { ColumnCapture } from './column-capture';
import type { DataTable, TableRow, TableSource } from './data-table';
import { openDataTable } from './data-table';
import { rowChecker, type RowChecker } from './answer-check';
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
  const compiled = compileForm(JSON.parse(version.definition) as FormDefinition);
  const table = await openDataTable(request.file);
  const importer = new RowImporter(db, version, table, compiled, request, throttledProgress(progress ?? (() => {})));
  if (table.kind === 'csv') {
    // Read, checked and written row by row in one transaction: a million rows are never held in memory, and an
    // invalid row rolls everything back.
    db.transaction(() => {
      for (const batch of table.rows) importer.take(batch, true);
      importer.finish();
    })();
  } else {
    for await (const batch of table.rows) importer.take(batch, false);
    db.transaction(() => importer.finish())();
  }
  return importer.result();
}

/** Rows written per call to the store while streaming. */
const WRITE_BATCH = 10_000;

/** Checks rows, keeps the valid ones as responses ready to write, and writes them when told to. */
class RowImporter {
  private readonly layout: ColumnLayout;
  private readonly check: RowChecker;
  private readonly problems: ProblemList;
  private readonly now = Date.now();
  private readonly thisDevice: string;
  private pending = emptyBatch();
  private rows = 0;
  private imported = 0;
  private cleared = 0;
  /** Kept only when the form had no responses: then the imported rows are all its responses, and can be cached. */
  private readonly capture?: ColumnCapture;
  private firstId = 0;

  constructor(
    private readonly db: Db,
    private readonly version: FormVersionRow,
    private readonly table: DataTable,
    compiled: CompiledForm,
    private readonly request: RespondentsImportRequest,
    private readonly report: ProgressReporter,
  ) {
    this.layout = columnLayout(table, version, compiled);
    this.check = rowChecker(compiled, version.fields, request.language);
    this.problems = new ProblemList(table);
    this.thisDevice = deviceId(db);
    const existing = countResponsesByStatus(db, version.formId);
    if (existing.draft + existing.final === 0) this.capture = new ColumnCapture(version.fields, version.id, table.estimatedRows);
  }

  /** Checks a batch of rows; with `write`, writes the valid rows gathered so far once there are enough. */
  take(batch: readonly TableRow[], write: boolean): void {
    for (const row of batch) this.takeRow(row);
    this.report({ phase: 'read', done: this.rows, total: 0 });
    if (write && this.pending.uuids.length >= WRITE_BATCH) this.write();
  }

  /** Refuses everything when a row is invalid (unless invalid rows are skipped), else writes the rest. */
  finish(): void {
    if (this.problems.rows > 0 && !this.request.skipInvalid) {
      throw badInput(
        `${this.table.file}: ${this.problems.rows} of ${this.rows} rows have problems, so nothing was imported (fix them, or import the valid rows with --skip-invalid)`,
        this.problems.list(),
      );
    }
    this.write();
    if (this.capture && this.imported > 0) cacheResponseColumns(this.db, this.version.formId, this.capture.columns(this.firstId));
  }

  result(): RespondentsImportResult {
    return {
      formId: this.version.formId,
      version: this.version.version,
      imported: this.imported,
      skipped: this.problems.rows,
      errors: this.problems.list(),
      cleared: this.cleared,
    };
  }

  private takeRow(row: TableRow): void {
    this.rows++;
    const read = this.layout.valuesOf(row, this.problems);
    if (!read) return;
    const checked = this.check(read);
    if (checked.problems.length) {
      this.problems.addRow(row, checked.problems.map((problem) => ({ field: problem.field, message: problem.message })));
      return;
    }
    // Once a row is invalid nothing will be written, so nothing more is kept (unless invalid rows are skipped).
    if (this.problems.rows > 0 && !this.request.skipInvalid) return;
    const { values } = checked;
    this.cleared += checked.cleared;
    const { started, finished, interviewer, device } = this.layout.metadataOf(values, this.now, this.thisDevice);
    const pending = this.pending;
    pending.uuids.push(uuidv7(started));
    pending.interviewers.push(interviewer);
    pending.deviceIds.push(device);
    pending.startedAt.push(started);
    pending.finishedAt.push(finished);
    pending.answers.push(encodeAnswerArray(values));
    this.capture?.add(values, interviewer, device, started, finished);
  }

  private write(): void {
    if (!this.pending.uuids.length) return;
    const firstId = insertResponseBatch(this.db, { formVersionId: this.version.id, status: 'final', ...this.pending });
    if (this.imported === 0) this.firstId = firstId;
    this.imported += this.pending.uuids.length;
    this.pending = emptyBatch();
    this.report({ phase: 'write', done: this.imported, total: 0 });
  }
}

function emptyBatch() {
  return {
    uuids: [] as string[], interviewers: [] as string[], deviceIds: [] as string[],
    startedAt: [] as number[], finishedAt: [] as number[], answers: [] as string[],
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
        row: row.line,
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
  /**
   * The row's values in the version's field order; undefined (with the problem recorded) when the row cannot be
   * read. The array is reused for the next row.
   */
  valuesOf(row: TableRow, problems: ProblemList): string[] | undefined;
  /**
   * The response's interview times, interviewer and device from the form's start, end, username and deviceid
   * answers; the import time and this computer where the form or the row has none. The object is reused.
   */
  metadataOf(values: readonly string[], now: number, thisDevice: string): RowMetadata;
}

interface RowMetadata {
  started: number;
  finished: number;
  interviewer: string;
  device: string;
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
  const where = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: table.header.line };
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
  const positionOfType = (type: MetadataKind) => fields.findIndex((name, i) => compiled.byName.get(name)?.type === type && targets.includes(i));
  const [start, end, username, device] = (['start', 'end', 'username', 'deviceid'] as const).map(positionOfType);
  const moment = (value: string | undefined, otherwise: number) => {
    const parsed = value ? Date.parse(value) : NaN;
    return Number.isNaN(parsed) ? otherwise : parsed;
  };
  const metadata: RowMetadata = { started: 0, finished: 0, interviewer: '', device: '' };
  const width = targets.length;
  // Columns exactly the version's fields in order (a table exported from the form): each cell is its field's value.
  const inFieldOrder = width === fields.length && targets.every((target, c) => target === c);
  // One array for every row (each row's values are encoded before the next is read): no garbage per row.
  const values = fields.map(() => '');
  const valueOf = (cell: string, target: number) => {
    const value = hasOuterSpace(cell) ? cell.trim() : cell;
    return multiple[target] ? selectedNames(value).join(' ') : value;
  };
  return {
    valuesOf(row, list) {
      const cells = row.cells;
      if (inFieldOrder && cells.length === width) {
        for (let c = 0; c < width; c++) values[c] = cells[c] === '' ? '' : valueOf(cells[c], c);
        return values;
      }
      values.fill('');
      let stray: { column: string; message: string }[] | undefined;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell === '') continue;
        const target = c < width ? targets[c] : -1;
        if (target >= 0) values[target] = valueOf(cell, target);
        else if ((c >= width || table.header.cells[c].trim() === '') && cell.trim() !== '') {
          (stray ??= []).push({ column: `#${c + 1}`, message: `"${cell}" stands in column ${c + 1}, which has no name in the header` });
        }
      }
      if (stray) {
        list.addRow(row, stray);
        return undefined;
      }
      return values;
    },
    metadataOf(values, now, thisDevice) {
      metadata.started = start < 0 ? now : moment(values[start], now);
      metadata.finished = end < 0 ? now : moment(values[end], now);
      metadata.interviewer = username < 0 ? '' : values[username];
      metadata.device = (device < 0 ? '' : values[device]) || thisDevice;
      return metadata;
    },
  };
}

/** Whether trimming would change the text (checked first because almost no cell needs it). */
function hasOuterSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first <= 32 || last <= 32) return true;
  // Unicode spaces (a no-break space pasted from Word) are trimmed too.
  return (first >= 128 || last >= 128) && /^\s|\s$/.test(text);
}
