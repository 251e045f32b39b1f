/** The copy of the database made before a merge changes it. */
import fs from 'node:fs';
import path from 'node:path';
import { codedError } from '../common/errors';
import { localStamp } from '../common/stamps';
import { unusedPath } from '../io/locations';
import { createPrivateFile, makePrivateFile, partialPath } from '../io/private-files';
import type { ProgressReporter } from '../common/progress';
import type { Db } from '../store/database';

/** Pages copied per backup step (4 KiB pages: 8 MiB a step, a progress report each). */
const PAGES_PER_STEP = 2048;

/** `study.db.backup-20261128-141502.db` by local time, numbered when that name is taken. */
export function backupPath(databasePath: string, at: Date): string {
  return unusedPath(`${databasePath}.backup-${localStamp(at, true)}`, '.db');
}

/**
 * Copies the open database next to itself with SQLite's online backup (consistent even in WAL
 * mode), under a temporary name renamed when complete. Returns where it went; null for an
 * in-memory database, which has no "next to".
 */
export async function backupDatabase(db: Db, databasePath: string, at: Date, progress: ProgressReporter): Promise<string | null> {
  if (databasePath === ':memory:') return null;
  const target = backupPath(databasePath, at);
  const temporary = partialPath(target);
  try {
    // The copy holds every answer: readable by the user only from its first page on.
    createPrivateFile(temporary);
    // better-sqlite3 reports before each step; the end is reported here.
    let pages = 0;
    await db.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        progress({ phase: 'backup', done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
    makePrivateFile(temporary);
    fs.renameSync(temporary, target);
    progress({ phase: 'backup', done: pages, total: pages });
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw codedError('bad-input', 'package-backup-failed', { target, detail: (error as Error).message });
  }
  return target;
}

/**
 * A copy of the database Kelisim made beside it (before a merge, or before an upgrade: src/store/database.ts), with
 * links followed; undefined for any other file.
 */
export function backupBeside(databasePath: string, file: string): string | undefined {
  if (databasePath === ':memory:' || typeof file !== 'string' || file === '') return undefined;
  let database: string;
  let resolved: string;
  try {
    database = fs.realpathSync(databasePath);
    resolved = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  const name = path.basename(resolved);
  const prefix = `${path.basename(database)}.`;
  const isBackup =
    path.dirname(resolved) === path.dirname(database) &&
    name.startsWith(prefix) &&
    /^(backup|before-upgrade)-\d{8}-\d{4,6}(-\d+)?\.db$/.test(name.slice(prefix.length));
  return isBackup && fs.statSync(resolved).isFile() ? resolved : undefined;
}
