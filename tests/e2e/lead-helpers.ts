/** What the research lead's screens need around them in tests: field laptops' databases and packages. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { projectRoot, screenshotsFolder, type RunningApp } from './fixtures';

/** Runs the CLI and returns its JSON, failing the test with the CLI's own words when it fails. */
export function cliJson<T = unknown>(app: RunningApp, args: string[]): T {
  const result = app.cli([...args, '--json']);
  if (result.code !== 0) throw new Error(`kelisim ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/**
 * Writes the bundled survey and synthetic finalized interviews into a database as field data (`kelisim demo` would
 * mark them as practice data, which packages, analyses and exports leave out).
 */
export function addFieldResponses(database: string, responses: number, seed: number): void {
  const script = path.join(projectRoot, 'tests', 'e2e', 'scripts', 'field-responses.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, database, String(responses), String(seed)], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`writing field responses into ${database} failed: ${result.stderr}`);
}

/** Seeds the app's database with the bundled survey and synthetic finalized field interviews. */
export function demoSeed(responses: number, seed: number): (database: string) => void {
  return (database) => addFieldResponses(database, responses, seed);
}

/** A laptop in the field: its own database with synthetic finalized field interviews. */
export function fieldLaptop(app: RunningApp, name: string, responses: number, seed: number): string {
  const database = path.join(app.folder, `${name}.db`);
  addFieldResponses(database, responses, seed);
  return database;
}

/** `kelisim package export` from a database; returns the package path. */
export function exportPackage(app: RunningApp, database: string, fileName: string, ...options: string[]): string {
  const out = path.join(app.folder, fileName);
  // Encrypted is the default: a test that wants a plain package says so, as a user must.
  const encryption = options.includes('--passphrase-file') ? [] : ['--no-encryption'];
  cliJson(app, ['package', 'export', '--db', database, '--out', out, ...encryption, ...options]);
  return out;
}

/**
 * Someone reopens a finalized interview, corrects answers and finalizes it again, through the
 * same API handlers the interview screens call (the CLI has no command for it). A child process,
 * because the core runs from its TypeScript sources through tsx.
 */
export function correctInterview(database: string, uuid: string, answers: Record<string, string>): void {
  const script = path.join(projectRoot, 'tests', 'e2e', 'scripts', 'correct-interview.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, database, uuid, JSON.stringify(answers)], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`correcting ${uuid} failed: ${result.stderr}`);
}

/**
 * A screenshot of what the lead sees (the 1366×768 window), or of one element: the analysis pages
 * are too long for a full-page picture to show anything.
 */
export async function screenshotOfView(target: Page | Locator, name: string): Promise<void> {
  fs.mkdirSync(screenshotsFolder, { recursive: true });
  await target.screenshot({ path: path.join(screenshotsFolder, `${name}.png`) });
}
