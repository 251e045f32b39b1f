import path from 'node:path';
import type { Db } from '../store/database';
import { formOf, getFormVersion } from '../store/forms';
import { existingUuids, insertResponses } from '../store/responses';
import { projectRoot } from '../io/locations';
import { generateDemoResponses, type DemoAnomalies } from './generate';

export const BUNDLED_SURVEY = () => path.join(projectRoot(), 'surveys', 'tolerance-kz.xlsx');

/**
 * Writes `count` synthetic respondents of a published form version, in one transaction, marked as practice (demo)
 * responses: never field data, so left out of packages, exports and analysis unless asked for.
 * Ids come from the seed, so a second run with the same seed finds them all present.
 */
export function insertDemoResponses(
  db: Db,
  formId: string,
  version: string,
  count: number,
  seed: number,
  anomalies?: DemoAnomalies,
): { added: number; skipped: number } {
  const row = getFormVersion(db, formId, version);
  if (!row) throw new Error(`form ${formId} version ${version} is not published`);
  const form = formOf(row);
  const responses = [...generateDemoResponses(form, { count, seed, ...(anomalies ? { anomalies } : {}) })];
  return db
    .transaction(() => {
      const present = existingUuids(
        db,
        responses.map((response) => response.uuid),
      );
      const fresh = responses.filter((response) => !present.has(response.uuid));
      insertResponses(
        db,
        fresh.map((response) => ({
          meta: {
            uuid: response.uuid,
            formVersionId: row.id,
            status: 'final' as const,
            interviewer: response.interviewer,
            deviceId: response.deviceId,
            language: response.language,
            startedAt: response.startedAt,
            finishedAt: response.finishedAt,
            updatedAt: response.finishedAt,
            demo: true,
          },
          values: row.fields.map((field) => response.answers[field] ?? ''),
        })),
      );
      return { added: fresh.length, skipped: responses.length - fresh.length };
    })
    .immediate();
}
