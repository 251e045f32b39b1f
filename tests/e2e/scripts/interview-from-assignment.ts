/**
 * An interviewer on a laptop starts an interview from an assignment, answers and (unless told to stop at a
 * question) finalizes it, through the API handlers the interview screens call. Run with tsx:
 * DATABASE FORM ASSIGNMENT INTERVIEWER ANSWERS_JSON [STOP_AT]. Prints the interview's uuid.
 */
import { ignoreProgress } from '../../../src/common/progress';
import { openSession } from '../../../src/app/session';

const [database, formId, assignmentId, interviewer, answers, stopAt] = process.argv.slice(2);
const session = await openSession({ databasePath: database, transport: 'cli', create: false });
try {
  await session.handlers['settings.update']({ interviewer }, ignoreProgress);
  const { uuid } = await session.handlers['interviews.start']({ formId, assignmentId }, ignoreProgress);
  await session.handlers['interviews.save']({ uuid, answers: JSON.parse(answers) as Record<string, string>, ...(stopAt ? { position: stopAt } : {}) }, ignoreProgress);
  if (!stopAt) await session.handlers['interviews.finalize']({ uuid }, ignoreProgress);
  process.stdout.write(uuid);
} finally {
  session.close();
}
