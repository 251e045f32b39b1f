/**
 * The whole-file check (`PRAGMA quick_check`, about 0.8 s per million responses) in a thread of its own, on its own
 * read-only connection: the check reads every page, and in the app's thread it held up every request and IPC call
 * for that long after start. SQLite's WAL lets the check read a consistent snapshot while the app keeps writing.
 *
 * The built thread is out/worker/integrity-thread.js (bundled by scripts/build-cli.mjs beside the import's reader
 * thread, one folder above every bundle that uses it: out/cli, out/main); in a packaged app it is unpacked beside the
 * asar archive. From the sources, integrity-thread-entry.mjs loads the TypeScript through tsx. When no thread can
 * run the check, the caller runs it in its own thread.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IntegrityJob, IntegrityMessage } from './integrity-protocol';

/** What quick_check found (empty when sound), or undefined when the thread could not run it. */
export function quickCheckInThread(databaseFile: string): Promise<string[] | undefined> {
  const entry = integrityThreadEntry();
  if (!entry || databaseFile === ':memory:' || databaseFile === '') return Promise.resolve(undefined);
  let driver: string;
  try {
    // Resolved here, where node_modules is found (inside app.asar too); the thread may run from app.asar.unpacked.
    driver = createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return Promise.resolve(undefined);
  }
  const job: IntegrityJob = { databaseFile, driver };
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(entry, { workerData: job });
    } catch {
      resolve(undefined);
      return;
    }
    // The check must not keep a CLI command or a closing app alive.
    worker.unref();
    let settled = false;
    const settle = (value: string[] | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      void worker.terminate();
    };
    worker.once('message', (message: IntegrityMessage) => settle(message.kind === 'checked' ? message.problems : undefined));
    worker.once('error', () => settle(undefined));
    worker.once('exit', () => settle(undefined));
  });
}

function integrityThreadEntry(): string | undefined {
  if (!import.meta.url.startsWith('file:')) return undefined;
  const here = fileURLToPath(import.meta.url);
  const built = path.join(path.dirname(here), '..', 'worker', 'integrity-thread.js');
  const candidates = [
    built.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`),
    built,
    path.join(path.dirname(here), 'integrity-thread-entry.mjs'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}
