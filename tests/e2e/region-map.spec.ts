/**
 * The region map: a research lead breaks the survey down by region and sees Kazakhstan's 20 regions coloured by the
 * share agreeing with an item, the mean of a scale and the social distance, with the numbers on hover and in a table,
 * in the interface language, and saves the map as SVG and PNG. Every number on the map is the one
 * `kelisim analyze map --json` prints for the same database, and the SVG saved from the screen is the file the CLI
 * writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

interface MapResult {
  indicator: string;
  regions: { region: string; group: string; label: string; value: number | null; n: number }[];
}

function cliMap(app: RunningApp, variable: string, indicator: string, language: string, ...more: string[]): MapResult {
  return cliJson<MapResult>(app, [
    'analyze',
    'map',
    '--db',
    app.database,
    '--form',
    'tolerance_kz',
    '--by',
    'region',
    '--var',
    variable,
    '--indicator',
    indicator,
    '--language',
    language,
    ...more,
  ]);
}

async function tileValues(page: Page): Promise<Record<string, number | null>> {
  return page
    .locator('[data-testid="map-figure"] g.tile')
    .evaluateAll((tiles) =>
      Object.fromEntries(
        tiles.map((tile) => [
          tile.getAttribute('data-region'),
          tile.getAttribute('data-value') ? Number(tile.getAttribute('data-value')) : null,
        ]),
      ),
    );
}

const expected = (result: MapResult) => Object.fromEntries(result.regions.map((r) => [r.region, r.value]));

test.use({ appOptions: { seed: demoSeed(300, 5) } });

test('the map of regions shows the CLI’s numbers for agreement, means and distance, on hover and in the table, and exports SVG and PNG', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Талдау' }).click();
  await page.getByRole('tab', { name: 'Карта' }).click();

  // Share agreeing with the first Likert item: 20 tiles, one per region, each with the CLI's value.
  const figure = page.getByTestId('map-figure');
  await expect(figure.locator('g.tile')).toHaveCount(20);
  const variable = await page.locator('#map-variable').inputValue();
  const agree = cliMap(app, variable, 'agree', 'kk');
  expect(agree.regions).toHaveLength(20);
  await expect.poll(() => tileValues(page)).toEqual(expected(agree));
  for (const id of ['abai', 'zhetisu', 'ulytau', 'astana', 'almaty_city', 'shymkent'])
    await expect(figure.locator(`g.tile[data-region="${id}"]`)).toHaveCount(1);

  // The table beside the map: every region with its n and value, in the Kazakh number format.
  const table = page.getByTestId('map-table');
  await expect(table.locator('tbody tr')).toHaveCount(20);
  const astana = agree.regions.find((r) => r.region === 'astana')!;
  const kkNumber = (value: number) => new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  await expect(table.locator('tr[data-region="astana"] td').nth(1)).toHaveText(kkNumber(astana.value!));
  await expect(table.locator('tr[data-region="astana"] th')).toHaveText('Астана қаласы');

  // Hover: the region's full name and number read out beneath the map.
  await figure.locator('g.tile[data-region="astana"]').hover();
  await expect(page.getByTestId('map-hover')).toContainText(`Астана қаласы: ${kkNumber(astana.value!)} (n = ${astana.n})`);
  await expect(figure.locator('svg .legend')).toContainText('Келісетіндер, %');
  await screenshotOfView(page, 'region-map-agree-kk');

  // The SVG the screen saves is the file the CLI writes for the same choice.
  const [svgDownload] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('map-export-svg').click()]);
  const saved = fs.readFileSync(await svgDownload.path(), 'utf8');
  const cliSvg = path.join(app.folder, 'map.svg');
  expect(
    app.cli([
      'analyze',
      'map',
      '--db',
      app.database,
      '--form',
      'tolerance_kz',
      '--by',
      'region',
      '--var',
      variable,
      '--indicator',
      'agree',
      '--language',
      'kk',
      '--out',
      cliSvg,
    ]).code,
  ).toBe(0);
  expect(saved).toBe(fs.readFileSync(cliSvg, 'utf8'));
  expect(saved.match(/class="tile"/g)).toHaveLength(20);

  // The PNG: a real picture at twice the map's size.
  const [pngDownload] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('map-export-png').click()]);
  const png = fs.readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000);

  // The mean of a scale and the social distance, likewise.
  await page.getByRole('radio', { name: 'Орташа мән' }).check();
  const meanVariable = await page.locator('#map-variable').inputValue();
  await expect.poll(() => tileValues(page)).toEqual(expected(cliMap(app, meanVariable, 'mean', 'kk')));
  await page.getByRole('radio', { name: 'Әлеуметтік қашықтық' }).check();
  await expect(page.locator('#map-variable')).toHaveValue('social_distance');
  await expect.poll(() => tileValues(page)).toEqual(expected(cliMap(app, 'social_distance', 'distance', 'kk')));
  await expect(figure.locator('svg .title').first()).toContainText('Әлеуметтік қашықтық');

  // In Russian: the tiles, the table and the legend speak Russian.
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Анализ' }).click();
  await page.getByRole('tab', { name: 'Карта' }).click();
  await expect(figure.locator('g.tile[data-region="east_kz"]')).toContainText('ВКО');
  await expect(figure.locator('svg .legend')).toContainText('Согласны, %');
  await expect(page.getByTestId('map-table').locator('tr[data-region="almaty_city"] th')).toHaveText('город Алматы');

  // A breakdown by a variable that is not a list of regions says so instead of drawing a wrong map.
  await page.locator('#analysis-by').selectOption('gender');
  await expect(page.getByTestId('map-not-regions')).toBeVisible();
  await expect(figure).toHaveCount(0);
  // …and offers the form's list of regions back in one click.
  await page.getByRole('button', { name: 'Разбить по переменной «Область или город республиканского значения»' }).click();
  await expect(figure.locator('g.tile')).toHaveCount(20);
});
