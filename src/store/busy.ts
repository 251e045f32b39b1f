/**
 * When another program holds the database's write lock longer than this connection's busy timeout, SQLite gives
 * up with SQLITE_BUSY ("database is locked"). These say so, and let a write that is only an optimisation skip
 * rather than wait.
 */
import Database from 'better-sqlite3';
import type { Db } from './database';

export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));
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
