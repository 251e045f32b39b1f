import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { codedError } from '../common/errors';
import { builtRendererFolder, projectRoot } from './paths';

/**
 * Makes sure the interface is built before browser mode serves it: a fresh clone has no out/ yet.
 * Builds with the project's electron-vite (a few seconds) when out/renderer is missing.
 */
export function ensureInterfaceBuilt(log: (line: string) => void): string {
  const rendererDir = builtRendererFolder();
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return rendererDir;
  const root = projectRoot();
  let builder: string;
  try {
    const requireHere = createRequire(path.join(root, 'package.json'));
    builder = path.join(path.dirname(requireHere.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  } catch {
    throw codedError('internal', 'interface-not-built', { folder: rendererDir });
  }
  log('Building the interface (first run)…');
  const result = spawnSync(process.execPath, [builder, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw codedError('internal', 'interface-build-failed', { detail: (result.stderr ?? '').trim().split('\n').slice(-3).join(' ') });
  }
  return rendererDir;
}
