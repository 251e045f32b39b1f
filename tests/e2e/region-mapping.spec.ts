/**
 * A research lead maps a list that does not name the regions plainly: the reference questionnaire's region list
 * (Almaty, Astana, Shymkent, Karaganda, Aktobe, coded 1–5: a list from before 2022, with Karaganda but no Ulytau).
 * The Map tab does not draw it on trust: it shows the proposal, says what to check (Karaganda covered today's Ulytau
 * before 2022), refuses a region picked twice, and draws the map once the lead confirms (Tab to the button, Enter). The tiles then
 * hold the numbers `kelisim analyze map --json` prints from the mapping the screen stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { cliJson, screenshotOfView } from './lead-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { importableSurveyCsv, surveyFormSheets } from '../fixtures/analysis/survey-form';

interface MapResult {
  regions: { region: string; group: string; value: number | null; n: number }[];
}

test.use({
  // The reference questionnaire and its respondents, imported with the CLI as a lead would.
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  appOptions: async ({}, use) => {
    const workbook = await buildWorkbook(surveyFormSheets);
    await use({
      seed: (database, cli) => {
        const folder = path.dirname(database);
        fs.writeFileSync(path.join(folder, 'reference.xlsx'), workbook);
        fs.writeFileSync(path.join(folder, 'survey.csv'), importableSurveyCsv());
        expect(cli(['form', 'import', '--db', database, path.join(folder, 'reference.xlsx')]).code).toBe(0);
        expect(cli(['responses', 'import', '--db', database, '--form', 'reference_survey', path.join(folder, 'survey.csv')]).code).toBe(0);
      },
    });
  },
});

test('a lead confirms which region each choice of a non-standard list stands for, and sees the map', async ({ page, app }) => {
  // Before the lead confirms, the CLI refuses the map too.
  const args = [
    'analyze',
    'map',
    '--db',
    app.database,
    '--form',
    'reference_survey',
    '--by',
    'region',
    '--var',
    'tolerance',
    '--indicator',
    'mean',
  ];
  const refused = app.cli(args);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('the lead must confirm');

  // The questionnaire is in English only, and the analysis reads labels in the interface language.
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Analysis' }).click();
  await page.locator('#analysis-by').selectOption('region');
  await page.getByRole('tab', { name: 'Map' }).click();

  // The proposal, with what to check: no map yet.
  const mapping = page.getByTestId('region-mapping');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('map-figure')).toHaveCount(0);
  await expect(page.getByTestId('mapping-select-1')).toHaveValue('almaty_city');
  await expect(page.getByTestId('mapping-select-2')).toHaveValue('astana');
  await expect(page.getByTestId('mapping-select-4')).toHaveValue('karaganda');
  await expect(mapping.locator('tr[data-choice="4"] td.check')).toContainText('Before 2022 this region also covered today’s Ulytau Region');
  await screenshotOfView(page, 'region-mapping-review-en');

  // A table the lead keeps: a bad one is refused with its row and column and changes nothing; a good one fills the selects.
  const fileInput = page.getByTestId('mapping-file');
  await fileInput.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('choice,region\n1,Atlantis\n') });
  await expect(mapping.getByRole('alert')).toContainText('bad.csv, row 2, column region');
  await expect(page.getByTestId('mapping-select-1')).toHaveValue('almaty_city');
  await fileInput.setInputFiles({
    name: 'oblast.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('choice,region\n1,Алматы қаласы\n2,astana\n3,Shymkent city\n4,ulytau\n5,aktobe\n'),
  });
  await expect(page.getByTestId('mapping-loaded')).toContainText('oblast.csv');
  await expect(page.getByTestId('mapping-select-4')).toHaveValue('ulytau');
  await page.getByTestId('mapping-select-4').selectOption('karaganda');

  // A region picked for two choices is refused before anything is sent.
  await page.getByTestId('mapping-select-2').selectOption('almaty_city');
  await expect(mapping.locator('tr[data-choice="2"] td.check')).toContainText('Almaty city is chosen for several choices');
  await expect(page.getByTestId('mapping-confirm')).toBeDisabled();

  // Back to Astana; then by keyboard: from the last select, Tab reaches the button and Enter confirms.
  const second = page.getByTestId('mapping-select-2');
  await second.selectOption('astana');
  await page.getByTestId('mapping-select-5').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('mapping-confirm')).toBeFocused();
  await page.keyboard.press('Enter');

  // The map, with the numbers the CLI now prints from the stored mapping.
  const figure = page.getByTestId('map-figure');
  await expect(figure.locator('g.tile')).toHaveCount(20);
  const variable = await page.locator('#map-variable').inputValue();
  const indicator = await page.locator('input[name="map-indicator"]:checked').inputValue();
  const cli = cliJson<MapResult>(app, [
    'analyze',
    'map',
    '--db',
    app.database,
    '--form',
    'reference_survey',
    '--by',
    'region',
    '--var',
    variable,
    '--indicator',
    indicator,
  ]);
  expect(cli.regions.map((r) => r.region).sort()).toEqual(['aktobe', 'almaty_city', 'astana', 'karaganda', 'shymkent']);
  const tiles = await figure
    .locator('g.tile')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((tile) => [
          tile.getAttribute('data-region'),
          tile.getAttribute('data-value') ? Number(tile.getAttribute('data-value')) : null,
        ]),
      ),
    );
  for (const region of cli.regions) expect(tiles[region.region]).toBeCloseTo(region.value!, 9);
  expect(tiles.ulytau).toBeNull();
  await expect(page.getByTestId('mapping-confirmed')).toBeVisible();
  await screenshotOfView(page, 'region-mapping-map-en');

  // Reviewing again shows the confirmed regions; forgetting them brings the review back.
  await page.getByTestId('mapping-review').click();
  await expect(page.getByTestId('mapping-select-4')).toHaveValue('karaganda');
  await page.getByTestId('mapping-forget').click();
  await expect(page.getByTestId('map-figure')).toHaveCount(0);
  await expect(page.getByTestId('region-mapping')).toBeVisible();
  expect(app.cli(args).code).toBe(2);
});
