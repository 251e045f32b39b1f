// The reading thread's entry when Kelisim runs from its TypeScript sources (tests, `node src/cli/bin.mjs`): a new
// thread must register tsx again. A build runs out/worker/reader-thread.js instead (see parallel.ts). When loading
// the code fails, the importing thread is told so and reads the file itself.
import { workerData } from 'node:worker_threads';

try {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./reader-thread-worker.ts');
} catch (error) {
  workerData.port.postMessage({ kind: 'unavailable', reason: String(error instanceof Error ? error.message : error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
  workerData.port.close();
}
