/**
 * The integrity-check thread (integrity-thread.ts): opens the database read-only, runs quick_check, posts the
 * findings. Built into out/worker/integrity-thread.js; from the sources integrity-thread-entry.mjs loads it.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { IntegrityJob, IntegrityMessage } from './integrity-protocol';
import { quickCheckProblems, type PragmaRunner } from './quick-check';

type Driver = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => PragmaRunner & { close(): void };

const job = workerData as IntegrityJob;
let message: IntegrityMessage;
try {
  const Database = createRequire(import.meta.url)(job.driver) as Driver;
  const db = new Database(job.databaseFile, { readonly: true, fileMustExist: true });
  try {
    message = { kind: 'checked', problems: quickCheckProblems(db) };
  } finally {
    db.close();
  }
} catch (error) {
  message = { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(message);
