/**
 * Reopens a finalized interview, saves corrected answers and finalizes it again, through the API
 * handlers the interview screens call. Run with tsx: DATABASE UUID ANSWERS_JSON.
 */
import { ignoreProgress } from '../../../src/common/progress';
import { openSession } from '../../../src/app/session';

const [database, uuid, answers] = process.argv.slice(2);
const session = await openSession({ databasePath: database, transport: 'cli', create: false });
try {
  await session.handlers['interviews.reopen']({ uuid }, ignoreProgress);
  await session.handlers['interviews.save']({ uuid, answers: JSON.parse(answers) as Record<string, string> }, ignoreProgress);
  await session.handlers['interviews.finalize']({ uuid }, ignoreProgress);
} finally {
  session.close();
}
