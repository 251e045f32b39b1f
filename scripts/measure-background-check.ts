/**
 * How long the app's thread stops answering during the whole-file check, in the app thread (as before) and in its
 * own thread (as now): a 5 ms timer runs meanwhile and the longest gap between its ticks is what a request or an
 * IPC call waits at worst. Run with tsx: DATABASE.
 */
import { openSession } from '../src/app/session';
import { checkDatabaseInThread, checkDatabaseNow } from '../src/api/handlers/app';

const database = process.argv[2];
const session = await openSession({ databasePath: database, transport: 'cli' });

async function longestPause(run: () => unknown): Promise<{ seconds: number; pauseMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return { seconds, pauseMs: Math.round(longest) };
}

try {
  const inAppThread = await longestPause(() => checkDatabaseNow(session.context));
  const inOwnThread = await longestPause(() => checkDatabaseInThread(session.context));
  console.log(JSON.stringify({ database, inAppThread, inOwnThread }));
} finally {
  session.close();
}
