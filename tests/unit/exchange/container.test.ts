/** The .kelisim file format, byte by byte, as documented at the top of src/exchange/container.ts. */
import { gunzipSync } from 'node:zlib';
import { createHash, verify } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { asciiJson, openPackage, sealPackage } from '../../../src/exchange/container';
import { newInstallationKey, publicKeyObject } from '../../../src/store/installation';

const content = JSON.stringify({ manifest: { deviceId: 'dev-x' }, note: 'Көршілермен тату тұрамыз — соседи 🙂' });
const laptop = newInstallationKey();
const forger = newInstallationKey();

describe('the package container', () => {
  it('lays out a plain package as documented: magic, format, mode, length, SHA-256, gzip, then key and signature', async () => {
    const file = await sealPackage(content, laptop);
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x4b, 0x45, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.readUInt16BE(8)).toBe(2);
    expect(file[10]).toBe(0);
    expect(file[11]).toBe(0);
    const bodyLength = file.readUInt32BE(12);
    expect(file.length).toBe(48 + bodyLength + 32 + 64);
    const body = file.subarray(48, 48 + bodyLength);
    expect(file.subarray(16, 48)).toEqual(createHash('sha256').update(file.subarray(0, 16)).update(body).digest());
    // The last 96 bytes: the signer's raw public key, and its Ed25519 signature of everything before them.
    const signed = file.subarray(0, 48 + bodyLength);
    expect(file.subarray(48 + bodyLength, 48 + bodyLength + 32)).toEqual(laptop.publicKey);
    expect(verify(null, signed, publicKeyObject(laptop.publicKey), file.subarray(48 + bodyLength + 32))).toBe(true);
    // The content is written as pure ASCII JSON and means the same document.
    const json = gunzipSync(body).toString('latin1');
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(content));
    expect(await openPackage(file, 'a.kelisim')).toEqual({
      format: 2,
      encrypted: false,
      json: asciiJson(content),
      signerKey: laptop.publicKey,
    });
  });

  it('encrypts everything but the format, with the scrypt settings in the header', async () => {
    const file = await sealPackage(content, laptop, 'long enough passphrase');
    expect(file[10]).toBe(1);
    expect([file[16], file[17], file[18], file[19]]).toEqual([17, 8, 1, 0]);
    expect(file.length).toBe(48 + file.readUInt32BE(12) + 16 + 96);
    expect(file.includes(Buffer.from('dev-x'))).toBe(false);
    const opened = await openPackage(file, 'a.kelisim', 'long enough passphrase');
    expect(JSON.parse(opened.json)).toEqual(JSON.parse(content));
    // Two encryptions of the same content share nothing (random salt and nonce).
    const again = await sealPackage(content, laptop, 'long enough passphrase');
    expect(again.subarray(20, 48).equals(file.subarray(20, 48))).toBe(false);
  });

  it('accepts the passphrase in either Unicode normal form', async () => {
    const composed = 'қазақ тілі әдемі'.normalize('NFC');
    const file = await sealPackage(content, laptop, composed);
    await expect(openPackage(file, 'a.kelisim', composed.normalize('NFD'))).resolves.toMatchObject({ encrypted: true });
  });

  it('refuses key-derivation settings other than the ones it writes, at once (r=32, p=16 took 18 s before)', async () => {
    const file = await sealPackage(content, laptop, 'long enough passphrase');
    for (const [log2N, r, p] of [
      [17, 32, 16],
      [30, 8, 1],
      [20, 8, 1],
      [17, 8, 2],
      [16, 8, 1],
    ]) {
      const greedy = Buffer.from(file);
      greedy[16] = log2N;
      greedy[17] = r;
      greedy[18] = p;
      const started = performance.now();
      await expect(openPackage(greedy, 'a.kelisim', 'long enough passphrase')).rejects.toMatchObject({
        code: 'package-kdf-refused',
        message: `a.kelisim is refused: its key-derivation settings (N=2^${log2N}, r=${r}, p=${p}) are not the ones Kelisim writes, so it is damaged or forged.`,
      });
      // Refused before any key derivation: the accepted settings alone take a few hundred milliseconds.
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  it('refuses a damaged header before spending effort on it', async () => {
    const longer = Buffer.concat([await sealPackage(content, laptop), Buffer.from('xx')]);
    await expect(openPackage(longer, 'b.kelisim')).rejects.toThrow('b.kelisim is damaged (2 unexpected bytes follow its end)');
    const zero = Buffer.from(await sealPackage(content, laptop));
    zero.writeUInt16BE(0, 8);
    await expect(openPackage(zero, 'c.kelisim')).rejects.toThrow(/package format 0, which does not exist/);
  });

  it('refuses a package re-sealed by someone else: its checksum recomputed, its signature not', async () => {
    const file = await sealPackage(content, laptop);
    const bodyLength = file.readUInt32BE(12);
    // The forger changes the content and fixes the SHA-256 (what a plain package used to trust)...
    const forgedBody = (await sealPackage(content.replace('dev-x', 'dev-y'), forger)).subarray(0, 48 + bodyLength);
    const resealed = Buffer.concat([forgedBody, file.subarray(48 + bodyLength)]);
    await expect(openPackage(resealed, 'r.kelisim')).rejects.toMatchObject({ code: 'package-signature-invalid' });
    // ...or signs with a key of their own: it opens, and names the forger's key, which the lead's database judges (trust.ts).
    const own = await openPackage(await sealPackage(content, forger), 'f.kelisim');
    expect(own.signerKey).toEqual(forger.publicKey);
    // A signature block that is not a key at all.
    const garbage = Buffer.from(file);
    garbage.fill(0xff, 48 + bodyLength, 48 + bodyLength + 32);
    await expect(openPackage(garbage, 'g.kelisim')).rejects.toMatchObject({ code: 'package-signature-invalid' });
  });

  it('refuses an unsigned package of format 1 with a way forward', async () => {
    const old = Buffer.from(await sealPackage(content, laptop));
    old.writeUInt16BE(1, 8);
    await expect(openPackage(old, 'old.kelisim')).rejects.toThrow(
      /old\.kelisim carries no signature \(package format 1\).*export the data again/,
    );
  });

  it('reads UTF-8 JSON written by other tools, not only the ASCII Kelisim writes', async () => {
    const file = await sealPackage(content, laptop);
    const opened = await openPackage(file, 'a.kelisim');
    expect(JSON.parse(opened.json).note).toBe('Көршілермен тату тұрамыз — соседи 🙂');
  });
});
