// Publishes a form model (JSON file) into a database through the API, for end-to-end tests of
// question types the XLSForm reader of this branch does not read yet. Usage: publish-form.mjs DB FORM.json
import { register } from 'tsx/esm/api';

register();
const [database, formFile] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const { openSession } = await import('../../../src/app/session.ts');
const session = await openSession({ databasePath: database, transport: 'cli' });
try {
  await session.handlers['forms.publish']({ form: JSON.parse(readFileSync(formFile, 'utf8')) }, () => {});
} finally {
  session.close();
}
