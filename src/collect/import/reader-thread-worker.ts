/**
 * The reading thread's entry in a build: `npm run build` bundles this file, with everything it uses, into
 * out/worker/reader-thread.js (see parallel.ts). From the sources, reader-thread-entry.mjs loads it through tsx.
 */
import { workerData } from 'node:worker_threads';
import type { ReaderJob } from './reader-protocol';
import { readForImport, type Post } from './reader-thread';

const job = workerData as ReaderJob;
const post: Post = (message, transfer = []) => {
  job.port.postMessage(message, transfer);
  Atomics.add(job.signal, 0, 1);
  Atomics.notify(job.signal, 0);
};

await readForImport(job, post);
job.port.close();
