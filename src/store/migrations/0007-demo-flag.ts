import type { Migration } from './migration';

/**
 * Practice (demo) responses are marked in the store, so that they can be shown as such wherever responses are
 * counted and left out of packages, exports, reports and analysis unless the user asks for them. A flag, not a
 * convention on names: a field laptop's device id or interviewer name says nothing about whether an answer is real.
 *
 * Databases made before this step may already hold the synthetic responses the old first run added silently. Those
 * were all written by the demo generator under its own device ids ("dev-demo-01" … "dev-demo-99"), which a real
 * installation can never have (its id is "dev-" and hexadecimal digits of a UUID), so exactly those are marked once,
 * here; from now on only the flag decides.
 *
 * The partial index keeps counting and removing practice responses instant however many field responses there are.
 */
export const demoFlag: Migration = {
  id: 7,
  name: 'demo-flag',
  sql: `
    ALTER TABLE responses ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));
    UPDATE responses SET demo = 1 WHERE device_id GLOB 'dev-demo-[0-9][0-9]';
    CREATE INDEX responses_demo ON responses (form_version_id) WHERE demo = 1;
  `,
};
