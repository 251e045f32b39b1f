import { spawn } from 'node:child_process';
import path from 'node:path';
import type { HostServices } from '../api/context';

/**
 * Host services for browser mode. The server runs on the user's own machine (it only listens on
 * 127.0.0.1), so it can ask the system file manager to show an exported file.
 */
export const desktopHost: HostServices = {
  async showInFolder(file: string) {
    const folder = path.dirname(path.resolve(file));
    const [program, args] =
      process.platform === 'win32'
        ? ['explorer', [`/select,${file}`]]
        : process.platform === 'darwin'
          ? ['open', ['-R', file]]
          : ['xdg-open', [folder]];
    return new Promise<boolean>((resolve) => {
      const child = spawn(program, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    });
  },
};
