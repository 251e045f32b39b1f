import type { Session } from '../app/session';

/** How many synthetic respondents a newcomer's first database holds: enough for breakdowns by region. */
export const FIRST_RUN_RESPONSES = 1200;

/** Runs when the app creates its default database: a newcomer should see a real study, not an empty list. */
export async function seedDemoOnFirstRun(session: Session): Promise<void> {
  await session.handlers['demo.seed']({ responses: FIRST_RUN_RESPONSES, seed: 1 }, () => {});
}
