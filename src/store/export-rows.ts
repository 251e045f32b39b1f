import type { Db } from './database';
import { decodeAnswerArray } from './answer-codec';

/** One finalized field response (or practice one, when asked for) as the exports write it: metadata and the answers to the requested fields. */
export interface ExportRow {
  id: number;
  uuid: string;
  formVersionId: number;
  interviewer: string;
  deviceId: string;
  startedAt: number;
  finishedAt: number | null;
  /** Answers aligned with the requested field list; '' where unanswered or absent from the row's version. */
  values: string[];
}

export interface ExportRowQuery {
  formId: string;
  fields: readonly string[];
  /** Rows per query: large enough to amortize the query, small enough to keep memory flat. */
  pageSize?: number;
  /** Practice responses too (default: field responses only). */
  includeDemo?: boolean;
}

const DEFAULT_PAGE_SIZE = 2000;

/** How many finalized responses an export of the form would write now (practice ones only when asked for). */
export function countFinalResponses(db: Db, formId: string, options: { includeDemo?: boolean } = {}): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM responses
        WHERE status = 'final' AND (? OR demo = 0) AND form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)`,
    )
    .get(options.includeDemo ? 1 : 0, formId) as { n: number };
  return row.n;
}

/**
 * The finalized responses of a form in id order (the order they were stored in), answers decoded
 * against each row's own version field list. Reads page by page on the response id instead of
 * holding one statement open: the caller awaits file writes between rows, and an open statement
 * would keep the connection busy for every other request in that time. Responses stored after the
 * export began are left to the next export, so the file matches the counts taken at its start.
 */
export function* finalResponseRows(db: Db, query: ExportRowQuery): Generator<ExportRow> {
  const versions = db.prepare('SELECT id, fields FROM form_versions WHERE form_id = ?').all(query.formId) as {
    id: number;
    fields: string;
  }[];
  const wanted = new Map(query.fields.map((name, index) => [name, index]));
  const positionsByVersion = new Map<number, Int32Array>();
  for (const version of versions) {
    const stored = JSON.parse(version.fields) as string[];
    // For each requested field, its position in this version's stored values, or -1.
    const positions = new Int32Array(query.fields.length).fill(-1);
    stored.forEach((name, position) => {
      const index = wanted.get(name);
      if (index !== undefined) positions[index] = position;
    });
    positionsByVersion.set(version.id, positions);
  }

  const { lastId } = db
    .prepare(
      'SELECT coalesce(max(id), 0) AS lastId FROM responses WHERE form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)',
    )
    .get(query.formId) as { lastId: number };
  const page = db
    .prepare(
      `SELECT r.id, r.uuid, r.form_version_id, r.interviewer, r.device_id, r.started_at, r.finished_at, a.answer_values
         FROM responses r JOIN answers a ON a.response_id = r.id
        WHERE r.id > ? AND r.id <= ? AND r.status = 'final' AND (? OR r.demo = 0)
          AND r.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)
        ORDER BY r.id LIMIT ?`,
    )
    .raw(true);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;

  let after = 0;
  for (;;) {
    const records = page.all(after, lastId, query.includeDemo ? 1 : 0, query.formId, pageSize) as [
      number,
      string,
      number,
      string,
      string,
      number,
      number | null,
      string,
    ][];
    for (const [id, uuid, formVersionId, interviewer, deviceId, startedAt, finishedAt, encoded] of records) {
      const stored = decodeAnswerArray(encoded);
      const positions = positionsByVersion.get(formVersionId)!;
      const values = new Array<string>(positions.length);
      for (let i = 0; i < positions.length; i++) values[i] = positions[i] < 0 ? '' : (stored[positions[i]] ?? '');
      yield { id, uuid, formVersionId, interviewer, deviceId, startedAt, finishedAt, values };
    }
    if (records.length < pageSize) return;
    after = records[records.length - 1][0];
  }
}
