/** The .kelisim file format, byte by byte, as documented at the top of src/exchange/container.ts. */
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asciiJson, openPackage, sealPackage } from '../../../src/exchange/container';

const content = JSON.stringify({ manifest: { deviceId: 'dev-x' }, note: 'Көршілермен тату тұрамыз — соседи 🙂' });

describe('the package container', () => {
  it('lays out a plain package as documented: magic, format, mode, length, SHA-256, gzip', async () => {
    const file = await sealPackage(content);
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x4b, 0x45, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.readUInt16BE(8)).toBe(1);
    expect(file[10]).toBe(0);
    expect(file[11]).toBe(0);
    const bodyLength = file.readUInt32BE(12);
    expect(file.length).toBe(48 + bodyLength);
    const body = file.subarray(48);
    expect(file.subarray(16, 48)).toEqual(createHash('sha256').update(file.subarray(0, 16)).update(body).digest());
    // The content is written as pure ASCII JSON and means the same document.
    const json = gunzipSync(body).toString('latin1');
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(content));
    expect(await openPackage(file, 'a.kelisim')).toEqual({ format: 1, encrypted: false, json: asciiJson(content) });
  });

  it('encrypts everything but the format, with the scrypt settings in the header', async () => {
    const file = await sealPackage(content, 'long enough passphrase');
    expect(file[10]).toBe(1);
    expect([file[16], file[17], file[18], file[19]]).toEqual([17, 8, 1, 0]);
    expect(file.length).toBe(48 + file.readUInt32BE(12) + 16);
    expect(file.includes(Buffer.from('dev-x'))).toBe(false);
    const opened = await openPackage(file, 'a.kelisim', 'long enough passphrase');
    expect(JSON.parse(opened.json)).toEqual(JSON.parse(content));
    // Two encryptions of the same content share nothing (random salt and nonce).
    const again = await sealPackage(content, 'long enough passphrase');
    expect(again.subarray(20, 48).equals(file.subarray(20, 48))).toBe(false);
  });

  it('accepts the passphrase in either Unicode normal form', async () => {
    const composed = 'қазақ тілі әдемі'.normalize('NFC');
    const file = await sealPackage(content, composed);
    await expect(openPackage(file, 'a.kelisim', composed.normalize('NFD'))).resolves.toMatchObject({ encrypted: true });
  });

  it('refuses a damaged header before spending effort on it', async () => {
    const file = await sealPackage(content, 'long enough passphrase');
    const greedy = Buffer.from(file);
    greedy[16] = 30; // 2^30 scrypt cost would ask for 128 GiB
    await expect(openPackage(greedy, 'a.kelisim', 'long enough passphrase')).rejects.toThrow('a.kelisim is damaged (its key-derivation settings are out of range)');
    const longer = Buffer.concat([await sealPackage(content), Buffer.from('xx')]);
    await expect(openPackage(longer, 'b.kelisim')).rejects.toThrow('b.kelisim is damaged (2 unexpected bytes follow its end)');
    const zero = Buffer.from(await sealPackage(content));
    zero.writeUInt16BE(0, 8);
    await expect(openPackage(zero, 'c.kelisim')).rejects.toThrow(/package format 0, which does not exist/);
  });

  it('reads UTF-8 JSON written by other tools, not only the ASCII Kelisim writes', async () => {
    const file = await sealPackage(content);
    const opened = await openPackage(file, 'a.kelisim');
    expect(JSON.parse(opened.json).note).toBe('Көршілермен тату тұрамыз — соседи 🙂');
  });
});
