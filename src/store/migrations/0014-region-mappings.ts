import type { Migration } from './migration';

/**
 * The lead's confirmed mapping of a select_one's choices to Kazakhstan's regions, per form and question, for lists
 * whose choices are not the regions' own names (former names, centres, another coding). One row per choice of the
 * list when it was confirmed; a NULL region keeps the choice off the map ("abroad", "other"). Region ids are checked
 * by the code that writes them (src/common/regions), not here: the list of units is data, and the SQL never changes.
 */
export const regionMappings: Migration = {
  id: 14,
  name: 'region-mappings',
  sql: `
    CREATE TABLE region_mappings (
      form_id      TEXT NOT NULL REFERENCES forms(form_id),
      question     TEXT NOT NULL,
      confirmed_at INTEGER NOT NULL,
      PRIMARY KEY (form_id, question)
    ) WITHOUT ROWID;

    CREATE TABLE region_mapping_choices (
      form_id  TEXT NOT NULL,
      question TEXT NOT NULL,
      choice   TEXT NOT NULL,
      region   TEXT CHECK (region IS NULL OR length(region) > 0),
      PRIMARY KEY (form_id, question, choice),
      FOREIGN KEY (form_id, question) REFERENCES region_mappings(form_id, question) ON DELETE CASCADE
    ) WITHOUT ROWID;
  `,
};
