import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from '../command';
import { projectRoot } from '../../app/paths';
import { badInput, KelisimError } from '../../common/errors';

/**
 * Builds better-sqlite3 for Electron's ABI into out/native, where the main process finds it through
 * better-sqlite3's nativeBinding option. It compiles a copy of the package, so the Node build that
 * the CLI and the tests use stays as it is. Needs Electron's headers (downloaded by node-gyp).
 */
export const nativeElectronCommand: Command = {
  name: 'native-electron',
  summary: 'build the SQLite driver for the Electron desktop app (needs network access to electronjs.org)',
  options: {},
  async run(_args, io) {
    const root = projectRoot();
    const requireHere = createRequire(path.join(root, 'package.json'));
    const electronVersion = (requireHere('electron/package.json') as { version: string }).version;
    const driverFolder = path.dirname(requireHere.resolve('better-sqlite3/package.json'));
    const nodeGyp = locateNodeGyp();

    const workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-native-'));
    try {
      fs.cpSync(driverFolder, workFolder, { recursive: true, filter: (source) => !source.includes(`${path.sep}build${path.sep}`) });
      io.stdout(`Building better-sqlite3 for Electron ${electronVersion}…\n`);
      const result = spawnSync(
        process.execPath,
        [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
        { cwd: workFolder, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
      );
      if (result.status !== 0) {
        const lastLine = (result.stderr ?? '').trim().split('\n').pop() ?? '';
        throw new KelisimError('internal', `node-gyp could not build the driver for Electron (${lastLine || `exit ${result.status}`}); Electron's headers come from electronjs.org, which must be reachable`);
      }
      const built = path.join(workFolder, 'build', 'Release', 'better_sqlite3.node');
      const target = path.join(root, 'out', 'native', 'better_sqlite3.node');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(built, `${target}.tmp`);
      fs.renameSync(`${target}.tmp`, target);
      io.stdout(`Wrote ${target}\n`);
    } finally {
      fs.rmSync(workFolder, { recursive: true, force: true });
    }
  },
};

function locateNodeGyp(): string {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw badInput('node-gyp was not found (it comes with npm); install npm or set npm_config_node_gyp');
  return found;
}
