/**
 * Writes synthetic stand-ins for field interviews (not practice data) into a database: what a laptop holds after
 * fieldwork, for the lead's screens to merge, analyse and export. Run with tsx: DATABASE COUNT SEED.
 */
import { openSession } from '../../../src/app/session';
import { addFieldResponses } from '../../fixtures/field-responses';

const [database, count, seed] = process.argv.slice(2);
const session = await openSession({ databasePath: database, transport: 'cli' });
try {
  await addFieldResponses(session, Number(count), Number(seed));
} finally {
  session.close();
}
