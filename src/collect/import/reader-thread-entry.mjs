// The entry of an import's reading thread (see parallel.ts). Kelisim runs from its TypeScript sources through tsx,
// which a new thread must register again; when that or loading the code fails, the importing thread is told so and
// reads the file itself.
import { workerData } from 'node:worker_threads';

const { port, signal } = workerData;
const post = (message, transfer = []) => {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

let readForImport;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ readForImport } = await import('./reader-thread.ts'));
} catch (error) {
  post({ kind: 'unavailable', reason: String(error instanceof Error ? error.message : error) });
}
if (readForImport) await readForImport(workerData, post);
port.close();
