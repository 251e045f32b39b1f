/**
 * A lead maps a list that does not name the regions plainly: the reference survey's region list (codes 1–5 labelled
 * Almaty, Astana, Shymkent, Karaganda, Aktobe — five units, and Karaganda without Ulytau, so a pre-2022 list). The
 * map is refused until the lead confirms a mapping; a bad table is refused whole (exit 2, every row and column named,
 * nothing stored); a good one is stored, and the map then shows for each region the mean R computed for its group
 * (tests/fixtures/analysis/means.R, toleranceByRegion). The PNG is the same map drawn by resvg.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { importableSurveyCsv, surveyFormSheets } from '../../fixtures/analysis/survey-form';
import { expectRelative, rReference } from '../analysis/references';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/common/regions/map-svg';

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeAll(async () => {
  temp = tempFolder('kelisim-regions-');
  db = temp.file('reference.db');
  const workbook = temp.file('reference-survey.xlsx');
  fs.writeFileSync(workbook, await buildWorkbook(surveyFormSheets));
  const data = temp.file('survey.csv');
  fs.writeFileSync(data, importableSurveyCsv());
  expect((await kelisim('form', 'import', '--db', db, workbook)).code).toBe(0);
  expect((await kelisim('responses', 'import', '--db', db, '--form', 'reference_survey', data)).code).toBe(0);
}, 60_000);
afterAll(() => temp.cleanup());

const form = () => ['--db', db, '--form', 'reference_survey'];
const map = (...more: string[]) =>
  kelisim('analyze', 'map', ...form(), '--by', 'region', '--var', 'tolerance', '--indicator', 'mean', ...more);
const csv = (name: string, text: string) => {
  const file = temp.file(name);
  fs.writeFileSync(file, text);
  return file;
};

/** R's mean tolerance of each region group (codes 1–5). */
const rMeans = rReference('means').toleranceByRegion.groups as Record<string, { mean: number; n: number }>;
const confirmed = { 1: 'almaty_city', 2: 'astana', 3: 'shymkent', 4: 'karaganda', 5: 'aktobe' } as const;

