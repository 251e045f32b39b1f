import type { Db } from './database';

/** A lead's confirmed mapping of one question's choices to regions (null: the choice stays off the map). */
export interface StoredRegionMapping {
  formId: string;
  question: string;
  confirmedAt: number;
  regions: Record<string, string | null>;
}

export function regionMappingOf(db: Db, formId: string, question: string): StoredRegionMapping | null {
  const head = db
    .prepare('SELECT confirmed_at AS confirmedAt FROM region_mappings WHERE form_id = ? AND question = ?')
    .get(formId, question) as { confirmedAt: number } | undefined;
  if (!head) return null;
  const rows = db
    .prepare('SELECT choice, region FROM region_mapping_choices WHERE form_id = ? AND question = ? ORDER BY choice')
    .raw()
    .all(formId, question) as [string, string | null][];
  return { formId, question, confirmedAt: head.confirmedAt, regions: Object.fromEntries(rows) };
}

/** The questions of a form that have a confirmed mapping. */
export function mappedQuestions(db: Db, formId: string): string[] {
  return db.prepare('SELECT question FROM region_mappings WHERE form_id = ? ORDER BY question').pluck().all(formId) as string[];
}

/** Replaces a question's mapping whole, in one transaction. */
export function saveRegionMapping(db: Db, mapping: StoredRegionMapping): void {
  const insert = db.prepare('INSERT INTO region_mapping_choices (form_id, question, choice, region) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM region_mappings WHERE form_id = ? AND question = ?').run(mapping.formId, mapping.question);
    db.prepare('INSERT INTO region_mappings (form_id, question, confirmed_at) VALUES (?, ?, ?)').run(
      mapping.formId,
      mapping.question,
      mapping.confirmedAt,
    );
    for (const [choice, region] of Object.entries(mapping.regions)) insert.run(mapping.formId, mapping.question, choice, region);
  }).immediate();
}

/** Forgets a question's mapping; false when there was none. */
export function deleteRegionMapping(db: Db, formId: string, question: string): boolean {
  return db.prepare('DELETE FROM region_mappings WHERE form_id = ? AND question = ?').run(formId, question).changes > 0;
}
