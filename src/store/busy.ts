/**
 * When another program holds the database's write lock longer than this connection's busy timeout, SQLite gives
 * up with SQLITE_BUSY ("database is locked"). These say so, and let a write that is only an optimisation skip
 * rather than wait.
 */
import type { Db } from './database';

/**
 * Read by its name and code rather than `instanceof Database.SqliteError`: the import's reading thread bundles this
 * module, and it must start without loading the native driver.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/** The connection's busy timeout, in milliseconds. */
export function busyTimeoutOf(db: Db): number {
  return Number(db.pragma('busy_timeout', { simple: true }));
}

/** Runs `write` without waiting for the lock: false when another program holds it (nothing was written). */
export function writeUnlessBusy(db: Db, write: () => void): boolean {
  const patience = busyTimeoutOf(db);
  db.pragma('busy_timeout = 0');
  try {
    db.transaction(write).immediate();
    return true;
  } catch (error) {
    if (isDatabaseBusy(error)) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${patience}`);
  }
}
