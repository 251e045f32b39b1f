// The integrity-check thread's entry when Kelisim runs from its TypeScript sources (tests, `node src/cli/bin.mjs`):
// a new thread must register tsx again. A build runs out/worker/integrity-thread.js instead (integrity-thread.ts).
import { parentPort } from 'node:worker_threads';

try {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./integrity-thread-worker.ts');
} catch (error) {
  parentPort?.postMessage({ kind: 'unavailable', reason: String(error instanceof Error ? error.message : error) });
}
