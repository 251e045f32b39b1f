import type { Db } from './database';

export type ReviewVerdict = 'keep' | 'reject';

/**
 * The reason stored with an interview ended over quota: a draft with this rejection (analysis leaves it out), which
 * progress, Home and the response list count apart from drafts. A finalized interview a lead rejects with the same
 * words was finished all the same: it counts as rejected, not as over quota.
 */
export const OVER_QUOTA_REASON = 'over quota';

/** SQL: the response `r` is a draft ended over quota. */
export const OVER_QUOTA_SQL = `(r.status = 'draft' AND EXISTS (SELECT 1 FROM response_reviews q
  WHERE q.response_uuid = r.uuid AND q.verdict = 'reject' AND q.reason = '${OVER_QUOTA_REASON}'))`;

export interface StoredReview {
  uuid: string;
  verdict: ReviewVerdict;
  reason: string;
  reviewedAt: number;
}

/** Looks up a response's uuid by its row id: the checks work on row order and report uuids of the few they flag. */
export function responseUuidReader(db: Db): (id: number) => string | undefined {
  const statement = db.prepare('SELECT uuid FROM responses WHERE id = ?').pluck();
  return (id) => statement.get(id) as string | undefined;
}

export function reviewsOfForm(db: Db, formId: string): Map<string, StoredReview> {
  const rows = db
    .prepare(
      `SELECT w.response_uuid AS uuid, w.verdict, w.reason, w.reviewed_at AS reviewedAt
         FROM response_reviews w JOIN responses r ON r.uuid = w.response_uuid
         JOIN form_versions v ON v.id = r.form_version_id WHERE v.form_id = ?`,
    )
    .all(formId) as StoredReview[];
  return new Map(rows.map((row) => [row.uuid, row]));
}

/** Row ids of the rejected responses (by a lead, or ended over quota): kept in the database, left out of analysis. */
export function rejectedResponseIds(db: Db, formId: string): Set<number> {
  return new Set(rejectedResponseReasons(db, formId).keys());
}

/** Row id → the reason of every rejected response of a form (OVER_QUOTA_REASON for those ended over quota). */
export function rejectedResponseReasons(db: Db, formId: string): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT r.id, w.reason FROM response_reviews w JOIN responses r ON r.uuid = w.response_uuid
         JOIN form_versions v ON v.id = r.form_version_id WHERE v.form_id = ? AND w.verdict = 'reject'`,
    )
    .raw()
    .all(formId) as [number, string][];
  return new Map(rows);
}

export function responseExists(db: Db, uuid: string): boolean {
  return db.prepare('SELECT 1 FROM responses WHERE uuid = ?').get(uuid) !== undefined;
}

export function saveReview(db: Db, review: StoredReview): void {
  db.prepare(
    `INSERT INTO response_reviews (response_uuid, verdict, reason, reviewed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (response_uuid) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, reviewed_at = excluded.reviewed_at`,
  ).run(review.uuid, review.verdict, review.reason, review.reviewedAt);
}

export function clearReview(db: Db, uuid: string): boolean {
  return db.prepare('DELETE FROM response_reviews WHERE response_uuid = ?').run(uuid).changes > 0;
}

export interface StoredAssignment {
  id: string;
  interviewer: string;
  target: number;
  location: Record<string, string>;
  quotas: { question: string; choice: string; target: number }[];
}

export function planOfForm(db: Db, formId: string): StoredAssignment[] {
  const rows = db
    .prepare('SELECT assignment_id AS id, interviewer, target, location, quotas FROM plan_assignments WHERE form_id = ? ORDER BY position')
    .all(formId) as { id: string; interviewer: string; target: number; location: string; quotas: string }[];
  return rows.map((row) => ({ ...row, location: JSON.parse(row.location), quotas: JSON.parse(row.quotas) }));
}

/** Replaces a form's plan whole, in one transaction. */
export function replacePlan(db: Db, formId: string, assignments: readonly StoredAssignment[]): void {
  const insert = db.prepare(
    'INSERT INTO plan_assignments (form_id, assignment_id, position, interviewer, target, location, quotas) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.prepare('DELETE FROM plan_assignments WHERE form_id = ?').run(formId);
    assignments.forEach((a, position) =>
      insert.run(formId, a.id, position, a.interviewer, a.target, JSON.stringify(a.location), JSON.stringify(a.quotas)),
    );
  })();
}

/**
 * A laptop's copy of one interviewer's assignments, replaced whole by a newer package from the lead. An
 * assignment of the same id held by someone else is the lead's older split of the work: the new plan wins.
 */
export function replaceInterviewerPlan(db: Db, formId: string, interviewer: string, assignments: readonly StoredAssignment[]): void {
  const insert = db.prepare(
    'INSERT INTO plan_assignments (form_id, assignment_id, position, interviewer, target, location, quotas) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const removeById = db.prepare('DELETE FROM plan_assignments WHERE form_id = ? AND assignment_id = ?');
  db.transaction(() => {
    db.prepare('DELETE FROM plan_assignments WHERE form_id = ? AND interviewer = ?').run(formId, interviewer);
    for (const a of assignments) removeById.run(formId, a.id);
    const start = db
      .prepare('SELECT coalesce(max(position), -1) + 1 FROM plan_assignments WHERE form_id = ?')
      .pluck()
      .get(formId) as number;
    assignments.forEach((a, i) =>
      insert.run(formId, a.id, start + i, a.interviewer, a.target, JSON.stringify(a.location), JSON.stringify(a.quotas)),
    );
  })();
}

/** The reviews of these responses (those that have one). */
export function reviewsOfResponses(db: Db, uuids: readonly string[]): StoredReview[] {
  const get = db.prepare(
    'SELECT response_uuid AS uuid, verdict, reason, reviewed_at AS reviewedAt FROM response_reviews WHERE response_uuid = ?',
  );
  return uuids.flatMap((uuid) => (get.get(uuid) as StoredReview | undefined) ?? []);
}

/**
 * A review from a package, kept when the response is here and the review is the later one; on the same moment a
 * rejection beats a keep, so two databases merging the same reviews in any order agree. Returns whether it was kept.
 */
export function mergeReview(db: Db, review: StoredReview): boolean {
  if (!responseExists(db, review.uuid)) return false;
  const current = db.prepare('SELECT verdict, reviewed_at AS reviewedAt FROM response_reviews WHERE response_uuid = ?').get(review.uuid) as
    { verdict: ReviewVerdict; reviewedAt: number } | undefined;
  const later =
    !current ||
    review.reviewedAt > current.reviewedAt ||
    (review.reviewedAt === current.reviewedAt && review.verdict === 'reject' && current.verdict === 'keep');
  if (later) saveReview(db, review);
  return later;
}

export function interviewerResponseUuids(db: Db, formId: string, interviewer: string): string[] {
  return db
    .prepare('SELECT r.uuid FROM responses r JOIN form_versions v ON v.id = r.form_version_id WHERE v.form_id = ? AND r.interviewer = ?')
    .pluck()
    .all(formId, interviewer) as string[];
}