describe('kelisim regions and analyze map --region-map', () => {
  it('refuses the map of a list that needs the lead’s eye until a mapping is confirmed', async () => {
    const run = await map();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the lead must confirm which region each choice stands for');
  });

  it('shows the proposal: the cities by name, Karaganda ambiguous with Ulytau (a list from before 2022)', async () => {
    const run = await kelisim('regions', 'show', ...form(), '--question', 'region', '--json');
    expect(run.code).toBe(0);
    const view = JSON.parse(run.stdout);
    expect(view).toMatchObject({ plain: false, ready: false, confirmedAt: null });
    const byCode = Object.fromEntries(view.choices.map((c: { code: string; proposal: unknown }) => [c.code, c.proposal]));
    expect(byCode['1']).toMatchObject({ region: 'almaty_city', status: 'matched', basis: 'name' });
    expect(byCode['2']).toMatchObject({ region: 'astana', status: 'matched' });
    expect(byCode['4']).toMatchObject({
      region: 'karaganda',
      status: 'ambiguous',
      note: 'split-2022',
      candidates: ['karaganda', 'ulytau'],
    });
    const text = await kelisim('regions', 'show', ...form(), '--question', 'region');
    expect(text.stdout).toContain('split in 2022: karaganda or ulytau');
    expect(text.stdout).toContain('Not confirmed');
  });

  it('refuses a bad table with exit 2, naming each row and column, and stores nothing', async () => {
    const bad = csv('bad.csv', 'choice,region\n1,almaty_city\n7,astana\n3,Atlantis\n4,karaganda\n4,ulytau\n5,astana\n2,astana\n');
    const run = await kelisim('regions', 'set', ...form(), '--question', 'region', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('row 3, column choice: "region" has no choice "7"');
    expect(run.stderr).toContain('row 4, column region: The region "Atlantis" given for the choice "3" is not known');
    expect(run.stderr).toContain('row 6, column choice: The choice "4" is given a second time (first on row 5)');
    const noHeader = await kelisim('regions', 'set', ...form(), '--question', 'region', csv('header.csv', 'code,oblast\n1,astana\n'));
    expect(noHeader.code).toBe(2);
    expect(noHeader.stderr).toContain('must name the columns "choice" (the choice\'s code) and "region"');
    // A sound table but for one region named twice: the row of the second one is named.
    const twice = await kelisim(
      'regions',
      'set',
      ...form(),
      '--question',
      'region',
      csv('twice.csv', 'choice,region\n1,astana\n2,Astana city\n3,shymkent\n4,karaganda\n5,aktobe\n'),
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('row 3, column region: In "region" several choices name the region "astana" (1, 2)');
    const missing = await kelisim(
      'regions',
      'set',
      ...form(),
      '--question',
      'region',
      csv('missing.csv', 'choice,region\n1,almaty_city\n'),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing: 2, 3, 4, 5');
    const view = JSON.parse((await kelisim('regions', 'show', ...form(), '--question', 'region', '--json')).stdout);
    expect(view.confirmedAt).toBeNull();
    expect((await map()).code).toBe(2);
  });

  it('stores a confirmed mapping, and the map then shows R’s mean for each region', async () => {
    const good = csv(
      'good.csv',
      '\ufeffchoice;region;label\n1;almaty_city;Almaty\n2;Астана қаласы;Astana\n3;shymkent;Shymkent\n4;Karaganda Region;Karaganda\n5;aktobe;Aktobe\n',
    );
    const set = await kelisim('regions', 'set', ...form(), '--question', 'region', good);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('5 of 5 choices of region are on the map');
    const view = JSON.parse((await kelisim('regions', 'show', ...form(), '--question', 'region', '--json')).stdout);
    expect(view.ready).toBe(true);
    expect(Object.fromEntries(view.choices.map((c: { code: string; confirmed: string }) => [c.code, c.confirmed]))).toEqual(confirmed);

    const run = await map('--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.regions).toHaveLength(5);
    for (const [code, region] of Object.entries(confirmed)) {
      const tile = result.regions.find((r: { region: string }) => r.region === region);
      expect(tile.group).toBe(code);
      expect(tile.n).toBe(rMeans[code].n);
      expectRelative(tile.value, rMeans[code].mean);
    }
  });

  it('writes the map as a PNG whose header says the map’s size at the scale asked', async () => {
    const out = temp.file('map.png');
    const started = performance.now();
    const run = await map('--out', out, '--scale', '2', '--language', 'en');
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const png = fs.readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(MAP_WIDTH * 2);
    expect(png.readUInt32BE(20)).toBe(MAP_HEIGHT * 2);
    expect(run.stdout).toContain(`Map written to ${out} (PNG ${MAP_WIDTH * 2}×${MAP_HEIGHT * 2} px`);
    console.info(`PNG ${png.length} bytes, ${MAP_WIDTH * 2}×${MAP_HEIGHT * 2} px, written in ${seconds.toFixed(2)} s`);
    const wrong = await map('--out', temp.file('map.gif'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('.svg or .png file');
    expect((await map('--out', temp.file('big.png'), '--scale', '20')).code).toBe(2);
  });

  it('takes a one-off --region-map without storing it, and forgets the confirmed mapping on clear', async () => {
    const cleared = await kelisim('regions', 'clear', ...form(), '--question', 'region');
    expect(cleared.stdout).toContain('forgotten');
    expect((await map()).code).toBe(2);
    const once = csv('once.csv', 'choice,region\n1,almaty_reg\n2,astana\n3,\n4,ulytau\n5,-\n');
    const run = await map('--region-map', once, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.regions.map((r: { region: string }) => r.region).sort()).toEqual(['almaty_reg', 'astana', 'ulytau']);
    expect(result.unmatched.map((level: { value: string }) => level.value)).toEqual(['3', '5']);
    expect(JSON.parse((await kelisim('regions', 'show', ...form(), '--question', 'region', '--json')).stdout).confirmedAt).toBeNull();
    const bad = await map('--region-map', csv('once-bad.csv', 'choice,region\n1,astana\n2,Nowhere\n'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('row 3, column region');
  });
});
