/**
 * `kelisim analyze map`: the regions' values as the means and crosstab commands compute them, an SVG with 20 tiles,
 * a refusal (exit 2, nothing written) for a variable that is not a list of regions, and the lead's own mapping.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve(__dirname, '../../../src/cli/bin.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('kelisim analyze map', () => {
  let folder = '';
  let db = '';
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-map-'));
    db = path.join(folder, 'study.db');
    expect(run('demo', '--db', db, '--responses', '150').status).toBe(0);
  }, 120_000);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const base = () => ['analyze', 'map', '--db', db, '--form', 'tolerance_kz', '--include-demo', '--language', 'en'];

  it('gives each region the mean the means command gives its group, and writes a 20-tile SVG', () => {
    const out = path.join(folder, 'map.svg');
    const map = JSON.parse(run(...base(), '--by', 'region', '--var', 'tolerance', '--indicator', 'mean', '--out', out, '--json').stdout);
    const means = JSON.parse(
      run(
        'analyze',
        'means',
        '--db',
        db,
        '--form',
        'tolerance_kz',
        '--include-demo',
        '--language',
        'en',
        '--by',
        'region',
        '--var',
        'tolerance',
        '--json',
      ).stdout,
    );
    expect(map.regions).toHaveLength(20);
    for (const group of means.groups) {
      expect(map.regions.find((r: { group: string }) => r.group === group.group).value).toBe(group.n > 0 ? group.mean : null);
    }
    const svg = fs.readFileSync(out, 'utf8');
    expect(svg.match(/class="tile"/g)).toHaveLength(20);
    expect(svg).toContain('Mean by region');
  }, 120_000);

  it('refuses a variable whose choices are not regions, with exit 2 and no file', () => {
    const out = path.join(folder, 'gender.svg');
    const result = run(...base(), '--by', 'gender', '--var', 'tol_01', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('do not name Kazakhstan');
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);

  it('takes the lead’s mapping for a list of other codes, and refuses an unknown region id', () => {
    const mapped = JSON.parse(
      run(...base(), '--by', 'settlement_type', '--var', 'tol_01', '--regions', 'urban=astana,rural=akmola', '--json').stdout,
    );
    expect(mapped.regions.map((r: { region: string }) => r.region).sort()).toEqual(['akmola', 'astana']);
    const bad = run(...base(), '--by', 'settlement_type', '--var', 'tol_01', '--regions', 'urban=atlantis');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"atlantis"');
  }, 120_000);
});
