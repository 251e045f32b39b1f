import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint keeps every error of the core and of the CLI's commands coded: a new English-only error in src/ fails
 * `npm run lint` (a command's refusal reaches a Kazakh or Russian terminal in its language), while the benchmarks'
 * library may still raise plain ones.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const uncoded = [
  "import { badInput, conflict, notFound, KelisimError } from '../common/errors';",
  "export const refuse = () => badInput('the weight must be a number');",
  "export const missing = () => notFound('there is no such form');",
  "export const busy = () => conflict('the interview is finalized');",
  "export const broken = () => new KelisimError('internal', 'the thread stopped');",
  '',
].join('\n');

async function restrictedSyntaxAt(file: string): Promise<number[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(uncoded, { filePath: path.join(repoRoot, file) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.line);
}

describe('uncoded errors in the core', () => {
  it('fail the lint in a domain of the core, once per throw site', async () => {
    expect(await restrictedSyntaxAt('src/analysis/new-procedure.ts')).toEqual([2, 3, 4, 5]);
  });

  it("fail the lint in the CLI's commands too, once per throw site", async () => {
    expect(await restrictedSyntaxAt('src/cli/commands/new-command.ts')).toEqual([2, 3, 4, 5]);
    expect(await restrictedSyntaxAt('src/cli/new-helper.ts')).toEqual([2, 3, 4, 5]);
  });

  it("pass in the benchmarks' library", async () => {
    expect(await restrictedSyntaxAt('src/bench/new-bench.ts')).toEqual([]);
  });
});
