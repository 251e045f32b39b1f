/**
 * A lead's laptop loses power, or the import is killed, in the middle of merging a large package:
 * the database must be exactly as before the import (one transaction), pass SQLite's integrity
 * check, and accept the same import afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { kelisim, projectRoot } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { openDatabase } from '../../../src/store/database';
import { exportFromLaptops, interviewOnLaptops } from '../../../src/bench/exchange';
import { interview, openLaptop } from './field-study';

const temp = tempFolder('kelisim-killed-import-');
afterAll(() => temp.cleanup());

/** Large enough that the merge spills uncommitted pages past SQLite's 16 MB page cache into the WAL. */
const BIG = 60_000;

function counts(file: string) {
  const db = openDatabase(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      responses: db.prepare('SELECT count(*) FROM responses').pluck().get(),
      answers: db.prepare('SELECT count(*) FROM answers').pluck().get(),
      packages: db.prepare('SELECT count(*) FROM packages').pluck().get(),
      provenance: db.prepare('SELECT count(*) FROM package_responses').pluck().get(),
      formVersions: db.prepare('SELECT count(*) FROM form_versions').pluck().get(),
    };
  } finally {
    db.close();
  }
}

/**
 * Runs the import as a separate process and SIGKILLs it during the merge, at the first progress
 * line after uncommitted pages have reached the write-ahead log on disk.
 */
function importAndKillMidMerge(
  database: string,
  pkg: string,
): Promise<{ signal: NodeJS.Signals | null; lastProgress: [number, number] | null; walBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'src', 'cli', 'bin.mjs'), 'package', 'import', '--db', database, pkg, '--progress'],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let lastProgress: [number, number] | null = null;
    let walBytes = 0;
    let buffered = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffered += chunk;
      for (const match of buffered.matchAll(/merge (\d+)\/(\d+)/g)) {
        const done = Number(match[1]);
        const total = Number(match[2]);
        if (child.killed || done >= total) continue;
        lastProgress = [done, total];
        walBytes = fs.statSync(`${database}-wal`, { throwIfNoEntry: false })?.size ?? 0;
        if (walBytes > 0) child.kill('SIGKILL');
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve({ signal, lastProgress, walBytes }));
  });
}

describe('an import killed in the middle of the merge', () => {
  it('leaves the database as it was before the import', async () => {
    const [laptop] = interviewOnLaptops(1, BIG);
    const [big] = await exportFromLaptops([laptop], temp.dir, 'big');
    laptop.db.close();

    // The lead already holds a small laptop's package.
    const small = openLaptop(temp.file('small.db'), 'dev-laptop-small');
    for (let i = 0; i < 12; i++) interview(small, 'Aigerim', { region: 'almaty', age: String(30 + i) }, Date.UTC(2026, 9, 5, 9 + i));
    small.close();
    const lead = temp.file('lead.db');
    await kelisim('init', '--db', lead);
    await kelisim('package', 'export', '--db', temp.file('small.db'), '--out', temp.file('small.kelisim'), '--no-encryption');
    expect((await kelisim('package', 'import', '--db', lead, temp.file('small.kelisim'))).code).toBe(0);
    const before = counts(lead);
    expect(before).toEqual({ integrity: 'ok', responses: 12, answers: 12, packages: 1, provenance: 12, formVersions: 1 });

    const killed = await importAndKillMidMerge(lead, big);
    expect(killed.signal).toBe('SIGKILL');
    // It was killed while merging, with uncommitted pages of the merge already on disk.
    expect(killed.walBytes).toBeGreaterThan(0);
    expect(killed.lastProgress![0]).toBeLessThan(BIG);

    expect(counts(lead)).toEqual(before);

    const completed = await kelisim('package', 'import', '--db', lead, big, '--json');
    expect(completed.code, completed.stderr).toBe(0);
    expect(JSON.parse(completed.stdout)).toMatchObject({ added: BIG, duplicates: 0, forms: 1 });
    expect(counts(lead)).toEqual({
      integrity: 'ok',
      responses: 12 + BIG,
      answers: 12 + BIG,
      packages: 2,
      provenance: 12 + BIG,
      formVersions: 2,
    });
  }, 300_000); // building, signing, checking and importing 60,000 responses twice takes minutes on a 2-core machine
});
