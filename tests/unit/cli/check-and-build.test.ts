/**
 * `kelisim check` finds the damage that opening no longer looks for, and the built command (out/cli, what
 * `npm install` puts on the PATH) knows the same commands as the sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { kelisim, projectRoot } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

/** A database whose middle pages a failing disk overwrote; its header and schema are intact. */
function damagedDatabase(file: string): void {
  const db = openDatabase(file, { create: true });
  db.pragma('journal_mode = DELETE');
  db.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);');
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
  })();
  db.close();
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const middlePage = Math.floor(bytes.length / pageSize / 2) * pageSize;
  bytes.fill(0x5a, middlePage, middlePage + 2 * pageSize);
  fs.writeFileSync(file, bytes);
}

describe('kelisim check', () => {
  it('calls a sound database sound, exit 0', async () => {
    const file = temp.file('study.db');
    expect((await kelisim('init', '--db', file)).code).toBe(0);
    const run = await kelisim('check', '--db', file, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ state: 'ok', problems: [] });
  });

  it('names a damaged database in one line, exit 2, and info (which does not read every page) still opens it', async () => {
    const file = temp.file('damaged.db');
    damagedDatabase(file);
    const run = await kelisim('check', '--db', file);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/damaged\.db is damaged \(integrity check: .+\)\. Restore it from the latest backup\./);
    expect((await kelisim('info', '--db', file)).code).toBe(0);
  });
});

describe('the built kelisim command', () => {
  const built = path.join(projectRoot, 'out', 'cli', 'kelisim.js');
  const runBuilt = (...args: string[]) => spawnSync(process.execPath, [built, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('lists the same commands, with the same help, as the sources', async () => {
    expect(fs.existsSync(built), `${built} is missing: run "npm run build" (npm test does)`).toBe(true);
    const fromSources = await kelisim('--help');
    expect(runBuilt('--help').stdout).toBe(fromSources.stdout);
    for (const command of [['check'], ['analyze', 'breakdown'], ['bench', 'startup'], ['serve']]) {
      expect(runBuilt(...command, '--help').stdout, command.join(' ')).toBe((await kelisim(...command, '--help')).stdout);
    }
  });
});
