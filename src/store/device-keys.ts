import type { Db } from './database';

/** A device's signing key as this database remembers it (trust on first use). */
export interface DeviceKeyRow {
  id: number;
  deviceId: string;
  /** base64 of the 32 raw bytes. */
  publicKey: string;
  firstSeenAt: number;
  firstPackage: string;
  lastSeenAt: number;
  packages: number;
  revokedAt: number | null;
}

const COLUMNS = `id, device_id AS deviceId, public_key AS publicKey, first_seen_at AS firstSeenAt, first_package AS firstPackage,
                 last_seen_at AS lastSeenAt, packages, revoked_at AS revokedAt`;

/** Every key of every device, trusted ones first, then by device and when first seen. */
export function listDeviceKeys(db: Db): DeviceKeyRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM device_keys ORDER BY revoked_at IS NOT NULL, device_id, first_seen_at, id`)
    .all() as DeviceKeyRow[];
}

/** The keys this database knows for one device: at most one trusted, any number revoked. */
export function keysOfDevice(db: Db, deviceId: string): DeviceKeyRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM device_keys WHERE device_id = ? ORDER BY id`).all(deviceId) as DeviceKeyRow[];
}

/** Remembers that a package from this device came signed with this key (which the caller checked may speak for it). */
export function rememberDeviceKey(db: Db, entry: { deviceId: string; publicKey: string; packageFile: string; at: number }): void {
  db.prepare(
    `INSERT INTO device_keys (device_id, public_key, first_seen_at, first_package, last_seen_at, packages)
     VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (device_id, public_key) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at), packages = packages + 1`,
  ).run(entry.deviceId, entry.publicKey, entry.at, entry.packageFile, entry.at);
}

/** Revokes a trusted key; false when there is no such trusted key. */
export function revokeDeviceKey(db: Db, id: number, at: number): boolean {
  return db.prepare('UPDATE device_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0;
}
