/**
 * Responses hold ethnicity and religion. Before, the database, its backups, packages and exports were created 0644
 * (readable by every account on the laptop) and a killed export or backup left its hidden `.partial` file behind
 * (one held 20,621 lines of answers). Now they are created 0600 in 0700 folders (on Linux and macOS), and the next
 * start removes the `.partial` files whose writing process is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { openSession } from '../../../src/app/session';
import { backupDatabase } from '../../../src/exchange/backup';
import { exportPackage } from '../../../src/exchange/export';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

const form: FormDefinition = {
  formId: 'places',
  title: 'Places',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [{ type: 'text', name: 'ethnicity', label: { en: 'Ethnicity' } }],
  choiceLists: [],
};

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(async () => {
  temp = tempFolder('kelisim-privacy-');
  db = temp.file('study.db');
});
afterEach(() => temp.cleanup());

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);
const onPosix = process.platform !== 'win32';

async function studyWithOneAnswer(): Promise<void> {
  const session = await openSession({ databasePath: db, transport: 'cli' });
  try {
    await session.handlers['forms.publish']({ form }, () => {});
  } finally {
    session.close();
  }
  fs.writeFileSync(temp.file('answers.csv'), 'ethnicity\nұйғыр\n');
  const run = await kelisim('responses', 'import', '--db', db, '--form', 'places', temp.file('answers.csv'));
  expect(run.code, run.stderr).toBe(0);
}

describe.runIf(onPosix)('files readable by the user only', () => {
  it('the database, its write-ahead log and a backup are 0600', async () => {
    await studyWithOneAnswer();
    expect(mode(db)).toBe('600');
    const session = await openSession({ databasePath: db, transport: 'cli' });
    try {
      expect(mode(`${db}-wal`)).toBe('600');
      const backup = await backupDatabase(session.db, db, new Date(2026, 11, 4, 18, 0, 0), () => {});
      expect(mode(backup!)).toBe('600');
    } finally {
      session.close();
    }
  });

  it('a package, a CSV, an SPSS folder and a workbook are 0600, the export and package folders 0700', async () => {
    await studyWithOneAnswer();
    const csv = temp.file('study.csv');
    expect((await kelisim('export', 'csv', '--db', db, '--form', 'places', '--out', csv)).code).toBe(0);
    expect(mode(csv)).toBe('600');
    fs.mkdirSync(temp.file('spss'));
    expect((await kelisim('export', 'spss', '--db', db, '--form', 'places', '--out', temp.file('spss'))).code).toBe(0);
    expect(fs.readdirSync(temp.file('spss')).map((name) => [name, mode(path.join(temp.file('spss'), name))])).toEqual([
      ['places.csv', '600'],
      ['places.sps', '600'],
    ]);
    const session = await openSession({ databasePath: db, transport: 'cli' });
    try {
      const pkg = temp.file('laptop.kelisim');
      await exportPackage(session.db, { out: pkg, passphrase: 'a long enough passphrase', appVersion: 'test' });
      expect(mode(pkg)).toBe('600');
      const target = await session.handlers['exports.target']({ formId: 'places', kind: 'workbook', language: 'en' }, () => {});
      expect(mode(target.folder)).toBe('700');
      await session.handlers['report.workbook']({ formId: 'places', by: 'ethnicity', outPath: target.path, language: 'en' }, () => {});
      expect(mode(target.path)).toBe('600');
      const spss = await session.handlers['exports.target']({ formId: 'places', kind: 'spss' }, () => {});
      expect(mode(spss.path)).toBe('700');
      const sent = await session.handlers['fieldwork.packageTarget']({}, () => {});
      expect(mode(sent.folder)).toBe('700');
    } finally {
      session.close();
    }
  });
});

describe('hidden .partial files of a killed export or backup', () => {
  it('are removed at the next start when their process is gone, kept while it still writes', async () => {
    await studyWithOneAnswer();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const exports = temp.file('kelisim-exports');
      fs.mkdirSync(path.join(exports, 'places-spss-20261204-1800'), { recursive: true });
      const leftovers = [
        temp.file(`.study.db.backup-20261204-180000.db.${dead}-0a1b2c3d.partial`),
        path.join(exports, `.places-en-20261204-1800.xlsx.${dead}-deadbeef.partial`),
        path.join(exports, 'places-spss-20261204-1800', `.places.csv.${dead}-00ff00ff.partial`),
        temp.file(`kelisim-packages/.kelisim-dev-20261204-1800.kelisim.${dead}-12345678.partial`),
      ];
      const stillWriting = path.join(exports, `.places-ru-20261204-1801.xlsx.${alive.pid}-cafebabe.partial`);
      const notOurs = temp.file('notes.partial');
      fs.mkdirSync(temp.file('kelisim-packages'));
      for (const file of [...leftovers, stillWriting, notOurs]) fs.writeFileSync(file, 'uuid,ethnicity\n1,ұйғыр\n');

      const session = await openSession({ databasePath: db, transport: 'cli' });
      session.close();
      expect(leftovers.filter((file) => fs.existsSync(file))).toEqual([]);
      expect(fs.existsSync(stillWriting)).toBe(true);
      expect(fs.existsSync(notOurs)).toBe(true);
    } finally {
      alive.kill('SIGKILL');
    }
  });
});
