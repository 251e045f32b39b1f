/**
 * Where Kelisim keeps its files on this computer. These depend on the environment only, never on the
 * start-up layer (src/app re-exports them), so a domain may place its files without importing upwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The product name; also the folder Electron calls userData. */
export const PRODUCT_NAME = 'Kelisim';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives, so the desktop
 * app and browser mode open the same database. KELISIM_HOME overrides it (tests, portable use).
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.KELISIM_HOME) return path.resolve(env.KELISIM_HOME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

/** The project folder (holding package.json), from this file's location two levels down (src/io, or out/cli when built). */
export function projectRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** A folder named `name` beside the database; for an in-memory database, in the user data folder. */
export function folderBesideDatabase(databasePath: string, name: string): string {
  const base = databasePath === ':memory:' ? userDataFolder() : path.dirname(path.resolve(databasePath));
  return path.join(base, name);
}

/** `${stem}${extension}`, or `${stem}-2${extension}`, `-3`… the first name not taken, so nothing is overwritten. */
export function unusedPath(stem: string, extension: string): string {
  let candidate = `${stem}${extension}`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${stem}-${n}${extension}`;
  return candidate;
}
