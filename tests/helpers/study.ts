/** A study database for one test: a fresh temp folder with these forms published through the API. */
import { openSession } from '../../src/app/session';
import type { FormDefinition } from '../../src/form';
import { tempFolder } from './temp';

/** `temp` holds `db` (study.db), closed again after publishing; the caller removes `temp` (temp.cleanup()). */
export async function studyWithForms(
  forms: FormDefinition[],
  prefix?: string,
): Promise<{ temp: ReturnType<typeof tempFolder>; db: string }> {
  const temp = tempFolder(prefix);
  const db = temp.file('study.db');
  const session = await openSession({ databasePath: db, transport: 'cli' });
  try {
    for (const form of forms) await session.handlers['forms.publish']({ form }, () => {});
  } finally {
    session.close();
  }
  return { temp, db };
}
