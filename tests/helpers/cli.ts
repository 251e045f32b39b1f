import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(projectRoot, 'src', 'cli', 'bin.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kelisim ARGS` in this process (fast; for most tests). */
export async function kelisim(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Runs `kelisim ARGS` as a real process, as a user would (exit codes, stdout/stderr separation). */
export function kelisimProcess(argv: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    input: options.input,
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
