import type { Db } from './database';
import { decodeAnswers, encodeAnswerArray, encodeAnswers, type AnswerMap } from './answer-codec';
import { OVER_QUOTA_SQL } from './fieldwork';

export type ResponseStatus = 'draft' | 'final';

export interface ResponseMeta {
  id: number;
  uuid: string;
  formVersionId: number;
  status: ResponseStatus;
  interviewer: string;
  deviceId: string;
  language: string | null;
  startedAt: number;
  finishedAt: number | null;
  updatedAt: number;
  revision: number;
  changeSeq: number;
  position: string | null;
}

export interface StoredResponse extends ResponseMeta {
  answers: AnswerMap;
}

export interface NewResponse {
  uuid: string;
  formVersionId: number;
  status: ResponseStatus;
  interviewer: string;
  deviceId: string;
  language?: string | null;
  startedAt: number;
  finishedAt?: number | null;
  updatedAt?: number;
  revision?: number;
  position?: string | null;
  /** A practice response (the demo study), never field data: see migration 7. */
  demo?: boolean;
}

const META_COLUMNS = `r.id, r.uuid, r.form_version_id AS formVersionId, r.status, r.interviewer, r.device_id AS deviceId,
  r.language, r.started_at AS startedAt, r.finished_at AS finishedAt, r.updated_at AS updatedAt, r.revision,
  r.change_seq AS changeSeq, r.position`;

/** The next value of the database-wide change sequence (see migration 1). */
export function nextChangeSeq(db: Db): number {
  const row = db.prepare('SELECT coalesce(max(change_seq), 0) + 1 AS next FROM responses').get() as { next: number };
  return row.next;
}

/**
 * Writes responses whose answers are already encoded (answer-codec.ts), giving each write the next
 * value of the change sequence. Made once per batch: its statements are prepared once and its
 * sequence counter assumes nothing else writes responses meanwhile, so use it inside one
 * transaction.
 */
export interface ResponseWriter {
  insert(meta: NewResponse, encodedAnswers: string): number;
  /** Replaces every stored fact of a response (a newer or chosen version of it). */
  replace(id: number, meta: NewResponse, encodedAnswers: string): void;
}

