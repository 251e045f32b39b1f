/**
 * `--ordinal` declares a pair ordered for gamma and tau-b. A researcher who declares a variable whose answers are not
 * ascending numbers (the regions of the bundled survey are named abai, akmola, …) is refused, with the variable named,
 * rather than given a gamma computed over an arbitrary order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeAll(async () => {
  temp = tempFolder('kelisim-ordinal-');
  db = temp.file('study.db');
  expect((await kelisim('demo', '--db', db, '--responses', '300', '--seed', '3')).code).toBe(0);
});
afterAll(() => temp.cleanup());

const crosstab = (...args: string[]) =>
  kelisim('analyze', 'crosstab', '--db', db, '--form', 'tolerance_kz', '--include-demo', '--json', ...args);

describe('declaring a pair ordered with --ordinal', () => {
  it('refuses a variable whose answers are not ascending numbers, naming it, with exit 2 and nothing on stdout', async () => {
    const run = await crosstab('--row', 'region', '--col', 'tol_01', '--ordinal');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/"region" are not numbers in ascending order, so it cannot be treated as ordered/);
  });

  it('gives gamma and tau-b for two Likert items of a scale without being told, the same when told', async () => {
    const plain = await crosstab('--row', 'tol_02', '--col', 'tol_01');
    expect(plain.code).toBe(0);
    const told = await crosstab('--row', 'tol_02', '--col', 'tol_01', '--ordinal');
    const [withoutFlag, withFlag] = [JSON.parse(plain.stdout), JSON.parse(told.stdout)];
    expect(withoutFlag.gamma.value).toBeGreaterThan(-1);
    expect(withoutFlag.gamma.value).toBeLessThan(1);
    expect(withFlag.gamma).toEqual(withoutFlag.gamma);
    expect(withFlag.tauB).toEqual(withoutFlag.tauB);
    // The region is not ordered: a crosstab by it has neither.
    const byRegion = JSON.parse((await crosstab('--row', 'tol_01', '--col', 'region')).stdout);
    expect([byRegion.gamma, byRegion.tauB]).toEqual([null, null]);
  });
});
