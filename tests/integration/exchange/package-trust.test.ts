/**
 * Issue 11, as an attacker and a careless sender would try it: packages whose form or answers are
 * not what an interview could produce, a package re-sealed under another laptop's name, a header
 * that asks for an expensive key derivation, and a package sent unencrypted by mistake. Each is
 * refused with exit 2 and the lead's database stays byte for byte what it was.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { openDatabase } from '../../../src/store/database';
import { getResponseByUuid } from '../../../src/store/responses';
import { installationKey, keyFingerprint, newInstallationKey, type InstallationKey } from '../../../src/store/installation';
import { openPackage, sealPackage } from '../../../src/exchange/container';
import type { PackageContent } from '../../../src/exchange/content';
import { interview, openLaptop } from './field-study';

const temp = tempFolder('kelisim-package-trust-');
const day = Date.UTC(2026, 9, 5, 9);
let leadDb: string;
let genuine: string;
let laptopKey: InstallationKey;
let targetUuid: string;

async function run(...argv: string[]) {
  return kelisim(...argv);
}

/** The content of a package file, opened as the lead would open it. */
async function contentOf(file: string): Promise<PackageContent> {
  return JSON.parse((await openPackage(fs.readFileSync(file), file)).json) as PackageContent;
}

/** Writes content as a package signed with `key`: what someone holding that key can make. */
async function forge(name: string, content: PackageContent, key: InstallationKey): Promise<string> {
  const file = temp.file(name);
  fs.writeFileSync(file, await sealPackage(JSON.stringify(content), key));
  return file;
}

/** Imports and expects a refusal: exit 2, every line of `expected` in stderr, the database and its folder untouched. */
async function expectRefused(file: string, expected: (string | RegExp)[]) {
  const before = sha256File(leadDb);
  const result = await run('package', 'import', '--db', leadDb, file);
  expect(result.code, result.stderr).toBe(2);
  for (const line of expected) expect(result.stderr).toMatch(line);
  expect(sha256File(leadDb)).toBe(before);
  expect(fs.readdirSync(temp.dir).filter((name) => name.includes('backup'))).toEqual([]);
  return result.stderr;
}

