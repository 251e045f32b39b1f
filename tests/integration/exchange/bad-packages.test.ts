/**
 * What the lead's database must survive: packages that are damaged, foreign, locked or from a
 * newer Kelisim. Each is refused with one line naming the file and why (exit 2), before any backup
 * is made, and the database file stays byte for byte what it was.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { interview, openLaptop, pilotDefinition } from './field-study';

const temp = tempFolder('kelisim-bad-packages-');
const day = Date.UTC(2026, 9, 5, 9);
const PASSPHRASE = 'жусан далада гүлдейді';
let leadDb: string;
let plain: Buffer;

beforeAll(async () => {
  const laptop = openLaptop(temp.file('laptop.db'), 'dev-laptop-a');
  for (let i = 0; i < 40; i++) {
    interview(
      laptop,
      i % 2 ? 'Aigerim' : 'Nurlan',
      { region: 'almaty', age: String(20 + i), ethnicity: 'kazakh', comment: 'Бәрі жақсы' },
      day + i * 3_600_000,
    );
  }
  laptop.close();
  fs.writeFileSync(temp.file('passphrase.txt'), `${PASSPHRASE}\n`);
  fs.writeFileSync(temp.file('wrong.txt'), 'қате құпия сөз\n');
  expect(
    (await kelisim('package', 'export', '--db', temp.file('laptop.db'), '--out', temp.file('plain.kelisim'), '--no-encryption')).code,
  ).toBe(0);
  expect(
    (
      await kelisim(
        'package',
        'export',
        '--db',
        temp.file('laptop.db'),
        '--out',
        temp.file('locked.kelisim'),
        '--passphrase-file',
        temp.file('passphrase.txt'),
      )
    ).code,
  ).toBe(0);
  plain = fs.readFileSync(temp.file('plain.kelisim'));
  leadDb = temp.file('lead.db');
  expect((await kelisim('init', '--db', leadDb)).code).toBe(0);
});
afterAll(() => temp.cleanup());

/** Imports a package and checks it was refused, the database untouched and no backup written. */
async function expectRefused(file: string, why: RegExp, extra: string[] = []) {
  const before = sha256File(leadDb);
  const run = await kelisim('package', 'import', '--db', leadDb, file, ...extra);
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(why);
  expect(run.stdout).toBe('');
  expect(sha256File(leadDb)).toBe(before);
  expect(fs.readdirSync(temp.dir).filter((name) => name.includes('backup'))).toEqual([]);
}

