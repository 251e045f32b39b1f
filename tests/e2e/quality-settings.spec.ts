/**
 * The Quality screen's settings are the CLI's: a lead opens "Settings" from the keyboard, makes the speeding
 * threshold stricter, and the screen flags what `kelisim quality --speeding-share` flags.
 */
import { expect, test } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

test.use({ appOptions: { seed: demoSeed(400, 9) } });

interface Report {
  responses: { uuid: string; flags: { check: string }[] }[];
  interviewers: { interviewer: string; flags: Record<string, number> }[];
}

const speeders = (report: Report) => report.responses.filter((r) => r.flags.some((flag) => flag.check === 'speeding')).length;

test('a threshold changed in the screen flags what the CLI flags with the same flag', async ({ page, app }) => {
  const quality = (...flags: string[]) => cliJson<Report>(app, ['quality', '--db', app.database, '--form', 'tolerance_kz', ...flags]);
  const byDefault = quality();
  const stricter = quality('--speeding-share', '0.6');
  expect(speeders(stricter)).toBeGreaterThan(speeders(byDefault));

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Quality' }).click();
  await page.getByRole('button', { name: 'Run the checks' }).click();
  const summary = page.getByTestId('quality-summary');
  await expect(summary).toContainText(`400 interviews checked, ${byDefault.responses.length} flagged`);

  // Settings, from the keyboard: the disclosure opens with Enter and shows every default.
  const settings = page.getByTestId('quality-settings');
  await settings.locator('summary').focus();
  await page.keyboard.press('Enter');
  const speeding = settings.getByLabel('Speeding: shorter than this share of the median duration');
  await expect(speeding).toBeVisible();
  await expect(speeding).toHaveValue('0.333');
  await expect(settings.getByText('default 0.333')).toBeVisible();
  await expect(settings.getByLabel('Straight-lining: grids of at least this many items')).toHaveValue('5');
  await expect(settings.getByLabel('Outliers: beyond this many IQRs from the quartiles')).toHaveValue('3');

  await speeding.fill('0.6');
  await speeding.press('Enter');
  await expect(summary).toContainText(`400 interviews checked, ${stricter.responses.length} flagged`);
  const speedingColumn = page.getByTestId('quality-interviewers').locator('tbody tr td:nth-child(4)');
  const perInterviewer = (await speedingColumn.allTextContents()).map(Number);
  expect(perInterviewer.reduce((sum, n) => sum + n, 0)).toBe(speeders(stricter));
  await screenshotOfView(page, '92-quality-settings');

  // An interviewer filter and a range, the same as --interviewer and --range.
  const one = stricter.interviewers[0].interviewer;
  await settings.getByLabel('Only these interviewers (comma-separated)').fill(one);
  await settings.getByLabel('Plausible ranges of number questions (comma-separated)').fill('age=18..30');
  await page.getByRole('button', { name: 'Run the checks' }).click();
  const filtered = quality('--speeding-share', '0.6', '--interviewer', one, '--range', 'age=18..30');
  await expect(summary).toContainText(`, ${filtered.responses.length} flagged`);
  await expect(page.getByTestId('quality-interviewers').locator('tbody tr')).toHaveCount(1);

  // A range the CLI would refuse is refused here too, in words, before anything runs.
  await settings.getByLabel('Plausible ranges of number questions (comma-separated)').fill('age=30..18');
  await page.getByRole('button', { name: 'Run the checks' }).click();
  await expect(settings.getByRole('alert')).toContainText('A range must look like age=18..100, not “age=30..18”.');

  await settings.getByRole('button', { name: 'Restore the defaults' }).click();
  await expect(speeding).toHaveValue('0.333');
  await page.getByRole('button', { name: 'Run the checks' }).click();
  await expect(summary).toContainText(`400 interviews checked, ${byDefault.responses.length} flagged`);

  // A changed value stays while the app is open; the same settings in Kazakh (the longest labels of the three).
  await speeding.fill('0.5');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await page.getByRole('link', { name: 'Сапа' }).click();
  await page.getByTestId('quality-settings').locator('summary').click();
  await expect(page.getByLabel('Тым жылдам: медиана ұзақтығының осы үлесінен қысқа')).toHaveValue('0.5');
  await expect(page.getByTestId('quality-settings').getByText('әдепкі 0,333')).toBeVisible();
  await screenshotOfView(page, '93-quality-settings-kk');
});
