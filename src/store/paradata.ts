import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import type { ParadataEvent, ParadataEventKind } from './paradata-types';

/** The interview event log (migration 11): appending a device's events, reading a response's log, merging a package's. */

/** Events a device logs per response before only milestones are kept (src/collect/paradata.ts). */
export const MAX_EVENTS_PER_RESPONSE = 2000;
/** The milestones kept past the cap have a cap of their own: no device's log of a response outgrows this. */
export const MAX_STORED_EVENTS = MAX_EVENTS_PER_RESPONSE + 500;
/** Old and new values are cut to this many characters (an open answer can hold 20,000). */
export const MAX_VALUE_LENGTH = 200;

const KINDS: ReadonlySet<string> = new Set<ParadataEventKind>([
  'start',
  'resume',
  'suspend',
  'question',
  'answer',
  'language',
  'back',
  'jump',
  'finalize',
  'reopen',
]);
export const isParadataKind = (value: unknown): value is ParadataEventKind => typeof value === 'string' && KINDS.has(value);

/** An event to append; its sequence is given by the store. */
export type NewParadataEvent = Omit<ParadataEvent, 'device' | 'seq'>;

/** The device's last event in a response's log: where its sequence stands, and what rapid changes coalesce with. */
export interface LastEvent {
  seq: number;
  event: ParadataEventKind;
  question: string | null;
  anchor: number;
  offset: number;
}

const COLUMNS = `device_id AS device, seq, event, question, old_value AS old, new_value AS new,
  anchor_ms AS anchor, offset_ms AS offset, end_ms AS "end"`;

/** Prepared once per connection: a save appends a few events, and must stay cheap. */
function statements(db: Db): Statements {
  let prepared = cache.get(db);
  if (!prepared) {
    prepared = {
      last: db.prepare(
        `SELECT seq, event, question, anchor_ms AS anchor, offset_ms AS offset FROM paradata_events
          WHERE response_id = ? AND device_id = ? ORDER BY seq DESC LIMIT 1`,
      ),
      insert: db.prepare(
        `INSERT OR IGNORE INTO paradata_events (response_id, device_id, seq, event, question, old_value, new_value, anchor_ms, offset_ms, end_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      coalesce: db.prepare(
        'UPDATE paradata_events SET new_value = ?, anchor_ms = ?, offset_ms = ? WHERE response_id = ? AND device_id = ? AND seq = ?',
      ),
      merge: db.prepare(
        `INSERT OR IGNORE INTO paradata_events (response_id, device_id, seq, event, question, old_value, new_value, anchor_ms, offset_ms, end_ms)
         SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM responses WHERE uuid = ?`,
      ),
      read: db.prepare(`SELECT ${COLUMNS} FROM paradata_events WHERE response_id = ? ORDER BY device_id, seq`),
    };
    cache.set(db, prepared);
  }
  return prepared;
}
interface Statements {
  last: Statement;
  insert: Statement;
  coalesce: Statement;
  merge: Statement;
  read: Statement;
}
const cache = new WeakMap<Db, Statements>();

export function lastParadataEvent(db: Db, responseId: number, device: string): LastEvent | undefined {
  return statements(db).last.get(responseId, device) as LastEvent | undefined;
}

/** Appends events with the given sequence numbers (the caller numbers them after `lastParadataEvent`). */
export function appendParadataEvents(
  db: Db,
  responseId: number,
  device: string,
  events: readonly (NewParadataEvent & { seq: number })[],
): void {
  const { insert } = statements(db);
  for (const e of events) {
    insert.run(responseId, device, e.seq, e.event, e.question, e.old, e.new, e.anchor, e.offset, e.end);
  }
}

/** Rewrites the newest value and time of an answer event (rapid changes of one answer are one event). */
export function coalesceAnswerEvent(
  db: Db,
  responseId: number,
  device: string,
  seq: number,
  change: { new: string | null; anchor: number; offset: number },
): void {
  statements(db).coalesce.run(change.new, change.anchor, change.offset, responseId, device, seq);
}

/** A response's log, per device in sequence order. */
export function readParadata(db: Db, responseId: number): ParadataEvent[] {
  return statements(db).read.all(responseId) as ParadataEvent[];
}

/**
 * Adds a package's events of the response with this uuid; an event already stored (same device and
 * sequence) is kept as it is. Returns how many were new.
 */
export function mergeParadataEvents(db: Db, uuid: string, events: readonly ParadataEvent[]): number {
  const { merge } = statements(db);
  let added = 0;
  for (const e of events) {
    added += merge.run(e.device, e.seq, e.event, e.question, e.old, e.new, e.anchor, e.offset, e.end, uuid).changes;
  }
  return added;
}

/** Time on screen of one question in one response, from its 'question' events, and whether it was answered there. */
export interface QuestionTime {
  responseId: number;
  question: string;
  shownMs: number;
  answered: number;
}

/**
 * Per response of the form and question: the time it was on screen (all its showings added up) and
 * whether an answer to it was logged. Summed in SQL: the checks need totals, not events.
 */
export function questionTimesOfForm(db: Db, formId: string): QuestionTime[] {
  return db
    .prepare(
      `SELECT e.response_id AS responseId, e.question,
              coalesce(sum(CASE WHEN e.event = 'question' THEN e.end_ms - e.offset_ms END), 0) AS shownMs,
              max(e.event = 'answer') AS answered
         FROM paradata_events e
        WHERE e.response_id IN (SELECT r.id FROM responses r JOIN form_versions v ON v.id = r.form_version_id WHERE v.form_id = ?)
          AND e.event IN ('question', 'answer') AND e.question IS NOT NULL
        GROUP BY e.response_id, e.question`,
    )
    .all(formId) as QuestionTime[];
}

/** What the log table takes in the file: its pages and its rows' own bytes (SQLite's dbstat). */
export function paradataStorage(db: Db): { pageBytes: number; payloadBytes: number } {
  const row = db
    .prepare(
      "SELECT coalesce(sum(pgsize), 0) AS pageBytes, coalesce(sum(payload), 0) AS payloadBytes FROM dbstat WHERE name = 'paradata_events'",
    )
    .get() as { pageBytes: number; payloadBytes: number };
  return row;
}

/** The logs of many responses by row id (a package's, a workbook's), read in one pass per page of ids. */
export function paradataOfResponses(db: Db, responseIds: readonly number[]): Map<number, ParadataEvent[]> {
  const byResponse = new Map<number, ParadataEvent[]>();
  const PAGE = 500;
  for (let start = 0; start < responseIds.length; start += PAGE) {
    const page = responseIds.slice(start, start + PAGE);
    const rows = db
      .prepare(
        `SELECT response_id AS responseId, ${COLUMNS} FROM paradata_events
          WHERE response_id IN (${page.map(() => '?').join(',')}) ORDER BY response_id, device_id, seq`,
      )
      .all(...page) as (ParadataEvent & { responseId: number })[];
    for (const { responseId, ...event } of rows) {
      let list = byResponse.get(responseId);
      if (!list) byResponse.set(responseId, (list = []));
      list.push(event);
    }
  }
  return byResponse;
}