function variant(name: string, bytes: Buffer): string {
  const file = temp.file(name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('refusing bad packages', () => {
  it('refuses an empty file, junk, and a file cut short anywhere', async () => {
    await expectRefused(variant('empty.kelisim', Buffer.alloc(0)), /is empty/);
    await expectRefused(variant('junk.kelisim', Buffer.from('PK\x03\x04 a spreadsheet, not a package')), /is not a Kelisim data package/);
    for (const length of [5, 12, 40, 48, Math.floor(plain.length / 2), plain.length - 1]) {
      await expectRefused(variant(`cut-${length}.kelisim`, plain.subarray(0, length)), /is truncated/);
    }
  });

  it('notices a single flipped byte anywhere in the file', async () => {
    // Every header byte, then positions spread over the compressed content.
    const positions = [
      ...Array.from({ length: 48 }, (_, i) => i),
      ...Array.from({ length: 40 }, (_, i) => 48 + Math.floor(((plain.length - 49) * i) / 39)),
    ];
    for (const position of positions) {
      const damaged = Buffer.from(plain);
      damaged[position] ^= 0x20;
      await expectRefused(variant('flipped.kelisim', damaged), /is damaged|is not a Kelisim data package|is truncated|newer Kelisim/);
    }
  });

  it('refuses a package from a newer Kelisim with an explanation', async () => {
    const newer = Buffer.from(plain);
    newer.writeUInt16BE(3, 8);
    await expectRefused(
      variant('newer.kelisim', newer),
      /was written by a newer Kelisim \(package format 3; this version reads format 2\)/,
    );
  });

  it('opens an encrypted package only with its passphrase', async () => {
    const locked = fs.readFileSync(temp.file('locked.kelisim'));
    // Nothing but the format is readable: no device, interviewer or answer appears in the file.
    for (const secret of ['dev-laptop-a', 'Aigerim', 'almaty', PASSPHRASE]) expect(locked.includes(Buffer.from(secret))).toBe(false);
    expect(locked.subarray(0, 11)).toEqual(Buffer.from([0x89, 0x4b, 0x45, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x02, 0x01]));

    await expectRefused(temp.file('locked.kelisim'), /is encrypted: give its passphrase/);
    await expectRefused(temp.file('locked.kelisim'), /passphrase is wrong, or the file was altered/, [
      '--passphrase-file',
      temp.file('wrong.txt'),
    ]);
    // Altered ciphertext: the signature gives it away before any key is derived.
    const tampered = Buffer.from(locked);
    tampered[tampered.length - 140] ^= 0x01;
    await expectRefused(variant('tampered.kelisim', tampered), /is damaged or forged: its signature does not match its content/, [
      '--passphrase-file',
      temp.file('passphrase.txt'),
    ]);

    const summary = await kelisim(
      'package',
      'inspect',
      temp.file('locked.kelisim'),
      '--passphrase-file',
      temp.file('passphrase.txt'),
      '--json',
    );
    expect(JSON.parse(summary.stdout)).toMatchObject({ encrypted: true, responses: { total: 40 }, manifest: { deviceId: 'dev-laptop-a' } });
  });

  it('refuses a package whose form version clashes with the one of the same name in the database', async () => {
    // A different questionnaire published under the same form id and version name.
    const clashing = openLaptop(temp.file('clashing.db'), 'dev-laptop-y', pilotDefinition('1', 'a different questionnaire'));
    interview(clashing, 'Yerlan', { region: 'atyrau' }, day);
    clashing.close();
    expect(
      (await kelisim('package', 'export', '--db', temp.file('clashing.db'), '--out', temp.file('clashing.kelisim'), '--no-encryption'))
        .code,
    ).toBe(0);
    expect((await kelisim('package', 'import', '--db', leadDb, temp.file('plain.kelisim'))).code).toBe(0);
    for (const name of fs.readdirSync(temp.dir).filter((n) => n.includes('backup'))) fs.rmSync(temp.file(name));

    const before = sha256File(leadDb);
    const run = await kelisim('package', 'import', '--db', leadDb, temp.file('clashing.kelisim'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/form tolerance-pilot version 1 differs from the version of the same name already in the database/);
    expect(sha256File(leadDb)).toBe(before);
  });

  it('imports nothing when one of several packages is bad, and says which', async () => {
    const before = sha256File(leadDb);
    const run = await kelisim(
      'package',
      'import',
      '--db',
      leadDb,
      temp.file('plain.kelisim'),
      temp.file('junk.kelisim'),
      temp.file('missing.kelisim'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/2 of 3 packages cannot be imported, so none was imported/);
    expect(run.stderr).toContain(`${temp.file('junk.kelisim')} is not a Kelisim data package`);
    expect(run.stderr).toContain(`${temp.file('missing.kelisim')} does not exist`);
    expect(sha256File(leadDb)).toBe(before);
  });

  it('says so in one line, as a separate process would print it, exit code 2', () => {
    const run = kelisimProcess(['package', 'import', '--db', leadDb, temp.file('junk.kelisim')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kelisim package import: ${temp.file('junk.kelisim')} is not a Kelisim data package\n`);
  });

  it('refuses to export into a missing or unwritable folder, leaving nothing behind', async () => {
    const missing = await kelisim(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('no/such/folder/a.kelisim'),
      '--no-encryption',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot write .*a\.kelisim: the folder .*no\/such\/folder does not exist/);
    if (process.getuid?.() !== 0) {
      fs.mkdirSync(temp.file('locked-folder'), { mode: 0o500 });
      const unwritable = await kelisim(
        'package',
        'export',
        '--db',
        temp.file('laptop.db'),
        '--out',
        temp.file('locked-folder/a.kelisim'),
        '--no-encryption',
      );
      expect(unwritable.code).toBe(2);
      expect(unwritable.stderr).toMatch(/is not writable/);
    }
    const short = await kelisim(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('short.kelisim'),
      '--passphrase-file',
      variant('short.txt', Buffer.from('abc')),
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/passphrase is too short/);
    expect(fs.readdirSync(temp.dir).filter((name) => name.startsWith('short.kelisim') || name.includes('.partial'))).toEqual([]);
  });
});
