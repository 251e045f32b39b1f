import type { Db } from './database';
import { writeUnlessBusy } from './busy';

/**
 * Answers read column by column for analysis. Every column is dictionary-encoded: `values` holds
 * each distinct answer once and `codes[i]` is the index of response i's answer (-1: no answer).
 * Counting then runs over Int32Arrays, never over strings, and a million respondents × 60 items
 * fit in 240 MB.
 */
export interface DictionaryColumn {
  values: string[];
  codes: Int32Array;
}

export interface ResponseColumns {
  /** Responses in id order; every array below has this length. */
  rowCount: number;
  responseIds: Float64Array;
  formVersionIds: Int32Array;
  /** 1 = final, 0 = draft. */
  final: Uint8Array;
  /** 1 = a practice (demo) response, 0 = field data. */
  demo: Uint8Array;
  interviewer: DictionaryColumn;
  deviceId: DictionaryColumn;
  /** Milliseconds since the epoch; NaN where unknown. */
  startedAt: Float64Array;
  finishedAt: Float64Array;
  /** The requested answer columns by field name; a field absent from a version is "no answer" there. */
  fields: Map<string, DictionaryColumn>;
  /**
   * The requested date-time answers (the form's `start`/`end` metadata) as epoch milliseconds, NaN where
   * there is none or it is not a date: every answer is distinct, so a dictionary would only cost.
   */
  times?: Map<string, Float64Array>;
}

export interface ColumnQuery {
  formId: string;
  fields: readonly string[];
  /** Fields to read as date-times (ResponseColumns.times). */
  times?: readonly string[];
}

interface VersionLayout {
  /**
   * For each stored position up to the last wanted one: the index of the requested field there (≥ 0), -1 when
   * none is wanted, or -2 - t for the requested date-time field t.
   */
  fieldAt: Int32Array;
}

/** The distinct answers of one column, each with its code; one-character answers (Likert codes) skip the Map. */
export class AnswerDictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  /** Codes of one-character answers by character code, -1 until seen. */
  readonly singleChar = new Int32Array(128).fill(-1);

  codeOf(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }

  /** The code of a one-character answer; characters below 128 are remembered in singleChar. */
  codeOfChar(charCode: number): number {
    const code = this.codeOf(String.fromCharCode(charCode));
    if (charCode < 128) this.singleChar[charCode] = code;
    return code;
  }

  /** The code of any answer; -1 for no answer (''). */
  code(value: string): number {
    if (value.length === 1) {
      const charCode = value.charCodeAt(0);
      if (charCode < 128) {
        const known = this.singleChar[charCode];
        return known >= 0 ? known : this.codeOfChar(charCode);
      }
    }
    return value === '' ? -1 : this.codeOf(value);
  }
}

/** Builds dictionary codes for one column of a known number of responses. */
class ColumnBuilder extends AnswerDictionary {
  readonly codes: Int32Array;

  constructor(rowCount: number) {
    super();
    this.codes = new Int32Array(rowCount).fill(-1);
  }

  finish(): DictionaryColumn {
    return { values: this.values, codes: this.codes };
  }
}

const SEPARATOR = 0x1f;

/**
 * Reads the requested answer columns and the metadata of every response of a form (all versions,
 * drafts and finals; callers filter). One pass over the answers table, no per-answer strings for
 * one-character values.
 */
