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
