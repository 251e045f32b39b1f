/**
 * How a respondents table's columns map onto a form version's stored fields, and each row read into the version's
 * field order (trimmed, a select_multiple's choices rejoined with single spaces) with its interview metadata.
 */
import type { Problem } from '../../common/errors';
import { codedError, codedProblem } from '../../common/errors';
import type { CompiledForm } from '../../form/runtime/compile';
import { selectedNames } from '../../form/expr';
import type { TableInfo, TableRow } from './data-table';
import { columnMatcher } from './column-match';
import type { ProblemList } from './problem-list';

/** The form version a table is read against. */
export interface VersionFields {
  formId: string;
  version: string;
  /** The version's stored fields, in order. */
  fields: readonly string[];
}

type MetadataKind = 'start' | 'end' | 'username' | 'deviceid';

export interface ColumnLayout {
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

export interface RowMetadata {
  started: number;
  finished: number;
  interviewer: string;
  device: string;
}

/**
 * Matches the header to the version's stored fields. Unknown and repeated column names are refused all at once;
 * columns of calculations are read past; a column without a name may only be empty.
 */
export function columnLayout(table: TableInfo, version: VersionFields, compiled: CompiledForm): ColumnLayout {
  const fields = version.fields;
  const positionOf = new Map(fields.map((name, i) => [name, i]));
  const match = columnMatcher(fields, compiled);
  const targets: number[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const where = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: table.header.line };
  for (const raw of table.header.cells) {
    const header = raw.trim();
    const found = match(raw);
    if (found.kind === 'field') {
      if (seen.has(found.name)) problems.push(codedProblem('import-column-twice', { name: header }, { ...where, column: header }));
      else targets.push(compiled.byName.get(found.name)?.calculation ? -1 : positionOf.get(found.name)!);
      seen.add(found.name);
    } else if (found.kind === 'ambiguous') {
      problems.push(
        codedProblem('import-column-ambiguous', { name: header, candidates: found.candidates.join(', ') }, { ...where, column: header }),
      );
    } else if (found.kind === 'unknown') {
      problems.push(
        codedProblem(
          'import-column-unknown',
          { name: header, formId: version.formId, version: version.version },
          { ...where, column: header },
        ),
      );
    } else {
      // No name, a Kobo/ODK submission column or a choice's 0/1 column: read past (columnNotes says so).
      targets.push(-1);
    }
  }
  if (problems.length) {
    const unknown = problems.filter((p) => p.code === 'import-column-unknown').map((p) => p.column);
    throw unknown.length
      ? codedError(
          'bad-input',
          'import-columns-unknown',
          { file: table.file, columns: unknown.join(', '), count: unknown.length },
          problems,
        )
      : codedError('bad-input', 'import-header-problems', { file: table.file }, problems);
  }
  if (!targets.some((target) => target >= 0))
    throw codedError('bad-input', 'import-no-question-columns', { file: table.file, formId: version.formId });

  const multiple = fields.map(
    (name) => compiled.byName.get(name)?.type === 'select_multiple' || compiled.byName.get(name)?.type === 'rank',
  );
  const dateTimes = fields.map((name) => DATE_TIME_TYPES.has(compiled.byName.get(name)?.type ?? ''));
  const positionOfType = (type: MetadataKind) =>
    fields.findIndex((name, i) => compiled.byName.get(name)?.type === type && targets.includes(i));
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
    if (dateTimes[target]) return spreadsheetDateTime(value);
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
      let stray: Problem[] | undefined;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell === '') continue;
        const target = c < width ? targets[c] : -1;
        if (target >= 0) values[target] = valueOf(cell, target);
        else if ((c >= width || table.header.cells[c].trim() === '') && cell.trim() !== '') {
          (stray ??= []).push(codedProblem('import-cell-without-column', { value: cell, column: c + 1 }, { column: `#${c + 1}` }));
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

/**
 * The notes an import gives about its header: the columns it reads past although they have a name
 * (Kobo's and ODK Central's submission columns, a select_multiple's 0/1 columns), one note per kind.
 */
export function columnNotes(table: TableInfo, version: VersionFields, compiled: CompiledForm): Problem[] {
  const match = columnMatcher(version.fields, compiled);
  const system: string[] = [];
  const options: string[] = [];
  for (const raw of table.header.cells) {
    const found = match(raw);
    if (found.kind === 'system') system.push(raw.trim());
    else if (found.kind === 'option') options.push(raw.trim());
  }
  const where = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: table.header.line };
  return [
    ...(system.length ? [codedProblem('import-columns-system', { columns: system.join(', '), count: system.length }, where)] : []),
    ...(options.length ? [codedProblem('import-columns-options', { columns: options.join(', '), count: options.length }, where)] : []),
  ];
}

const DATE_TIME_TYPES = new Set(['dateTime', 'start', 'end']);
const SPACED_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * A date and time as spreadsheets and Kelisim's own CSV write it ("2026-09-01 10:15:00", local time) in ODK's form
 * ("2026-09-01T10:15:00"); any other text is left for the answer check to judge.
 */
function spreadsheetDateTime(value: string): string {
  const match = SPACED_DATE_TIME.exec(value);
  return match ? `${match[1]}T${match[2]}` : value;
}

/** Whether trimming would change the text (checked first because almost no cell needs it). */
function hasOuterSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first <= 32 || last <= 32) return true;
  // Unicode spaces (a no-break space pasted from Word) are trimmed too.
  return (first >= 128 || last >= 128) && /^\s|\s$/.test(text);
}