beforeAll(async () => {
  const laptop = openLaptop(temp.file('laptop.db'), 'dev-laptop-a');
  targetUuid = interview(laptop, 'Aigerim', { region: 'almaty', age: '34', ethnicity: 'kazakh' }, day);
  interview(laptop, 'Aigerim', { region: 'almaty', age: '61', ethnicity: 'uighur' }, day + 3_600_000);
  laptopKey = installationKey(laptop);
  laptop.close();
  genuine = temp.file('genuine.kelisim');
  expect((await run('package', 'export', '--db', temp.file('laptop.db'), '--out', genuine, '--no-encryption')).code).toBe(0);
  leadDb = temp.file('lead.db');
  expect((await run('init', '--db', leadDb)).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('packages are checked like interviews', () => {
  it('refuses a package whose form definition is not a form at all (it used to add "1 form version")', async () => {
    const content = await contentOf(genuine);
    content.formVersions[0].definition = 'not json at all';
    await expectRefused(await forge('not-json.kelisim', content, laptopKey), [
      /not-json\.kelisim cannot be imported: 1 problem in its content/,
      /The definition of form tolerance-pilot version 1 is not a form model/,
    ]);
  });

  it('refuses final responses that break the form, listing response, question and what is wrong', async () => {
    const content = await contentOf(genuine);
    const [first, second] = content.responses;
    first.answers = { ...first.answers, age: 'abc', ethnicity: 'martian' };
    second.answers = { ...second.answers, region: '' };
    const stderr = await expectRefused(await forge('bad-answers.kelisim', content, laptopKey), [
      /bad-answers\.kelisim cannot be imported: 3 problems in its content/,
      new RegExp(`Response ${first.uuid}, question "age": `),
      new RegExp(`Response ${first.uuid}, question "ethnicity": `),
      new RegExp(`Response ${second.uuid}, question "region": `),
    ]);
    // The reasons are the ones finalizing an interview gives, in the interview's language (Kazakh here).
    expect(stderr).toContain('martian');
  });
});

describe('a forged package cannot overwrite answers', () => {
  it('remembers the key of a device on its first package, and shows it in the history', async () => {
    const imported = await run('package', 'import', '--db', leadDb, genuine, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 2 });
    const history = JSON.parse((await run('package', 'history', '--db', leadDb, '--json')).stdout);
    expect(history.imports[0]).toMatchObject({ deviceId: 'dev-laptop-a', signerFingerprint: keyFingerprint(laptopKey.publicKey) });
    expect(history.devices).toEqual([
      expect.objectContaining({ deviceId: 'dev-laptop-a', fingerprint: keyFingerprint(laptopKey.publicKey), packages: 1, revokedAt: null }),
    ]);
    const text = await run('package', 'devices', '--db', leadDb);
    expect(text.stdout).toContain(`dev-laptop-a  ${keyFingerprint(laptopKey.publicKey)}  trusted`);
  });

  it('refuses a package that claims the laptop with a higher revision but is signed by another key', async () => {
    for (const name of fs.readdirSync(temp.dir).filter((n) => n.includes('backup'))) fs.rmSync(temp.file(name));
    const content = await contentOf(genuine);
    const target = content.responses.find((r) => r.uuid === targetUuid)!;
    Object.assign(target, { revision: 2, updatedAt: target.updatedAt + 60_000, answers: { ...target.answers, ethnicity: 'russian' } });
    content.manifest.packageId = '00000000-0000-4000-8000-000000000000';
    const forger = newInstallationKey();
    await expectRefused(await forge('forged.kelisim', content, forger), [
      new RegExp(
        `forged\\.kelisim claims to come from device dev-laptop-a but is signed with another key \\(${keyFingerprint(forger.publicKey)}; this database knows ${keyFingerprint(laptopKey.publicKey)}\\)`,
      ),
    ]);
    const db = openDatabase(leadDb);
    expect(getResponseByUuid(db, targetUuid)!.answers.ethnicity).toBe('kazakh');
    db.close();
  });

  it('refuses a package whose bytes were changed after signing, even with its checksum fixed', async () => {
    const bytes = fs.readFileSync(genuine);
    const signatureStart = bytes.length - 96;
    const resealed = Buffer.concat([
      (await sealPackage('{"changed":true}', newInstallationKey())).subarray(0, -96),
      bytes.subarray(signatureStart),
    ]);
    fs.writeFileSync(temp.file('resealed.kelisim'), resealed);
    await expectRefused(temp.file('resealed.kelisim'), [
      /resealed\.kelisim is damaged or forged: its signature does not match its content/,
    ]);
  });

  it('refuses packages signed with a revoked key; the device may then introduce a new one', async () => {
    const fingerprint = keyFingerprint(laptopKey.publicKey);
    const revoked = await run('package', 'revoke', '--db', leadDb, '--key', fingerprint.slice(0, 16));
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Revoked key ${fingerprint} of device dev-laptop-a`);
    const content = await contentOf(genuine);
    content.manifest.packageId = '00000000-0000-4000-8000-000000000001';
    await expectRefused(await forge('after-revoke.kelisim', content, laptopKey), [
      /signed with the revoked key .* of device dev-laptop-a, so it is refused/,
    ]);
    // The reinstalled laptop's new key is trusted on first use.
    const reinstalled = newInstallationKey();
    const accepted = await run('package', 'import', '--db', leadDb, await forge('new-key.kelisim', content, reinstalled), '--json');
    expect(accepted.code, accepted.stderr).toBe(0);
    const devices = JSON.parse((await run('package', 'devices', '--db', leadDb, '--json')).stdout);
    expect(devices.map((d: { fingerprint: string; revokedAt: number | null }) => [d.fingerprint, d.revokedAt === null])).toEqual([
      [keyFingerprint(reinstalled.publicKey), true],
      [fingerprint, false],
    ]);
    expect((await run('package', 'revoke', '--db', leadDb, '--key', 'SHA256:ffff')).code).toBe(2);
  });
});

describe('privacy by default', () => {
  it('exports encrypted unless a plain package is asked for explicitly', async () => {
    const refused = await run('package', 'export', '--db', temp.file('laptop.db'), '--out', temp.file('default.kelisim'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /packages are encrypted by default: give a passphrase, or choose an unencrypted package explicitly \(--no-encryption\)/,
    );
    expect(fs.existsSync(temp.file('default.kelisim'))).toBe(false);
    fs.writeFileSync(temp.file('spaces.txt'), '            \n');
    const spaces = await run(
      'package',
      'export',
      '--db',
      temp.file('laptop.db'),
      '--out',
      temp.file('spaces.kelisim'),
      '--passphrase-file',
      temp.file('spaces.txt'),
    );
    expect(spaces.code).toBe(2);
    expect(spaces.stderr).toMatch(/passphrase is too short: use at least 8 characters besides spaces/);
    const plain = await run('package', 'export', '--db', temp.file('laptop.db'), '--out', temp.file('plain.kelisim'), '--no-encryption');
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/warning: NOT encrypted/);
  });
});
