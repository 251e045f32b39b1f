import type { Db } from '../store/database';
import { setSetting } from '../store/settings';

/** How many synthetic respondents the practice study holds: enough for breakdowns by region. */
export const PRACTICE_STUDY_RESPONSES = 1200;
export const PRACTICE_STUDY_SEED = 1;

/** Set when the app creates its default database; removed once the user chose how the study starts. */
export const START_PENDING_SETTING = 'study_start_pending';

/**
 * Runs when the app creates its default database. Nothing is seeded silently: the first screen offers an empty
 * database or the practice study (`demo.start`), whose responses are marked as practice data.
 */
export async function offerStudyStartOnFirstRun(session: { db: Db }): Promise<void> {
  setSetting(session.db, START_PENDING_SETTING, '1');
}