export function readResponseColumns(db: Db, query: ColumnQuery): ResponseColumns {
  const versions = db.prepare('SELECT id, fields FROM form_versions WHERE form_id = ?').all(query.formId) as {
    id: number;
    fields: string;
  }[];
  const layouts = new Map<number, VersionLayout>();
  const timeFields = (query.times ?? []).filter((name) => !query.fields.includes(name));
  for (const version of versions) {
    const stored = JSON.parse(version.fields) as string[];
    const wanted = new Map<string, number>([
      ...timeFields.map((name, t) => [name, -2 - t] as const),
      ...query.fields.map((name, i) => [name, i] as const),
    ]);
    let last = -1;
    stored.forEach((name, position) => wanted.has(name) && (last = position));
    layouts.set(version.id, { fieldAt: Int32Array.from(stored.slice(0, last + 1), (name) => wanted.get(name) ?? -1) });
  }
  const { n } = db
    .prepare('SELECT count(*) AS n FROM responses r JOIN form_versions v ON v.id = r.form_version_id WHERE v.form_id = ?')
    .get(query.formId) as { n: number };

  const responseIds = new Float64Array(n);
  const formVersionIds = new Int32Array(n);
  const final = new Uint8Array(n);
  const demo = new Uint8Array(n);
  const startedAt = new Float64Array(n);
  const finishedAt = new Float64Array(n);
  const interviewer = new ColumnBuilder(n);
  const deviceId = new ColumnBuilder(n);
  const columns = query.fields.map(() => new ColumnBuilder(n));
  const times = timeFields.map(() => new Float64Array(n).fill(NaN));

  const rows = db
    .prepare(
      `SELECT r.id, r.form_version_id, r.status = 'final', r.interviewer, r.device_id, r.started_at, r.finished_at, a.answer_values, r.demo
         FROM responses r JOIN answers a ON a.response_id = r.id
        -- "+" keeps SQLite scanning responses in id order instead of sorting 1M rows afterwards
        WHERE +r.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?) ORDER BY r.id`,
    )
    .raw(true);

  let row = 0;
  for (const record of rows.iterate(query.formId) as IterableIterator<
    [number, number, number, string, string, number, number | null, string, number]
  >) {
    if (row >= n) break; // rows written after the count was taken belong to the next read
    responseIds[row] = record[0];
    formVersionIds[row] = record[1];
    final[row] = record[2];
    demo[row] = record[8];
    interviewer.codes[row] = interviewer.codeOf(record[3]);
    deviceId.codes[row] = deviceId.codeOf(record[4]);
    startedAt[row] = record[5];
    finishedAt[row] = record[6] ?? NaN;
    decodeRow(record[7], layouts.get(record[1])!.fieldAt, columns, times, row);
    row++;
  }

  return {
    rowCount: row,
    responseIds: row === n ? responseIds : responseIds.slice(0, row),
    formVersionIds: row === n ? formVersionIds : formVersionIds.slice(0, row),
    final: row === n ? final : final.slice(0, row),
    demo: row === n ? demo : demo.slice(0, row),
    interviewer: trim(interviewer.finish(), row, n),
    deviceId: trim(deviceId.finish(), row, n),
    startedAt: row === n ? startedAt : startedAt.slice(0, row),
    finishedAt: row === n ? finishedAt : finishedAt.slice(0, row),
    fields: new Map(query.fields.map((name, i) => [name, trim(columns[i].finish(), row, n)])),
    ...(query.times ? { times: new Map(query.times.map((name) => [name, timeColumn(name)])) } : {}),
  };

  /** A requested date-time field also requested as answers is parsed from its dictionary, once per distinct answer. */
  function timeColumn(name: string): Float64Array {
    const t = timeFields.indexOf(name);
    if (t >= 0) return row === n ? times[t] : times[t].slice(0, row);
    const column = columns[query.fields.indexOf(name)];
    const parsed = column.values.map((value) => Date.parse(value));
    return Float64Array.from(column.codes.subarray(0, row), (code) => (code < 0 ? NaN : parsed[code]));
  }
}

function trim(column: DictionaryColumn, rows: number, allocated: number): DictionaryColumn {
  return rows === allocated ? column : { values: column.values, codes: column.codes.slice(0, rows) };
}

/**
 * Walks one stored row (values joined by U+001F) once, left to right, coding the values at the
 * wanted positions as it passes them; no array of substrings is made.
 */