export function responseWriter(db: Db): ResponseWriter {
  const insertMeta = db.prepare(
    `INSERT INTO responses (uuid, form_version_id, status, interviewer, device_id, language, started_at, finished_at,
                            updated_at, revision, change_seq, position, demo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertValues = db.prepare('INSERT INTO answers (response_id, answer_values) VALUES (?, ?)');
  const replaceMeta = db.prepare(
    `UPDATE responses SET uuid = ?, form_version_id = ?, status = ?, interviewer = ?, device_id = ?, language = ?,
                          started_at = ?, finished_at = ?, updated_at = ?, revision = ?, change_seq = ?, position = ?, demo = ?
      WHERE id = ?`,
  );
  const replaceValues = db.prepare('UPDATE answers SET answer_values = ? WHERE response_id = ?');
  let changeSeq = nextChangeSeq(db);
  const metaValues = (meta: NewResponse) =>
    [
      meta.uuid,
      meta.formVersionId,
      meta.status,
      meta.interviewer,
      meta.deviceId,
      meta.language ?? null,
      meta.startedAt,
      meta.finishedAt ?? null,
      meta.updatedAt ?? meta.startedAt,
      meta.revision ?? 1,
      changeSeq++,
      meta.position ?? null,
      meta.demo ? 1 : 0,
    ] as const;
  return {
    insert(meta, encodedAnswers) {
      const id = Number(insertMeta.run(...metaValues(meta)).lastInsertRowid);
      insertValues.run(id, encodedAnswers);
      return id;
    },
    replace(id, meta, encodedAnswers) {
      replaceMeta.run(...metaValues(meta), id);
      replaceValues.run(encodedAnswers, id);
    },
  };
}

/**
 * Writes many responses whose answers are already arrays in the version's field order.
 * The caller wraps this in a transaction (it is one step of a larger validated import).
 */
export function insertResponses(db: Db, rows: Iterable<{ meta: NewResponse; values: readonly string[] }>): number {
  const writer = responseWriter(db);
  let count = 0;
  for (const { meta, values } of rows) {
    writer.insert(meta, encodeAnswerArray(values));
    count++;
  }
  return count;
}

export function insertResponse(db: Db, meta: NewResponse, fields: readonly string[], answers: AnswerMap): number {
  const encoded = encodeAnswers(fields, answers);
  return db.transaction(() => responseWriter(db).insert(meta, encoded)).immediate();
}

export function getResponseByUuid(db: Db, uuid: string): StoredResponse | undefined {
  const row = db
    .prepare(
      `SELECT ${META_COLUMNS}, a.answer_values AS answerValues, v.fields
         FROM responses r JOIN answers a ON a.response_id = r.id JOIN form_versions v ON v.id = r.form_version_id
        WHERE r.uuid = ?`,
    )
    .get(uuid) as (ResponseMeta & { answerValues: string; fields: string }) | undefined;
  if (!row) return undefined;
  const { answerValues, fields, ...meta } = row;
  return { ...meta, answers: decodeAnswers(JSON.parse(fields) as string[], answerValues) };
}

export interface ResponseCounts {
  draft: number;
  final: number;
}

/** A form's responses by status: field responses only, or practice ones too. */
export function countResponsesByStatus(db: Db, formId: string, options: { includeDemo?: boolean } = {}): ResponseCounts {
  const rows = db
    .prepare(
      `SELECT r.status, count(*) AS n FROM responses r JOIN form_versions v ON v.id = r.form_version_id
        WHERE v.form_id = ? AND (? OR r.demo = 0) GROUP BY r.status`,
    )
    .all(formId, options.includeDemo ? 1 : 0) as { status: ResponseStatus; n: number }[];
  const counts: ResponseCounts = { draft: 0, final: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Which of these uuids are already stored. */
export function existingUuids(db: Db, uuids: readonly string[]): Set<string> {
  const found = new Set<string>();
  const select = db.prepare('SELECT uuid FROM responses WHERE uuid IN (SELECT value FROM json_each(?))').pluck();
  for (let start = 0; start < uuids.length; start += 10_000) {
    for (const uuid of select.all(JSON.stringify(uuids.slice(start, start + 10_000))) as string[]) found.add(uuid);
  }
  return found;
}

/** A response with the identity of its form version and its answers as stored (answer-codec.ts). */
export interface ResponseRecord extends ResponseMeta {
  formId: string;
  version: string;
  answerValues: string;
}

export interface ResponseFilter {
  formId?: string;
  /** Practice responses too (default: field responses only). */
  includeDemo?: boolean;
  statuses?: readonly ResponseStatus[];
  /** With `statuses`, the drafts ended over quota as well, whatever the statuses: they are ended, not work to continue. */
  withOverQuota?: boolean;
  /** Only responses written after this point of the change sequence. */
  changedAfter?: number;
}

const RECORD_SELECT = `SELECT r.id, r.uuid, r.form_version_id, r.status, r.interviewer, r.device_id, r.language, r.started_at,
    r.finished_at, r.updated_at, r.revision, r.change_seq, r.position, v.form_id, v.version, a.answer_values
  FROM responses r JOIN form_versions v ON v.id = r.form_version_id JOIN answers a ON a.response_id = r.id`;

type RecordCells = [
  number,
  string,
  number,
  ResponseStatus,
  string,
  string,
  string | null,
  number,
  number | null,
  number,
  number,
  number,
  string | null,
  string,
  string,
  string,
];

/** Rows come back as arrays and are named here: better-sqlite3 builds named rows about 40% slower (measured on 100,000). */
function readRecords(db: Db, sql: string, ...parameters: unknown[]): ResponseRecord[] {
  const rows = db
    .prepare(sql)
    .raw(true)
    .all(...parameters) as RecordCells[];
  return rows.map((c) => ({
    id: c[0],
    uuid: c[1],
    formVersionId: c[2],
    status: c[3],
    interviewer: c[4],
    deviceId: c[5],
    language: c[6],
    startedAt: c[7],
    finishedAt: c[8],
    updatedAt: c[9],
    revision: c[10],
    changeSeq: c[11],
    position: c[12],
    formId: c[13],
    version: c[14],
    answerValues: c[15],
  }));
}

/** Responses matching the filter, in the order they were last written. */
export function listResponseRecords(db: Db, filter: ResponseFilter = {}): ResponseRecord[] {
  const conditions = ['r.change_seq > ?'];
  const parameters: (string | number)[] = [filter.changedAfter ?? 0];
  if (!filter.includeDemo) conditions.push('r.demo = 0');
  if (filter.formId !== undefined) {
    conditions.push('v.form_id = ?');
    parameters.push(filter.formId);
  }
  if (filter.statuses) {
    const statuses = `r.status IN (${filter.statuses.map(() => '?').join(', ') || 'NULL'})`;
    conditions.push(filter.withOverQuota ? `(${statuses} OR ${OVER_QUOTA_SQL})` : statuses);
    parameters.push(...filter.statuses);
  }
  return readRecords(db, `${RECORD_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY r.change_seq`, ...parameters);
}

/**
 * The stored responses among the given uuids, found in one query (a merge looks up a whole
 * package's uuids at once instead of one query per response).
 */
export function responseRecordsByUuid(db: Db, uuids: readonly string[]): Map<string, ResponseRecord> {
  const rows = readRecords(db, `${RECORD_SELECT} WHERE r.uuid IN (SELECT value FROM json_each(?))`, JSON.stringify(uuids));
  return new Map(rows.map((row) => [row.uuid, row]));
}

/** The highest change sequence value written so far (0 in an empty database). */
export function highestChangeSeq(db: Db): number {
  return nextChangeSeq(db) - 1;
}

/** Practice responses stored, in all or of one form. */
export function countDemoResponses(db: Db, formId?: string): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM responses r
        WHERE r.demo = 1 AND (? IS NULL OR r.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?))`,
    )
    .get(formId ?? null, formId ?? null) as { n: number };
  return row.n;
}

/** Deletes every practice response (their answers go with them); field responses are untouched. Returns how many. */
export function deleteDemoResponses(db: Db): number {
  return db.prepare('DELETE FROM responses WHERE demo = 1').run().changes;
}
