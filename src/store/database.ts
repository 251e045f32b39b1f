import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { codedError, KelisimError } from '../common/errors';
import { localStamp } from '../common/stamps';
import { migrations as knownMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { quickCheckProblems } from './quick-check';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the database (with its parent folder's permission) when the file does not exist. */
  create?: boolean;
  readonly?: boolean;
  /** The migrations to apply; tests pass a longer list to simulate a newer version. */
  migrations?: readonly Migration[];
  /**
   * Path of a better-sqlite3 native binary built for another ABI. The Electron main process passes
   * the Electron build here (see README, "better-sqlite3 under Electron"); Node never needs it.
   */
  nativeBinding?: string;
  /** How long a write waits for another program's write to finish before it gives up (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

/**
 * Two programs may share one file (`kelisim serve` and a CLI import): every connection waits this long for the
 * other's write, and write transactions begin IMMEDIATE (`db.transaction(fn).immediate()`), taking the write lock
 * before they read, so that they queue instead of failing when a read would have to become a write. An interview
 * save then waits out an import of a few hundred thousand rows.
 */
export const BUSY_TIMEOUT_MS = 60_000;

const SQLITE_HEADER = 'SQLite format 3\0';
const PAGE_SIZE = 16384;

/**
 * Opens (or creates) a Kelisim database. Nothing is written until the file has been checked: it
 * must be SQLite (its header) and carry a migration record that is a prefix of the migrations this
 * version knows (its schema). A refused file is left byte-for-byte as it was. The whole-file
 * `PRAGMA quick_check` (about 0.8 s per million responses) is not run at every open but where it
 * matters: before an upgrade, before a merge, after an import, by `kelisim check` and in the
 * background when the app starts (see checkIntegrity). An older database is upgraded after a
 * backup beside it. A new database is built under a temporary name and renamed into place, so a
 * failure never leaves half a file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? knownMigrations;
  // better-sqlite3's `timeout` is SQLite's busy timeout: set on every connection, read-only ones included.
  const timeout = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const driverOptions = { timeout, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
  if (file === ':memory:') {
    const db = new Database(':memory:', driverOptions);
    configure(db);
    applyMigrations(db, [], migrations);
    return db;
  }

  const stat = statOrNull(file);
  if (stat?.isDirectory()) throw codedError('bad-input', 'database-is-folder', { file });
  if (!stat || stat.size === 0) {
    if (!options.create) {
      throw codedError('not-found', 'database-missing', { file });
    }
    return createDatabase(file, migrations, driverOptions);
  }

  const applied = inspectExisting(file, migrations, driverOptions, options.readonly ? undefined : new Date());
  if (options.readonly) {
    if (applied.length < migrations.length) {
      throw codedError('bad-input', 'database-needs-upgrade', { file });
    }
    const db = new Database(file, { ...driverOptions, readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    return db;
  }
  let db: Db;
  try {
    db = new Database(file, { ...driverOptions, fileMustExist: true });
  } catch (error) {
    throw describeOpenFailure(file, error);
  }
  try {
    configure(db);
    applyMigrations(db, applied, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: an answer acknowledged to the interviewer survives a power cut, not just a crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * Reads an existing file without writing to it; returns the migrations recorded in it. When it records fewer than
 * this version knows and `upgradeAt` is given, checks it whole and copies it beside itself before anything is changed.
 */
function inspectExisting(file: string, migrations: readonly Migration[], driverOptions: object, upgradeAt?: Date): Migration[] {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw codedError('bad-input', 'database-not-sqlite', { file });
  }

  let db: Db;
  try {
    db = new Database(file, { ...driverOptions, readonly: true, fileMustExist: true });
  } catch (error) {
    throw describeOpenFailure(file, error);
  }
  try {
    let tables: string[];
    try {
      tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    } catch (error) {
      throw describeOpenFailure(file, error);
    }
    if (!tables.includes('schema_migrations')) {
      if (tables.length > 0) {
        throw codedError('bad-input', 'database-of-another-program', { file });
      }
      return [];
    }
    const recorded = db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[];
    recorded.forEach((row, index) => {
      const known = migrations[index];
      if (!known || known.id !== row.id || known.name !== row.name) {
        throw codedError('bad-input', 'database-from-newer-version', { file, step: row.id, name: row.name });
      }
    });
    if (upgradeAt && recorded.length < migrations.length) {
      assertIntact(db, file, 'database-damaged-untouched');
      backUpBeforeUpgrade(db, file, upgradeAt);
    }
    return migrations.slice(0, recorded.length);
  } finally {
    db.close();
  }
}

/**
 * `PRAGMA quick_check` over the whole file: an empty list when it is sound, otherwise what SQLite found
 * (at most 100 lines). Reads every page: about 0.8 s per million responses.
 */
export function integrityProblems(db: Db): string[] {
  return quickCheckProblems(db);
}

/** Throws the coded `database-damaged` error (or the given variant) when quick_check finds anything. */
export function assertIntact(db: Db, file: string, code: 'database-damaged' | 'database-damaged-untouched' = 'database-damaged'): void {
  const problems = integrityProblems(db);
  if (problems.length) throw codedError('bad-input', code, { file, detail: problems.slice(0, 3).join('; ') });
}

/** `study.db.before-upgrade-20261204-163512.db` by local time, numbered when that name is taken. */
export function upgradeBackupPath(file: string, at: Date, from = 1): string {
  const stamp = localStamp(at, true);
  const named = (n: number) => (n > 1 ? `${file}.before-upgrade-${stamp}-${n}.db` : `${file}.before-upgrade-${stamp}.db`);
  let n = from;
  while (fs.existsSync(named(n))) n++;
  return named(n);
}

/**
 * Copies the database, as a self-contained file, beside itself before an upgrade changes its schema: VACUUM INTO from
 * the read-only connection (consistent, WAL included), under a temporary name renamed when complete.
 */
function backUpBeforeUpgrade(db: Db, file: string, at: Date): void {
  let backup = upgradeBackupPath(file, at);
  // Named by process: two programs opening the same old file at once each write their own copy.
  const temporary = `${backup}.${process.pid}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    // A hard link fails where the name is taken (by the other program's copy), where a rename would replace it.
    for (let n = 2; ; n++) {
      try {
        fs.linkSync(temporary, backup);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
        backup = upgradeBackupPath(file, at, n);
      }
    }
    fs.rmSync(temporary);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw codedError('bad-input', 'upgrade-backup-failed', { file, backup, detail: (error as Error).message });
  }
}

function createDatabase(file: string, migrations: readonly Migration[], driverOptions: object): Db {
  const folder = path.dirname(path.resolve(file));
  const folderStat = statOrNull(folder);
  if (!folderStat?.isDirectory()) throw codedError('bad-input', 'database-folder-missing', { file, folder });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw codedError('bad-input', 'database-folder-not-writable', { file, folder });
  }
  const temporary = `${file}.creating-${process.pid}-${Date.now()}`;
  try {
    // Readable by the user only (responses hold ethnicity and religion); SQLite gives its -wal and -shm the same mode.
    fs.closeSync(fs.openSync(temporary, 'wx', 0o600));
    const building = new Database(temporary, driverOptions);
    try {
      // 16 KB pages (SQLite's default is 4 KB): a bulk import writes a quarter as many WAL frames, one system call
      // each (measured: an import of 200,000 respondents 6–8% faster). Only a new file can choose; before WAL.
      building.pragma(`page_size = ${PAGE_SIZE}`);
      configure(building);
      applyMigrations(building, [], migrations);
      // Leave a single self-contained file behind before the rename: no -wal to carry along.
      building.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      building.close();
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`]) fs.rmSync(leftover, { force: true });
    if (error instanceof KelisimError) throw error;
    throw codedError('bad-input', 'database-create-failed', { file, detail: (error as Error).message });
  }
  const db = new Database(file, { ...driverOptions, fileMustExist: true });
  configure(db);
  return db;
}

function applyMigrations(db: Db, applied: readonly Migration[], migrations: readonly Migration[]): void {
  if (migrations.length === applied.length) return;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    // Read again under the write lock: another program that opened the same old file at the same moment may have
    // upgraded it while this one waited for the lock (its record is a prefix of ours, as inspectExisting checked).
    const recorded = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get() as number;
    const pending = migrations.slice(Math.max(applied.length, recorded));
    const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, Date.now());
    }
  }).immediate();
}

function describeOpenFailure(file: string, error: unknown): KelisimError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message;
  if (code === 'SQLITE_NOTADB') return codedError('bad-input', 'database-not-sqlite', { file });
  if (code === 'SQLITE_CORRUPT') return codedError('bad-input', 'database-damaged-file', { file, detail: message });
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return codedError('bad-input', 'database-open-denied', { file, detail: message });
  }
  return codedError('bad-input', 'database-open-failed', { file, detail: message });
}

/** Migrations recorded in an open database, for `kelisim info` and tests. */
export function appliedMigrations(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[];
}
