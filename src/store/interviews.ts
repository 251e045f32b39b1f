import type { Db } from './database';
import type { ResponseMeta, ResponseStatus } from './responses';
import { nextChangeSeq } from './responses';
import { OVER_QUOTA_SQL } from './fieldwork';

/**
 * The writes of an interview in progress: each is one small statement run inside the caller's
 * transaction, so an answer the interviewer sees saved is in the database file (synchronous = FULL).
 */

/** One response with what an interview needs to read and rewrite it. */
export interface InterviewRecord extends ResponseMeta {
  /** 1 for a practice (demo) response. */
  demo: number;
  formId: string;
  version: string;
  title: string;
  /** The version's stored fields, in the order the answers are encoded. */
  fields: string[];
  /** The encoded answers (answer-codec.ts). */
  answerValues: string;
}

export function getInterviewRecord(db: Db, uuid: string): InterviewRecord | undefined {
  const row = db
    .prepare(
      `SELECT r.id, r.uuid, r.form_version_id AS formVersionId, r.status, r.interviewer, r.device_id AS deviceId,
              r.language, r.started_at AS startedAt, r.finished_at AS finishedAt, r.updated_at AS updatedAt,
              r.revision, r.change_seq AS changeSeq, r.position, r.demo,
              v.form_id AS formId, v.version, f.title, v.fields, a.answer_values AS answerValues
         FROM responses r
         JOIN answers a ON a.response_id = r.id
         JOIN form_versions v ON v.id = r.form_version_id
         JOIN forms f ON f.form_id = v.form_id
        WHERE r.uuid = ?`,
    )
    .get(uuid) as (Omit<InterviewRecord, 'fields'> & { fields: string }) | undefined;
  return row && { ...row, fields: JSON.parse(row.fields) as string[] };
}

export interface AnswerWrite {
  /** The new encoded answers; absent when only the language changes. */
  answerValues?: string;
  language?: string;
  position?: string | null;
  updatedAt: number;
}

/** Rewrites a draft's answers and/or language: a change, so the change sequence advances. */
export function writeDraftChange(db: Db, id: number, write: AnswerWrite): { changeSeq: number } {
  const changeSeq = nextChangeSeq(db);
  db.prepare(
    `UPDATE responses SET updated_at = ?, change_seq = ?,
            language = coalesce(?, language),
            position = CASE WHEN ? THEN ? ELSE position END
      WHERE id = ?`,
  ).run(write.updatedAt, changeSeq, write.language ?? null, write.position !== undefined ? 1 : 0, write.position ?? null, id);
  if (write.answerValues !== undefined) {
    db.prepare('UPDATE answers SET answer_values = ? WHERE response_id = ?').run(write.answerValues, id);
  }
  return { changeSeq };
}

/**
 * Where the interviewer is. Moving between questions changes nothing a package or an analysis
 * reads, so it neither advances the change sequence nor the update time.
 */
export function writePosition(db: Db, id: number, position: string | null): void {
  db.prepare('UPDATE responses SET position = ? WHERE id = ?').run(position, id);
}

export interface StatusWrite {
  status: ResponseStatus;
  answerValues: string;
  finishedAt: number | null;
  revision: number;
  updatedAt: number;
}

/** Finalizes or reopens a response: status, answers, finish time and revision in one change. */
export function writeStatusChange(db: Db, id: number, write: StatusWrite): { changeSeq: number } {
  const changeSeq = nextChangeSeq(db);
  db.prepare('UPDATE responses SET status = ?, finished_at = ?, revision = ?, updated_at = ?, change_seq = ? WHERE id = ?').run(
    write.status,
    write.finishedAt,
    write.revision,
    write.updatedAt,
    changeSeq,
    id,
  );
  db.prepare('UPDATE answers SET answer_values = ? WHERE response_id = ?').run(write.answerValues, id);
  return { changeSeq };
}

/** Removes a response and its answers (a discarded draft). */
export function deleteResponse(db: Db, id: number): void {
  db.prepare('DELETE FROM responses WHERE id = ?').run(id);
}

// ---------------------------------------------------------------------------------------------
// Listing

export interface ResponseListFilter {
  formId?: string;
  status?: ResponseStatus;
  interviewer?: string;
  /** Started at or after (epoch ms). */
  startedFrom?: number;
  /** Started before (epoch ms). */
  startedBefore?: number;
  /**
   * An answer the response must have, as stored, and where each version keeps that field: the
   * form version id → the field's position in its encoded answers. Versions without the field
   * never match.
   */
  answer?: { positions: Record<number, number>; value: string };
  /** true: only interviews ended over quota; false: none of them; absent: both. */
  overQuota?: boolean;
}

export interface ResponseListRow extends ResponseMeta {
  demo: number;
  formId: string;
  version: string;
  title: string;
  /** The answer at the position `ListOptions.show` names for the row's version, '' when there is none. */
  shown: string;
  /** 1 when the interview was ended over quota. */
  overQuota: number;
}

export interface ListOptions {
  offset: number;
  limit: number;
  /** Where each version keeps one field to read back with every row (as in `answer`). */
  show?: Record<number, number>;
}

/** Reads the answer at a position of the encoded answers, for filters and listings in SQL. */
const ANSWER_AT = 'kelisim_answer_at';
const SEPARATOR = '\x1f';

