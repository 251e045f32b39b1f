/** Where an interviewer's package goes, and which files may be handed back to the front end. */
import fs from 'node:fs';
import path from 'node:path';
import { codedError } from '../common/errors';
import { localStamp } from '../common/stamps';
import { folderBesideDatabase, unusedPath } from '../io/locations';
import { makePrivateFolder } from '../io/private-files';
import type { Db } from '../store/database';
import { deviceId } from '../store/installation';
import { packageHistory } from '../exchange/history';
import { PACKAGE_EXTENSION } from '../exchange/container';
import type { PackageTarget } from './send-types';

export const PACKAGE_FOLDER = 'kelisim-packages';

/** A fresh package file name in the folder beside the database (made when missing). */
export function packageTarget(db: Db, databasePath: string, now: Date = new Date()): PackageTarget {
  const folder = folderBesideDatabase(databasePath, PACKAGE_FOLDER);
  makePrivateFolder(folder);
  // Two packages in one minute (a second send after a correction) must not overwrite each other.
  const file = unusedPath(path.join(folder, `kelisim-${deviceId(db)}-${localStamp(now)}`), PACKAGE_EXTENSION);
  return { folder, file };
}

/** A package file this installation exported; anything else is refused, so no other file leaves the disk. */
export function exportedPackage(db: Db, file: string): string {
  const resolved = typeof file === 'string' ? path.resolve(file) : '';
  const known = packageHistory(db).exports.some((record) => path.resolve(record.file) === resolved);
  if (!known || !fs.existsSync(resolved)) throw codedError('not-found', 'package-not-exported-here', { file: String(file) });
  return resolved;
}
