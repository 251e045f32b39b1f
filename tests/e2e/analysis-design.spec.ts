/**
 * A sample design on the analysis screen: the lead has stored the study's design (regions as strata, districts as
 * clusters) with `kelisim design set`; the screen opens with it in the Sample design panel and its summary line,
 * the Estimates tab draws design-based intervals by region, and the breakdown shows the Rao–Scott test — every number
 * the one `kelisim analyze … --json` prints for the same database and design.
 */
import { expect, test } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

const FORM = 'tolerance_kz';

test.use({ appOptions: { seed: demoSeed(400, 33) } });

test('the stored design fills the panel; estimates and the Rao–Scott test equal the CLI’s', async ({ page, app }) => {
  const stored = app.cli(['design', 'set', '--db', app.database, '--form', FORM, '--strata', 'region', '--cluster', 'district']);
  expect(stored.code).toBe(0);
  const estimate = cliJson<any>(app, [
    'analyze',
    'estimate',
    '--db',
    app.database,
    '--form',
    FORM,
    '--var',
    'age',
    '--by',
    'region',
    '--language',
    'kk',
  ]);
  const design = estimate.design;

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Талдау' }).click();
  const panel = page.getByTestId('design-panel');
  await expect(panel.locator('#design-strata')).toHaveValue('region');
  await expect(panel.locator('#design-cluster')).toHaveValue('district');
  await expect(page.getByTestId('design-summary')).toContainText(`${design.strataCount} страта, ${design.psuCount} іріктеу бірлігі`);
  await expect(page.getByTestId('design-summary')).toContainText(`еркіндік дәрежесі ${design.df}`);
  await screenshotOfView(panel, '79-analysis-design-panel');

  await page.getByRole('tab', { name: 'Бағалаулар' }).click();
  await page.locator('#estimate-variable').selectOption('age');
  const table = page.getByTestId('estimates-table');
  const overall = estimate.estimates.find((row: any) => row.group === null);
  await expect(table.locator('tr[data-group=""] td').nth(1)).toHaveAttribute('data-value', String(overall.estimate));
  for (const row of estimate.estimates.filter((r: any) => r.group !== null && r.n > 0).slice(0, 5)) {
    await expect(table.locator(`tr[data-group="${row.group}"] td`).nth(2)).toHaveAttribute('data-value', String(row.se));
  }
  await expect(page.getByTestId('estimates').locator('svg circle')).toHaveCount(
    estimate.estimates.filter((r: any) => r.group !== null && r.n > 0 && r.estimate !== null).length,
  );
  await screenshotOfView(page.getByTestId('estimates'), '80-analysis-estimates');

  const crosstab = cliJson<any>(app, [
    'analyze',
    'crosstab',
    '--db',
    app.database,
    '--form',
    FORM,
    '--row',
    'settlement_type',
    '--col',
    'region',
    '--language',
    'kk',
  ]);
  expect(crosstab.raoScott).toBeTruthy();
  await page.getByRole('tab', { name: 'Бөліп талдау' }).click();
  await page.getByTestId('breakdown-start').click();
  await expect(page.getByTestId('breakdown-progress')).toBeHidden();
  await page.getByTestId('breakdown-overview').locator('tr[data-item="settlement_type"] button').click();
  const card = page.locator('[data-testid="crosstab"][data-item="settlement_type"]');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-stat="raoScottP"]')).toHaveAttribute('data-value', String(crosstab.raoScott.p));
});
