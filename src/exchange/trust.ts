/**
 * Which key may speak for which device: trust on first use. A package is signed by the
 * installation that exported it (container.ts); its manifest names that installation's device id.
 * The first package from a device teaches this database the device's key; every later package that
 * names the device must carry the same key, or it is refused before anything is written. The lead
 * reviews the keys (`package devices`) and revokes a key that was lost or never trusted: packages
 * signed with it are refused from then on, and the device's next key is trusted on first use.
 */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { keysOfDevice, listDeviceKeys, revokeDeviceKey, type DeviceKeyRow } from '../store/device-keys';
import { deviceId as ownDeviceId, installationKey, keyFingerprint } from '../store/installation';
import type { DeviceKey, PackageSigner, SignerTrust } from './types';

/** How a database regards the key a package is signed with. */
export function assessSigner(db: Db, deviceId: string, signerKey: Buffer): PackageSigner {
  const publicKey = signerKey.toString('base64');
  const signer = (trust: SignerTrust, knownKey?: string): PackageSigner => ({
    deviceId,
    fingerprint: keyFingerprint(signerKey),
    trust,
    ...(knownKey ? { knownFingerprint: keyFingerprint(knownKey) } : {}),
  });
  if (deviceId === ownDeviceId(db)) {
    const own = installationKey(db).publicKey;
    return own.equals(signerKey) ? signer('own') : signer('mismatch', own.toString('base64'));
  }
  const keys = keysOfDevice(db, deviceId);
  const trusted = keys.find((key) => key.revokedAt === null);
  if (trusted?.publicKey === publicKey) return signer('known');
  if (keys.some((key) => key.revokedAt !== null && key.publicKey === publicKey)) return signer('revoked');
  if (trusted) return signer('mismatch', trusted.publicKey);
  return signer('new');
}

/**
 * Checks the signers of the packages of one import, in order: each must be trusted or new, and two
 * packages naming the same new device must carry the same key. Throws the refusal of the first
 * package that fails.
 */
export class ImportTrust {
  private readonly firstSeen = new Map<string, { key: string; file: string }>();

  constructor(private readonly db: Db) {}

  check(file: string, deviceId: string, signerKey: Buffer): PackageSigner {
    const signer = assessSigner(this.db, deviceId, signerKey);
    if (signer.trust === 'mismatch') {
      throw codedError('bad-input', 'package-device-key-mismatch', {
        file,
        deviceId,
        known: signer.knownFingerprint!,
        given: signer.fingerprint,
      });
    }
    if (signer.trust === 'revoked') throw codedError('bad-input', 'package-device-revoked', { file, deviceId, key: signer.fingerprint });
    const key = signerKey.toString('base64');
    const earlier = this.firstSeen.get(deviceId);
    if (earlier && earlier.key !== key) throw codedError('bad-input', 'package-device-two-keys', { file, deviceId, other: earlier.file });
    if (!earlier) this.firstSeen.set(deviceId, { key, file });
    return signer;
  }
}

/** The keys this database has met, for review. */
export function listDevices(db: Db): DeviceKey[] {
  return listDeviceKeys(db).map(toDeviceKey);
}

/** Revokes a trusted key, named by its fingerprint (or a unique start of it). */
export function revokeDevice(db: Db, fingerprint: string, now = Date.now()): DeviceKey {
  return db.transaction(() => {
    const wanted = fingerprint.trim().toLowerCase();
    const matches = listDeviceKeys(db).filter(
      (row) => row.revokedAt === null && keyFingerprint(row.publicKey).toLowerCase().startsWith(wanted),
    );
    if (wanted.length < 'SHA256:'.length + 4 || matches.length !== 1)
      throw codedError('not-found', 'package-device-unknown', { key: fingerprint });
    if (!revokeDeviceKey(db, matches[0].id, now)) throw codedError('not-found', 'package-device-unknown', { key: fingerprint });
    return toDeviceKey({ ...matches[0], revokedAt: now });
  })();
}

function toDeviceKey(row: DeviceKeyRow): DeviceKey {
  const { id: _id, publicKey, ...rest } = row;
  return { ...rest, fingerprint: keyFingerprint(publicKey), publicKey };
}
