import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from '../command';
import { stringOption } from '../command';
import { projectRoot } from '../../app/paths';
import { browserModeOptions, serveUntilStopped } from './serve';

export const startCommand: Command = {
  name: 'start',
  summary: 'open the desktop app; falls back to browser mode where Electron cannot start',
  options: browserModeOptions,
  async run(args, io) {
    const root = projectRoot();
    const electron = locateElectron(root);
    if (!electron.path) {
      return serveUntilStopped(args, io, `Electron cannot start here (${electron.reason}); serving the same app in browser mode instead.`);
    }
    const mainScript = path.join(root, 'out', 'main', 'main.js');
    if (!fs.existsSync(mainScript)) {
      return serveUntilStopped(
        args,
        io,
        `The desktop build is missing (${mainScript}; run "npm run build"); serving browser mode instead.`,
      );
    }
    const database = stringOption(args, 'db');
    const failure = await runElectron(electron.path, root, database ? ['--db', path.resolve(database)] : []);
    if (failure) {
      return serveUntilStopped(args, io, `Electron could not start (${failure}); serving the same app in browser mode instead.`);
    }
  },
};

/**
 * Finds the Electron binary without triggering its lazy download: requiring the `electron`
 * package would try to fetch the runtime from a host that may be unreachable.
 */
function locateElectron(root: string): { path?: string; reason: string } {
  let packageFolder: string;
  try {
    packageFolder = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageFolder, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: 'the Electron runtime has not been downloaded' };
  const binary = path.join(packageFolder, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { reason: `the Electron runtime is missing at ${binary}` };
  return { path: binary, reason: '' };
}

/** Resolves with a reason when Electron fails to come up, or with nothing once the window closes normally. */
function runElectron(binary: string, root: string, extraArgs: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    let stderr = '';
    const child = spawn(binary, [root, ...extraArgs], { stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => {
      const quickFailure = Date.now() - startedAt < 5000 && (code !== 0 || signal);
      resolve(quickFailure ? stderr.trim().split('\n').pop() || `exit ${code ?? signal}` : undefined);
    });
  });
}
