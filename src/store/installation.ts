import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Db } from './database';
import { getSetting, setSetting } from './settings';

/**
 * The stable identity of this installation, recorded in every response it creates and every
 * package it exports. Made once, the first time it is asked for.
 */
export function deviceId(db: Db): string {
  const existing = getSetting(db, 'device_id');
  if (existing) return existing;
  const id = `dev-${globalThis.crypto.randomUUID().slice(0, 13)}`;
  setSetting(db, 'device_id', id);
  return id;
}

/** The installation's Ed25519 key pair: it signs every package this installation exports. */
export interface InstallationKey {
  privateKey: KeyObject;
  /** The 32 raw bytes of the public key, as packages carry it. */
  publicKey: Buffer;
}

/**
 * The signing key of this installation, made the first time it is needed (at init, or for a
 * database made before packages were signed). The private key is kept in the database's settings
 * as PKCS#8: it is the installation's identity and travels with the database file, never in a
 * package.
 */
export function installationKey(db: Db): InstallationKey {
  const stored = getSetting(db, 'signing_private_key');
  if (stored) {
    const privateKey = createPrivateKey({ key: Buffer.from(stored, 'base64'), format: 'der', type: 'pkcs8' });
    return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
  }
  const made = newInstallationKey();
  setSetting(db, 'signing_private_key', made.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
  return made;
}

/** A fresh Ed25519 key pair. */
export function newInstallationKey(): InstallationKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}

/** An Ed25519 public key object from its 32 raw bytes; throws when they are not one. */
export function publicKeyObject(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** "SHA256:3f2a9c01…": how a key is shown to people (the first 16 bytes of its SHA-256, in hex groups). */
export function keyFingerprint(raw: Buffer | string): string {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'base64') : raw;
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return `SHA256:${hex.match(/.{4}/g)!.join(':')}`;
}

function rawPublicKey(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');
}
