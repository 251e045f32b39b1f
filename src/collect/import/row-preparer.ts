/**
 * The per-row work of a respondents import, apart from writing: each row read into the version's field order,
 * checked against the form, and, when valid, made ready to store (new id, metadata, encoded answers) and kept
 * column by column for the analysis cache. It touches no database, so it runs in the import's own thread or in a
 * reading thread beside it (parallel.ts).
 */
import { codedError, type KelisimError } from '../../common/errors';
import { uuidv7 } from '../../common/ids';
import type { CompiledForm } from '../../form/runtime/compile';
import { encodeAnswerArray } from '../../store/answer-codec';
import type { NewResponseBatch } from '../../store/bulk';
import type { ResponseColumns } from '../../store/columns';
import { rowChecker, type RowChecker } from './answer-check';
import { ColumnCapture } from './column-capture';
import { columnLayout, type ColumnLayout, type VersionFields } from './column-layout';
import type { TableInfo, TableRow } from './data-table';
import { ProblemList } from './problem-list';

export interface PreparerSetup extends VersionFields {
  versionId: number;
  /** Import the valid rows and report the others, instead of importing nothing. */
  skipInvalid: boolean;
  /** Language of the problem messages; the form's default language when absent. */
  language?: string;
  /** The moment recorded for rows without interview times. */
  now: number;
  /** The device recorded for rows without a device id. */
  thisDevice: string;
  /** Keep the answers column by column (worth it when the imported rows will be all of the form's responses). */
  capture: boolean;
}

/** Valid rows ready to write, column by column. */
export type PreparedBatch = Omit<NewResponseBatch, 'formVersionId' | 'status'>;

export class RowPreparer {
  rows = 0;
  cleared = 0;
  readonly problems: ProblemList;
  private readonly layout: ColumnLayout;
  private readonly check: RowChecker;
  private readonly capture?: ColumnCapture;
  private pending = emptyBatch();

  constructor(
    private readonly setup: PreparerSetup,
    compiled: CompiledForm,
    private readonly table: TableInfo,
  ) {
    this.layout = columnLayout(table, setup, compiled);
    this.check = rowChecker(compiled, setup.fields, setup.language);
    this.problems = new ProblemList(table);
    if (setup.capture) this.capture = new ColumnCapture(setup.fields, setup.versionId, table.estimatedRows);
  }

  /** Whether valid rows are still kept: not once a row is invalid, unless invalid rows are skipped. */
  get keeping(): boolean {
    return this.problems.rows === 0 || this.setup.skipInvalid;
  }

  take(row: TableRow): void {
    this.rows++;
    const read = this.layout.valuesOf(row, this.problems);
    if (!read) return;
    const checked = this.check(read);
    if (checked.problems.length) {
      this.problems.addRow(
        row,
        checked.problems.map((problem) => ({ field: problem.field, message: problem.message, code: problem.code, params: problem.params })),
      );
      return;
    }
    if (!this.keeping) return;
    const { values } = checked;
    this.cleared += checked.cleared;
    const { started, finished, interviewer, device } = this.layout.metadataOf(values, this.setup.now, this.setup.thisDevice);
    const pending = this.pending;
    pending.uuids.push(uuidv7(started));
    pending.interviewers.push(interviewer);
    pending.deviceIds.push(device);
    pending.startedAt.push(started);
    pending.finishedAt.push(finished);
    pending.answers.push(encodeAnswerArray(values));
    this.capture?.add(values, interviewer, device, started, finished);
  }

  /** The valid rows kept since the last call, once there are at least `minimum` of them (any, with 0). */
  takeBatch(minimum = 0): PreparedBatch | undefined {
    const count = this.pending.uuids.length;
    if (count === 0 || count < minimum) return undefined;
    const batch = this.pending;
    this.pending = emptyBatch();
    return batch;
  }

  /** The error that refuses the whole import: some row is invalid and invalid rows are not skipped. */
  failure(): KelisimError | undefined {
    if (this.keeping) return undefined;
    return codedError(
      'bad-input',
      'import-rows-invalid',
      { file: this.table.file, invalid: this.problems.rows, total: this.rows },
      this.problems.list(),
    );
  }

  /** The kept answers as analysis columns, for responses whose ids run from `firstId` in the order rows came. */
  captured(firstId: number): ResponseColumns | undefined {
    return this.capture?.columns(firstId);
  }
}

interface GrowingBatch extends PreparedBatch {
  uuids: string[];
  interviewers: string[];
  deviceIds: string[];
  startedAt: number[];
  finishedAt: number[];
  answers: string[];
}

function emptyBatch(): GrowingBatch {
  return { uuids: [], interviewers: [], deviceIds: [], startedAt: [], finishedAt: [], answers: [] };
}
