/** What the importing thread and an import's reading thread say to each other (see parallel.ts). */
import type { MessagePort } from 'node:worker_threads';
import type { ErrorPayload, Problem } from '../../common/errors';
import type { ResponseColumns } from '../../store/columns';
import type { FormVersionRow } from '../../store/forms';

export type StoredVersion = Pick<FormVersionRow, 'formId' | 'version' | 'definition'>;
import type { TableSource } from './data-table';
import type { PreparedBatch, PreparerSetup } from './row-preparer';

/** Valid rows per batch handed to the writer. */
export const WRITE_BATCH = 10_000;

/** What the reading thread is given. */
export interface ReaderJob {
  setup: PreparerSetup;
  /** The form version, its definition as stored (JSON text travels to a thread as it is). */
  version: StoredVersion;
  source: TableSource;
  port: MessagePort;
  /** Counts the messages posted, so that this thread can sleep until the next one. */
  signal: Int32Array;
}

export type ReaderMessage =
  | { kind: 'ready' }
  | { kind: 'batch'; batch: PreparedBatch; rows: number }
  | { kind: 'done'; rows: number; cleared: number; skipped: number; errors: Problem[]; failure?: ErrorPayload; columns?: ResponseColumns }
  | { kind: 'error'; error: ErrorPayload }
  | { kind: 'unavailable'; reason: string };