function decodeRow(encoded: string, fieldAt: Int32Array, columns: ColumnBuilder[], times: Float64Array[], row: number): void {
  const length = encoded.length;
  const last = fieldAt.length - 1;
  let position = 0;
  let start = 0;
  for (let i = 0; i <= length; i++) {
    if (i < length && encoded.charCodeAt(i) !== SEPARATOR) continue;
    const f = fieldAt[position];
    if (f >= 0 && i > start) {
      const column = columns[f];
      const charCode = encoded.charCodeAt(start);
      const known = i - start === 1 && charCode < 128 ? column.singleChar[charCode] : -1;
      column.codes[row] = known >= 0 ? known : i - start === 1 ? column.codeOfChar(charCode) : column.codeOf(encoded.slice(start, i));
    } else if (f <= -2 && i > start) {
      times[-2 - f][row] = Date.parse(encoded.slice(start, i));
    }
    if (++position > last) return;
    start = i + 1;
  }
}

/** What a cached column was built from; any write to the form's responses changes it. */
interface DataState {
  maxResponseId: number;
  rowCount: number;
  maxChangeSeq: number;
}

const META = {
  id: '@id',
  version: '@version',
  final: '@final',
  demo: '@demo',
  interviewer: '@interviewer',
  device: '@device',
  started: '@started',
  finished: '@finished',
} as const;

/** A date-time column's name in the cache: its numbers, beside the field's dictionary column if one is cached. */
const timeKey = (field: string) => `@time:${field}`;

interface CachedColumn {
  field: string;
  encoding: 'codes' | 'codes8' | 'float64';
  dictionary: string;
  data: Buffer;
}

/**
 * readResponseColumns, through the column cache: columns built from exactly the current responses
 * are read back as stored arrays (milliseconds), anything else is read from the answers and then
 * cached for the next analysis. A read-only database skips writing the cache.
 */
export function loadResponseColumns(db: Db, query: ColumnQuery): ResponseColumns {
  const fields = [...new Set(query.fields)];
  const times = query.times ? [...new Set(query.times)] : undefined;
  const names = [...Object.values(META), ...fields, ...(times ?? []).map(timeKey)];
  const { state, cached } = db.transaction(() => {
    const state = dataState(db, query.formId);
    const rows = db
      .prepare(
        `SELECT field, encoding, dictionary, data FROM column_cache
          WHERE form_id = ? AND max_response_id = ? AND row_count = ? AND max_change_seq = ?
            AND field IN (SELECT value FROM json_each(?))`,
      )
      .all(query.formId, state.maxResponseId, state.rowCount, state.maxChangeSeq, JSON.stringify(names)) as CachedColumn[];
    return { state, cached: new Map(rows.map((row) => [row.field, row])) };
  })();

  const everything = names.every((name) => cached.has(name));
  if (everything) return fromCache(cached, fields, times, state.rowCount);

  const columns = db.transaction(() => {
    const fresh = dataState(db, query.formId);
    return { columns: readResponseColumns(db, { formId: query.formId, fields, ...(times ? { times } : {}) }), state: fresh };
  })();
  if (!db.readonly) writeCache(db, query.formId, columns.state, columns.columns);
  return columns.columns;
}

function dataState(db: Db, formId: string): DataState {
  return db
    .prepare(
      `SELECT coalesce(max(id), 0) AS maxResponseId, count(*) AS rowCount, coalesce(max(change_seq), 0) AS maxChangeSeq
         FROM responses WHERE form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)`,
    )
    .get(formId) as DataState;
}

/**
 * Caches columns the caller has built from exactly the form's current responses (the respondents import, from the
 * values it has just written, in the same transaction), so that the first analysis afterwards reads arrays.
 */
export function cacheResponseColumns(db: Db, formId: string, columns: ResponseColumns): void {
  const state = dataState(db, formId);
  if (state.rowCount !== columns.rowCount) throw new Error(`the columns hold ${columns.rowCount} responses, the form ${state.rowCount}`);
  writeCache(db, formId, state, columns);
}

