import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations';
import { kelisim, projectRoot } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

/** Made by Kelisim 0.1.0 (schema 0001–0005): see make-release-0.1.0.sh beside it. */
const fixtureFolder = path.join(projectRoot, 'tests', 'fixtures', 'store');
const releaseDb = path.join(fixtureFolder, 'release-0.1.0.db');
const releaseCounts = JSON.parse(fs.readFileSync(path.join(fixtureFolder, 'release-0.1.0.region-counts.json'), 'utf8')) as {
  n: number; valid: number; missing: number; counts: Record<string, number>;
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

  it('opens in today\'s Kelisim: upgraded after a backup of the old file, with every answer and count the release reported', async () => {
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
    const frequencies = await kelisim('analyze', 'frequencies', '--db', study, '--form', 'tolerance_kz', '--var', 'region', '--include-demo', '--json');
    expect(frequencies.code, frequencies.stderr).toBe(0);
    const result = JSON.parse(frequencies.stdout) as { n: number; valid: number; missing: number; rows: { value: string; count: number }[] };
    expect({ n: result.n, valid: result.valid, missing: result.missing }).toEqual({ n: releaseCounts.n, valid: releaseCounts.valid, missing: releaseCounts.missing });
    expect(Object.fromEntries(result.rows.map((row) => [row.value, row.count]))).toEqual(releaseCounts.counts);

    const check = await kelisim('check', '--db', study, '--json');
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ state: 'ok', problems: [] });
  });
});
