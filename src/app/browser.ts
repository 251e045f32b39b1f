import { spawn } from 'node:child_process';

/**
 * Opens a URL in the user's default browser, as Jupyter does. Resolves false where that cannot be done (no display,
 * no opener program); the caller has printed the URL anyway.
 */
export function openInBrowser(url: string, platform = process.platform, env = process.env): Promise<boolean> {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return Promise.resolve(false);
  const [program, args] =
    // cmd's start takes the first quoted word as a window title, hence the empty one; & would end the command.
    platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', '/b', url.replace(/&/g, '^&')]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      windowsVerbatimArguments: platform === 'win32',
    });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

/** --no-open, or KELISIM_NO_OPEN=1 (tests, servers without a person at the screen). */
export function shouldOpenBrowser(noOpenFlag: boolean, env = process.env): boolean {
  return !noOpenFlag && !['1', 'true', 'yes'].includes((env.KELISIM_NO_OPEN ?? '').toLowerCase());
}
