/**
 * A large respondents CSV read in a second thread: there the rows are parsed, checked and encoded (row-preparer.ts),
 * while this thread writes the batches it receives into the database, in one transaction as before. On a two-core
 * laptop the checking and the writing then overlap instead of taking turns.
 *
 * This thread waits for the next batch synchronously (Atomics.wait and receiveMessageOnPort), so the transaction
 * never spans an await: no other request on the same connection can slip into it. When the reading thread cannot
 * start (its entry file is missing or it cannot load the code), the caller reads in its own thread instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { ErrorPayload } from '../../common/errors';
import { codedError, errorFromPayload, type KelisimError } from '../../common/errors';
import type { ProgressReporter } from '../../common/progress';
import type { Db } from '../../store/database';
import type { TableSource } from './data-table';
import type { PreparerSetup } from './row-preparer';
import { BatchWriter, type ImportOutcome } from './batch-writer';
import type { ReaderJob, ReaderMessage, StoredVersion } from './reader-protocol';

const STARTUP_MS = 30_000;
/** A batch takes a fraction of a second; this long without one means the reading thread died. */
const SILENCE_MS = 120_000;

/** The import's outcome, or undefined when the reading thread could not start (then read in this thread). */
export function importThroughReaderThread(
  db: Db,
  setup: PreparerSetup,
  stored: StoredVersion,
  source: TableSource,
  report: ProgressReporter,
): ImportOutcome | undefined {
  const entry = readerThreadEntry();
  if (!entry) return undefined;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const job: ReaderJob = {
    setup,
    version: { formId: stored.formId, version: stored.version, definition: stored.definition },
    source,
    port: port2,
    signal,
  };
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData: job, transferList: [port2] });
  } catch {
    return undefined;
  }
  const receive = (patience: number): ReaderMessage => {
    const deadline = Date.now() + patience;
    for (;;) {
      const seen = Atomics.load(signal, 0);
      const received = receiveMessageOnPort(port1);
      if (received) return received.message as ReaderMessage;
      const left = deadline - Date.now();
      if (left <= 0) throw codedError('internal', 'import-reader-silent', {});
      Atomics.wait(signal, 0, seen, Math.min(left, 50));
    }
  };
  try {
    const first = receive(STARTUP_MS);
    if (first.kind === 'unavailable') return undefined;
    if (first.kind === 'error') throw errorFrom(first.error);
    const writer = new BatchWriter(db, setup, report);
    let outcome: ImportOutcome | undefined;
    db.transaction(() => {
      while (!outcome) {
        const message = receive(SILENCE_MS);
        if (message.kind === 'batch') {
          report({ phase: 'read', done: message.rows, total: 0 });
          writer.write(message.batch);
        } else if (message.kind === 'done') {
          if (message.failure) throw errorFrom(message.failure);
          writer.cache(message.columns);
          outcome = { imported: writer.imported, skipped: message.skipped, errors: message.errors, cleared: message.cleared };
        } else if (message.kind === 'error') {
          throw errorFrom(message.error);
        }
      }
    }).immediate();
    return outcome;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/**
 * The built thread (out/worker/reader-thread.js, self-contained) when this code runs from a build: every bundle of
 * the CLI and of the Electron main process sits one folder below out/. In a packaged app the file is unpacked beside
 * the asar archive (electron-builder's asarUnpack). From the sources: the entry that loads them through tsx.
 */
function readerThreadEntry(): string | undefined {
  if (!import.meta.url.startsWith('file:')) return undefined;
  const here = fileURLToPath(import.meta.url);
  const built = path.join(path.dirname(here), '..', 'worker', 'reader-thread.js');
  const candidates = [
    built.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`),
    built,
    path.join(path.dirname(here), 'reader-thread-entry.mjs'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}

function errorFrom(payload: ErrorPayload): KelisimError {
  return errorFromPayload(payload);
}
