import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations';
import { kelisim, projectRoot } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

/** Made by Kelisim 0.1.0 (schema 0001–0005): see make-release-0.1.0.sh beside it. */
const fixtureFolder = path.join(projectRoot, 'tests', 'fixtures', 'store');
const releaseDb = path.join(fixtureFolder, 'release-0.1.0.db');
const releaseCounts = JSON.parse(fs.readFileSync(path.join(fixtureFolder, 'release-0.1.0.region-counts.json'), 'utf8')) as {
  n: number;
  valid: number;
  missing: number;
  counts: Record<string, number>;
};
const RELEASE_MIGRATIONS = 5;

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

describe('a database written by the previous release', () => {
  it('is the release 0.1.0 schema (guards the fixture itself)', () => {
    const db = new Database(releaseDb, { readonly: true });
    expect(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual([1, 2, 3, 4, 5]);
    db.close();
  });

  it("opens in today's Kelisim: upgraded after a backup of the old file, with every answer and count the release reported", async () => {
    const study = temp.file('study.db');
    fs.copyFileSync(releaseDb, study);

    const info = await kelisim('info', '--db', study, '--json');
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout).schemaVersion).toBe(migrations.length);

    const backups = fs.readdirSync(temp.dir).filter((name) => name.startsWith('study.db.before-upgrade-'));
    if (migrations.length > RELEASE_MIGRATIONS) {
      // The backup is the release's database as it was: same schema, same responses.
      expect(backups).toHaveLength(1);
      const backup = new Database(path.join(temp.dir, backups[0]), { readonly: true });
      expect(backup.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(RELEASE_MIGRATIONS);
      expect(backup.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(releaseCounts.n);
      backup.close();
    } else {
      expect(backups).toEqual([]);
    }

    // The release's study was made by `kelisim demo` (device ids dev-demo-NN): the upgrade flags it as practice data,
    // which analysis counts only when asked.
    const frequencies = await kelisim(
      'analyze',
      'frequencies',
      '--db',
      study,
      '--form',
      'tolerance_kz',
      '--var',
      'region',
      '--include-demo',
      '--json',
    );
    expect(frequencies.code, frequencies.stderr).toBe(0);
    const result = JSON.parse(frequencies.stdout) as {
      n: number;
      valid: number;
      missing: number;
      rows: { value: string; count: number }[];
    };
    expect({ n: result.n, valid: result.valid, missing: result.missing }).toEqual({
      n: releaseCounts.n,
      valid: releaseCounts.valid,
      missing: releaseCounts.missing,
    });
    expect(Object.fromEntries(result.rows.map((row) => [row.value, row.count]))).toEqual(releaseCounts.counts);

    const check = await kelisim('check', '--db', study, '--json');
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ state: 'ok', problems: [] });
  });

  it('is upgraded once when three programs open it at the same moment: each waits its turn, none fails', async () => {
    const study = temp.file('study.db');
    fs.copyFileSync(releaseDb, study);
    // Hold the write lock while three programs start, so that all three find the old schema and back it up before
    // any of them can upgrade; then let them go. Before, the second and third failed with "table … already exists".
    const holder = new Database(study);
    // As every Kelisim since 0.1.0 leaves its database (the fixture was written as a plain file).
    holder.pragma('journal_mode = WAL');
    holder.prepare('BEGIN IMMEDIATE').run();
    const runs = [1, 2, 3].map(() => runProcess(['info', '--db', study, '--json']));
    // Count finished copies only: a copy being written (`….partial`) shares the prefix, and for a moment after its
    // hard link it has two names; counting those let the lock go while the third program had not yet read the file.
    const finishedBackups = () =>
      fs.readdirSync(temp.dir).filter((name) => name.startsWith('study.db.before-upgrade-') && name.endsWith('.db'));
    const deadline = Date.now() + 60_000;
    while (finishedBackups().length < 3 && Date.now() < deadline) await sleep(100);
    holder.prepare('ROLLBACK').run();
    holder.close();
    for (const run of await Promise.all(runs)) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).schemaVersion).toBe(migrations.length);
    }
    const db = new Database(study, { readonly: true });
    expect(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual(migrations.map((migration) => migration.id));
    expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(releaseCounts.n);
    db.close();
    // Each program kept its own copy of the old file; none is left half-written.
    expect(finishedBackups()).toHaveLength(3);
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real `kelisim` process (the build where it exists: it starts in a tenth of a second). */
function runProcess(argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const built = path.join(projectRoot, 'out', 'cli', 'kelisim.js');
  const script = fs.existsSync(built) ? built : path.join(projectRoot, 'src', 'cli', 'bin.mjs');
  const child = spawn(process.execPath, [script, ...argv], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
