import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, openDatabase } from '../../../src/store/database';
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

  it('applies only the missing migrations to an older database, in one transaction', () => {
    const file = temp.file('old.db');
    openDatabase(file, { create: true, migrations: migrations.slice(0, 1) }).close();
    const extra = { id: nextId, name: 'test-extra', sql: 'CREATE TABLE extra (x INTEGER);' };
    const db = openDatabase(file, { migrations: [...migrations, extra] });
    expect(appliedMigrations(db).at(-1)).toEqual({ id: extra.id, name: 'test-extra' });
    db.close();
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

  it('refuses, untouched, a damaged database that fails the integrity check', () => {
    const file = temp.file('damaged.db');
    const db = openDatabase(file, { create: true });
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
    expectRefused(() => openDatabase(file), /damaged/);
    expect(sha256File(file)).toBe(before);
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
