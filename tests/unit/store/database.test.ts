import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, integrityProblems, openDatabase } from '../../../src/store/database';
import { migrations } from '../../../src/store/migrations';
import { KelisimError } from '../../../src/common/errors';
import { sha256File, tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
const nextId = migrations[migrations.length - 1].id + 1;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

function expectRefused(action: () => unknown, pattern: RegExp): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(KelisimError);
    expect((error as KelisimError).kind).toBe('bad-input');
    expect((error as Error).message).toMatch(pattern);
    return;
  }
  throw new Error('expected the database to be refused');
}

describe('opening a database', () => {
  it('creates a new database in WAL mode with foreign keys and every migration recorded', () => {
    const file = temp.file('new.db');
    const db = openDatabase(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(appliedMigrations(db).map((m) => m.id)).toEqual(migrations.map((m) => m.id));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['forms', 'form_versions', 'responses', 'answers', 'settings']));
    db.close();
    expect(fs.readdirSync(temp.dir).filter((name) => name.includes('creating'))).toEqual([]);
  });

  it('does not create a missing database unless asked to', () => {
    expect(() => openDatabase(temp.file('missing.db'))).toThrow(/no Kelisim database at .*kelisim init/);
    expect(fs.existsSync(temp.file('missing.db'))).toBe(false);
  });

  it('applies only the missing migrations to an older database, in one transaction, after a backup beside it', () => {
    const file = temp.file('old.db');
    openDatabase(file, { create: true, migrations: migrations.slice(0, 1) }).close();
    const extra = { id: nextId, name: 'test-extra', sql: 'CREATE TABLE extra (x INTEGER);' };
    const db = openDatabase(file, { migrations: [...migrations, extra] });
    expect(appliedMigrations(db).at(-1)).toEqual({ id: extra.id, name: 'test-extra' });
    db.close();
    const backups = fs.readdirSync(temp.file('.')).filter((name) => /^old\.db\.before-upgrade-\d{8}-\d{6}\.db$/.test(name));
    expect(backups).toHaveLength(1);
    const backup = new Database(temp.file(backups[0]), { readonly: true });
    expect(backup.prepare('SELECT id FROM schema_migrations').pluck().all()).toEqual([migrations[0].id]);
    backup.close();
    // Opening the upgraded file again changes nothing and backs up nothing.
    openDatabase(file, { migrations: [...migrations, extra] }).close();
    expect(fs.readdirSync(temp.file('.')).filter((name) => name.includes('before-upgrade'))).toHaveLength(1);
  });

  it('rolls back every migration of a failing upgrade', () => {
    const file = temp.file('upgrade.db');
    openDatabase(file, { create: true }).close();
    const good = { id: nextId, name: 'good', sql: 'CREATE TABLE good (x INTEGER);' };
    const bad = { id: nextId + 1, name: 'bad', sql: 'CREATE TABLE broken (;' };
    expect(() => openDatabase(file, { migrations: [...migrations, good, bad] })).toThrow();
    const db = openDatabase(file);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'good'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses, untouched, a database written by a newer Kelisim', () => {
    const file = temp.file('newer.db');
    const future = { id: nextId, name: 'from-the-future', sql: 'CREATE TABLE future (x INTEGER);' };
    const db = openDatabase(file, { create: true, migrations: [...migrations, future] });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256File(file);
    expectRefused(() => openDatabase(file), /newer or different version of Kelisim.*from-the-future/);
    expect(sha256File(file)).toBe(before);
  });

  it('refuses, untouched, a file that is not SQLite', () => {
    const file = temp.file('notes.db');
    fs.writeFileSync(file, 'Айгүл: сұхбат 14:00\n'.repeat(200));
    const before = sha256File(file);
    expectRefused(() => openDatabase(file, { create: true }), /not a SQLite database/);
    expect(sha256File(file)).toBe(before);
  });

  it('refuses, untouched, a SQLite file of another program', () => {
    const file = temp.file('other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = sha256File(file);
    expectRefused(() => openDatabase(file), /another program/);
    expect(sha256File(file)).toBe(before);
  });

  it('opens a damaged database at once (header and schema checked), finds the damage on a whole-file check, and refuses to upgrade it', () => {
    const file = temp.file('damaged.db');
    const db = openDatabase(file, { create: true, migrations: migrations.slice(0, -1) });
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    db.close();
    // Overwrite two whole pages in the middle of the file (table and index pages), leaving the header intact.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middlePage = Math.floor(bytes.length / pageSize / 2) * pageSize;
    bytes.fill(0x5a, middlePage, middlePage + 2 * pageSize);
    fs.writeFileSync(file, bytes);
    const before = sha256File(file);
    expectRefused(() => openDatabase(file), /damaged.*left untouched/);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(temp.file('.')).filter((name) => name.includes('before-upgrade'))).toEqual([]);

    const current = openDatabase(file, { migrations: migrations.slice(0, -1) });
    expect(integrityProblems(current).length).toBeGreaterThan(0);
    current.close();
  });

  it('explains an unwritable or missing folder and leaves nothing behind', () => {
    expectRefused(() => openDatabase(temp.file('no/such/folder/k.db'), { create: true }), /folder .* does not exist/);
    const locked = temp.file('locked');
    fs.mkdirSync(locked, { mode: 0o500 });
    if (process.getuid?.() !== 0) {
      expectRefused(() => openDatabase(`${locked}/k.db`, { create: true }), /not writable/);
      expect(fs.readdirSync(locked)).toEqual([]);
    }
  });

  it('refuses a folder given as the database', () => {
    expectRefused(() => openDatabase(temp.dir), /is a folder/);
  });
});