function registerAnswerAt(db: Db): void {
  db.function(ANSWER_AT, { deterministic: true }, (encoded: unknown, position: unknown) => {
    if (typeof encoded !== 'string' || typeof position !== 'number') return null;
    let start = 0;
    for (let i = 0; i < position; i++) {
      const next = encoded.indexOf(SEPARATOR, start);
      if (next === -1) return null;
      start = next + 1;
    }
    const end = encoded.indexOf(SEPARATOR, start);
    return end === -1 ? encoded.slice(start) : encoded.slice(start, end);
  });
}

const registered = new WeakSet<Db>();

/** Makes the function available on this connection (once). */
function ensureAnswerAt(db: Db): void {
  if (registered.has(db)) return;
  registerAnswerAt(db);
  registered.add(db);
}

function whereClause(db: Db, filter: ResponseListFilter): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const given: [string, unknown][] = [
    ['v.form_id = ?', filter.formId],
    ['r.status = ?', filter.status],
    ['r.interviewer = ?', filter.interviewer],
    ['r.started_at >= ?', filter.startedFrom],
    ['r.started_at < ?', filter.startedBefore],
  ];
  for (const [condition, value] of given) {
    if (value === undefined) continue;
    conditions.push(condition);
    params.push(value);
  }
  if (filter.answer) {
    ensureAnswerAt(db);
    conditions.push(`${ANSWER_AT}(a.answer_values, json_extract(?, '$."' || r.form_version_id || '"')) = ?`);
    params.push(JSON.stringify(filter.answer.positions), filter.answer.value);
  }
  if (filter.overQuota !== undefined) conditions.push(filter.overQuota ? OVER_QUOTA_SQL : `NOT ${OVER_QUOTA_SQL}`);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

const FROM = `FROM responses r
  JOIN answers a ON a.response_id = r.id
  JOIN form_versions v ON v.id = r.form_version_id
  JOIN forms f ON f.form_id = v.form_id`;

/** Responses matching the filter, most recently started first, one page of them. */
export function listResponseRows(db: Db, filter: ResponseListFilter, options: ListOptions): ResponseListRow[] {
  const where = whereClause(db, filter);
  if (options.show) ensureAnswerAt(db);
  const shown = options.show ? `coalesce(${ANSWER_AT}(a.answer_values, json_extract(?, '$."' || r.form_version_id || '"')), '')` : "''";
  const shownParams = options.show ? [JSON.stringify(options.show)] : [];
  return db
    .prepare(
      `SELECT r.id, r.uuid, r.form_version_id AS formVersionId, r.status, r.interviewer, r.device_id AS deviceId,
              r.language, r.started_at AS startedAt, r.finished_at AS finishedAt, r.updated_at AS updatedAt,
              r.revision, r.change_seq AS changeSeq, r.position, r.demo,
              v.form_id AS formId, v.version, f.title, ${shown} AS shown, ${OVER_QUOTA_SQL} AS overQuota
         ${FROM} ${where.sql}
        ORDER BY r.started_at DESC, r.id DESC
        LIMIT ? OFFSET ?`,
    )
    .all(...shownParams, ...where.params, options.limit, options.offset) as ResponseListRow[];
}

/** Counts of the matching responses; `drafts` leaves out the drafts ended over quota, which `overQuota` counts. */
export function countResponseRows(
  db: Db,
  filter: ResponseListFilter,
): { total: number; drafts: number; finals: number; overQuota: number; demo: number } {
  const where = whereClause(db, filter);
  const row = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(r.status = 'draft' AND NOT ${OVER_QUOTA_SQL}), 0) AS drafts,
              coalesce(sum(r.status = 'final'), 0) AS finals, coalesce(sum(${OVER_QUOTA_SQL}), 0) AS overQuota,
              coalesce(sum(r.demo), 0) AS demo
         ${FROM} ${where.sql}`,
    )
    .get(...where.params) as { total: number; drafts: number; finals: number; overQuota: number; demo: number };
  return row;
}

/** The interviewers who recorded responses (of one form, or of all), for a filter's choices. */
export function responseInterviewers(db: Db, formId?: string): string[] {
  return db
    .prepare(
      `SELECT DISTINCT r.interviewer FROM responses r JOIN form_versions v ON v.id = r.form_version_id
        WHERE (? IS NULL OR v.form_id = ?) AND r.interviewer <> '' ORDER BY r.interviewer`,
    )
    .pluck()
    .all(formId ?? null, formId ?? null) as string[];
}

/** The versions of a form (or every version) with their stored fields, to locate a field per version. */
export function versionFieldLists(db: Db, formId?: string): { id: number; formId: string; fields: string[] }[] {
  const rows = db
    .prepare('SELECT id, form_id AS formId, fields FROM form_versions WHERE (? IS NULL OR form_id = ?) ORDER BY id')
    .all(formId ?? null, formId ?? null) as { id: number; formId: string; fields: string }[];
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
}

/**
 * The encoded answers of the response of this form (any version) saved last on this database,
 * other than `exceptUuid`: what ${last-saved#name} reads. Undefined when there is none.
 */
export function lastSavedResponse(
  db: Db,
  formId: string,
  exceptUuid: string | null,
): { fields: string[]; answerValues: string } | undefined {
  const row = db
    .prepare(
      `SELECT v.fields, a.answer_values AS answerValues
         FROM responses r
         JOIN answers a ON a.response_id = r.id
         JOIN form_versions v ON v.id = r.form_version_id
        WHERE v.form_id = ? AND r.uuid IS NOT ?
        ORDER BY r.updated_at DESC, r.id DESC
        LIMIT 1`,
    )
    .get(formId, exceptUuid) as { fields: string; answerValues: string } | undefined;
  return row && { fields: JSON.parse(row.fields) as string[], answerValues: row.answerValues };
}
