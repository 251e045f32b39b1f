import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(projectRoot, 'src', 'cli', 'bin.mjs');
export const screenshotsFolder = path.join(projectRoot, 'test-results', 'screenshots');

export interface RunningApp {
  url: string;
  database: string;
  folder: string;
  /** Runs the kelisim CLI against the same folder (e.g. to read back what the UI saved). */
  cli(args: string[]): { code: number; stdout: string; stderr: string };
}

/** Starts `kelisim serve` on a temporary database, as a user would, and stops it afterwards. */
export async function startApp(
  options: { seed?: (database: string, cli: RunningApp['cli']) => void; defaultDatabase?: boolean } = {},
): Promise<RunningApp & { stop(): Promise<void> }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-e2e-'));
  // The default database lives in the user-data folder, which KELISIM_HOME points into the temp folder.
  const database = options.defaultDatabase ? path.join(folder, 'home', 'kelisim.db') : path.join(folder, 'study.db');
  const cli: RunningApp['cli'] = (args) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000 });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };
  options.seed?.(database, cli);
  const serveArgs = options.defaultDatabase ? ['serve'] : ['serve', '--db', database];
  const child: ChildProcess = spawn(process.execPath, [bin, ...serveArgs], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KELISIM_HOME: path.join(folder, 'home'), KELISIM_NO_OPEN: '1' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`kelisim serve did not print its URL:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`kelisim serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    database,
    folder,
    cli,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-results/screenshots, named for the screen. */
export async function screenshot(page: import('@playwright/test').Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotsFolder, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsFolder, `${name}.png`), fullPage: true });
}

/** What the `app` fixture starts with: the same options as `startApp`, set per file with `test.use({ appOptions: … })`. */
export type AppOptions = Parameters<typeof startApp>[0];

/**
 * Options for `test.use({ appOptions: … })` whose seed imports an XLSForm workbook with the CLI, as a lead would. The
 * workbook is made (asynchronously) when a test asks for the app, so a spec needs no start-up code in its tests.
 */
export function withImportedWorkbook(make: () => Promise<Uint8Array> | Uint8Array, fileName = 'form.xlsx') {
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  return async ({}, use: (options: AppOptions) => Promise<void>) => {
    const workbook = await make();
    await use({
      seed: (database, cli) => {
        const file = path.join(path.dirname(database), fileName);
        fs.writeFileSync(file, workbook);
        const result = cli(['form', 'import', '--db', database, file]);
        if (result.code !== 0) throw new Error(`kelisim form import failed: ${result.stderr}`);
      },
    });
  };
}

/**
 * `test` with an `app` fixture: a fresh `kelisim serve` on a temporary database for each test that asks for
 * it, stopped (and its folder removed) afterwards even when the test fails, so a spec needs no
 * beforeEach/afterEach of its own. `startApp` stays for what starts several apps or one mid-test: the lead and the
 * laptop of fieldwork-laptop.spec.ts, and tour.ts (the screenshots' and accessibility checks' walk through every screen).
 */
export const test = base.extend<{ appOptions: AppOptions; app: RunningApp }>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use) => {
    const app = await startApp(appOptions);
    try {
      await use(app);
    } finally {
      await app.stop();
    }
  },
});
export { expect };
