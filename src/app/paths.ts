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

export function defaultDatabasePath(folder = userDataFolder()): string {
  return path.join(folder, 'kelisim.db');
}

/** The project folder (holding package.json), from this file's location in src/app. */
export function projectRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Where `npm run build` puts the renderer that browser mode serves. */
export function builtRendererFolder(root = projectRoot()): string {
  return path.join(root, 'out', 'renderer');
}

/**
 * The script that runs `kelisim` in a new process: the build (out/cli/kelisim.js) where it exists, otherwise the
 * sources through tsx (a development checkout before its first build).
 */
export function cliScript(root = projectRoot()): string {
  const built = path.join(root, 'out', 'cli', 'kelisim.js');
  return fs.existsSync(built) ? built : path.join(root, 'src', 'cli', 'bin.mjs');
}
