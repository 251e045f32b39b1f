/** Publishes a form definition (a JSON file) into a database, as the designer would. Run with tsx: DATABASE FORM.json. */
import fs from 'node:fs';
import { openSession } from '../../../src/app/session';
import type { FormDefinition } from '../../../src/form';

const [database, formFile] = process.argv.slice(2);
const session = await openSession({ databasePath: database, transport: 'cli' });
try {
  await session.handlers['forms.publish']({ form: JSON.parse(fs.readFileSync(formFile, 'utf8')) as FormDefinition }, () => {});
} finally {
  session.close();
}
