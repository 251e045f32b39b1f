import type { Migration } from './migration';

/**
 * The responses list pages through responses newest first (and filters by start date); without
 * this index every page sorts the whole table, which a lead's merged database makes slow.
 */
export const interviewLists: Migration = {
  id: 4,
  name: 'interview-lists',
  sql: `
    CREATE INDEX responses_by_start ON responses (started_at);
  `,
};
