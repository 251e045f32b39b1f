import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, userDataFolder } from '../io/locations';

/** Moved to src/io/locations.ts so that domains can place files without importing the start-up layer. */
export { PRODUCT_NAME, projectRoot, userDataFolder } from '../io/locations';

export function defaultDatabasePath(folder = userDataFolder()): string {
  return path.join(folder, 'kelisim.db');
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
