import type { Session } from '../app/session';

/** Runs when the app creates its default database: a newcomer should see a real study, not an empty list. */
export async function seedDemoOnFirstRun(session: Session): Promise<void> {
  void session;
}
