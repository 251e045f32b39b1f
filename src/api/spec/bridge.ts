import type { ErrorPayload } from '../../common/errors';
import type { Progress } from '../../common/progress';

/** What one call returns across IPC: errors travel as values so their kind and problems survive. */
export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

/** The object the Electron preload puts on window.kelisim. */
export interface KelisimBridge {
  call(name: string, args: unknown, onProgress?: (progress: Progress) => void): Promise<CallOutcome>;
}
