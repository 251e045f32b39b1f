/** Where an interviewer's package goes, and which files may be handed back to the front end. */
import fs from 'node:fs';
import path from 'node:path';
import { codedError } from '../common/errors';
import { userDataFolder } from '../app/paths';
import { makePrivateFolder } from '../io/private-files';
import type { Db } from '../store/database';
import { deviceId } from '../store/installation';
import { packageHistory } from '../exchange/history';
import { PACKAGE_EXTENSION } from '../exchange/container';
import type { PackageTarget } from '../api/spec';

export const PACKAGE_FOLDER = 'kelisim-packages';

/** A fresh package file name in the folder beside the database (made when missing). */
export function packageTarget(db: Db, databasePath: string, now: Date = new Date()): PackageTarget {
  const base = databasePath === ':memory:' ? userDataFolder() : path.dirname(path.resolve(databasePath));
  const folder = path.join(base, PACKAGE_FOLDER);
  makePrivateFolder(folder);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  let file = path.join(folder, `kelisim-${deviceId(db)}-${stamp}${PACKAGE_EXTENSION}`);
  // Two packages in one minute (a second send after a correction) must not overwrite each other.
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `kelisim-${deviceId(db)}-${stamp}-${n}${PACKAGE_EXTENSION}`);
  return { folder, file };
}

/** A package file this installation exported; anything else is refused, so no other file leaves the disk. */
export function exportedPackage(db: Db, file: string): string {
  const resolved = typeof file === 'string' ? path.resolve(file) : '';
  const known = packageHistory(db).exports.some((record) => path.resolve(record.file) === resolved);
  if (!known || !fs.existsSync(resolved)) throw codedError('not-found', 'package-not-exported-here', { file: String(file) });
  return resolved;
}
