/**
 * The whole-file check after start (and `app.check` from Settings) runs in a thread of its own with a read-only
 * connection: the app's thread keeps answering while every page is read. Before, quick_check ran in the app's thread
 * (about 0.8 s per million responses during which no request or IPC call was answered).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../helpers/cli';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import { openDatabase } from '../../../src/store/database';
import { quickCheckInThread } from '../../../src/store/integrity-thread';
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

describe('quick_check in its own thread', () => {
  it('finds a sound database sound and a damaged one damaged, as the check in the app thread does', async () => {
    const sound = temp.file('sound.db');
    openDatabase(sound, { create: true }).close();
    await expect(quickCheckInThread(sound)).resolves.toEqual([]);
    const damaged = temp.file('damaged.db');
    damagedDatabase(damaged);
    const problems = await quickCheckInThread(damaged);
    expect(problems?.length).toBeGreaterThan(0);
  });

  it('app.check leaves the app thread free: a timer set after the call fires before the check is done', async () => {
    const file = temp.file('study.db');
    const session = await openSession({ databasePath: file, transport: 'browser' });
    try {
      const order: string[] = [];
      const checking = session.handlers['app.check']({}, () => {}).then((status) => {
        order.push('checked');
        return status;
      });
      // A request arriving meanwhile: with the check in the app thread it waited until the check was over.
      await new Promise<void>((resolve) => setTimeout(() => (order.push('answered'), resolve()), 0));
      const status = await checking;
      expect(order).toEqual(['answered', 'checked']);
      expect(status).toMatchObject({ state: 'ok', problems: [] });
      await expect(session.handlers['app.info']({}, () => {})).resolves.toMatchObject({ integrity: { state: 'ok' } });
    } finally {
      session.close();
    }
  });

  it('runs from the build: out/worker/integrity-thread.js loads the driver by the path it is handed', async () => {
    const built = path.join(projectRoot, 'out', 'worker', 'integrity-thread.js');
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first (npm test does)`);
    const damaged = temp.file('damaged.db');
    damagedDatabase(damaged);
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(built, { workerData: { databaseFile: damaged, driver } });
    const message = await new Promise<{ kind: string; problems?: string[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message.kind).toBe('checked');
    expect(message.problems?.length).toBeGreaterThan(0);
  });
});