/** Dictionaries up to this size are cached one byte per response (-1 = no answer still fits). */
const MAX_BYTE_CODES = 127;

function writeCache(db: Db, formId: string, state: DataState, columns: ResponseColumns): void {
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO column_cache (form_id, field, max_response_id, row_count, max_change_seq, encoding, dictionary, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const put = (field: string, encoding: 'codes' | 'codes8' | 'float64', dictionary: string[], data: ArrayBufferView) =>
    upsert.run(
      formId,
      field,
      state.maxResponseId,
      state.rowCount,
      state.maxChangeSeq,
      encoding,
      JSON.stringify(dictionary),
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  const putCodes = (field: string, dictionary: string[], codes: Int32Array | Uint8Array) =>
    dictionary.length <= MAX_BYTE_CODES ? put(field, 'codes8', dictionary, new Int8Array(codes)) : put(field, 'codes', dictionary, codes);
  // The cache only saves time: when another program is writing, skip it rather than wait for the lock.
  writeUnlessBusy(db, () => {
    // Columns of older states are useless; dropping them keeps the cache the size of one dataset.
    db.prepare('DELETE FROM column_cache WHERE form_id = ? AND NOT (max_response_id = ? AND row_count = ? AND max_change_seq = ?)').run(
      formId,
      state.maxResponseId,
      state.rowCount,
      state.maxChangeSeq,
    );
    put(META.id, 'float64', [], columns.responseIds);
    put(META.version, 'codes', [], columns.formVersionIds);
    put(META.final, 'codes8', [], columns.final);
    put(META.demo, 'codes8', [], columns.demo);
    putCodes(META.interviewer, columns.interviewer.values, columns.interviewer.codes);
    putCodes(META.device, columns.deviceId.values, columns.deviceId.codes);
    put(META.started, 'float64', [], columns.startedAt);
    put(META.finished, 'float64', [], columns.finishedAt);
    for (const [field, column] of columns.fields) putCodes(field, column.values, column.codes);
    for (const [field, column] of columns.times ?? []) put(timeKey(field), 'float64', [], column);
  });
}

function fromCache(cached: Map<string, CachedColumn>, fields: string[], times: string[] | undefined, rowCount: number): ResponseColumns {
  const int32 = (name: string) => {
    const column = cached.get(name)!;
    return column.encoding === 'codes8'
      ? new Int32Array(new Int8Array(column.data.buffer, column.data.byteOffset, column.data.byteLength))
      : toTyped(column.data, Int32Array);
  };
  const float64 = (name: string) => toTyped(cached.get(name)!.data, Float64Array);
  const dictionary = (name: string): DictionaryColumn => ({
    values: JSON.parse(cached.get(name)!.dictionary) as string[],
    codes: int32(name),
  });
  return {
    rowCount,
    responseIds: float64(META.id),
    formVersionIds: int32(META.version),
    final: new Uint8Array(int32(META.final)),
    demo: new Uint8Array(int32(META.demo)),
    interviewer: dictionary(META.interviewer),
    deviceId: dictionary(META.device),
    startedAt: float64(META.started),
    finishedAt: float64(META.finished),
    fields: new Map(fields.map((field) => [field, dictionary(field)])),
    ...(times ? { times: new Map(times.map((field) => [field, float64(timeKey(field))])) } : {}),
  };
}

/** A typed view of a blob's bytes, copied when the blob is not aligned for the element size. */
function toTyped<T extends Int32Array | Float64Array>(
  data: Buffer,
  Kind: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const size = Kind.BYTES_PER_ELEMENT;
  if (data.byteOffset % size === 0) return new Kind(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength / size);
  const copy = new ArrayBuffer(data.byteLength);
  new Uint8Array(copy).set(data);
  return new Kind(copy, 0, data.byteLength / size);
}
