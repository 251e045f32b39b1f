import type { Db } from './database';
import { decodeAnswers, encodeAnswerArray, encodeAnswers, type AnswerMap } from './answer-codec';

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
 * Writes many responses whose answers are already arrays in the version's field order.
 * The caller wraps this in a transaction (it is one step of a larger validated import).
 */
export function insertResponses(db: Db, rows: Iterable<{ meta: NewResponse; values: readonly string[] }>): number {
  const insertMeta = db.prepare(
    `INSERT INTO responses (uuid, form_version_id, status, interviewer, device_id, language, started_at, finished_at,
                            updated_at, revision, change_seq, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertValues = db.prepare('INSERT INTO answers (response_id, answer_values) VALUES (?, ?)');
  let changeSeq = nextChangeSeq(db);
  let count = 0;
  for (const { meta, values } of rows) {
    const result = insertMeta.run(
      meta.uuid, meta.formVersionId, meta.status, meta.interviewer, meta.deviceId, meta.language ?? null,
      meta.startedAt, meta.finishedAt ?? null, meta.updatedAt ?? meta.startedAt, meta.revision ?? 1, changeSeq++,
      meta.position ?? null,
    );
    insertValues.run(result.lastInsertRowid, encodeAnswerArray(values));
    count++;
  }
  return count;
}

export function insertResponse(db: Db, meta: NewResponse, fields: readonly string[], answers: AnswerMap): number {
  const encoded = encodeAnswers(fields, answers);
  let id = 0;
  db.transaction(() => {
    const result = db
      .prepare(
        `INSERT INTO responses (uuid, form_version_id, status, interviewer, device_id, language, started_at, finished_at,
                                updated_at, revision, change_seq, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        meta.uuid, meta.formVersionId, meta.status, meta.interviewer, meta.deviceId, meta.language ?? null,
        meta.startedAt, meta.finishedAt ?? null, meta.updatedAt ?? meta.startedAt, meta.revision ?? 1, nextChangeSeq(db),
        meta.position ?? null,
      );
    id = Number(result.lastInsertRowid);
    db.prepare('INSERT INTO answers (response_id, answer_values) VALUES (?, ?)').run(id, encoded);
  })();
  return id;
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

export function countResponsesByStatus(db: Db, formId: string): ResponseCounts {
  const rows = db
    .prepare(
      `SELECT r.status, count(*) AS n FROM responses r JOIN form_versions v ON v.id = r.form_version_id
        WHERE v.form_id = ? GROUP BY r.status`,
    )
    .all(formId) as { status: ResponseStatus; n: number }[];
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
