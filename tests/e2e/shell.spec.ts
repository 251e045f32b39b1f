import { expect, screenshot, test } from './fixtures';

test('browser mode opens on a fresh database and shows the list of forms', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Осы компьютердегі сауалнамалар');
  await expect(page.getByRole('navigation')).toContainText('Баптаулар');
  // The token leaves the address bar once read, and a reload keeps working.
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await screenshot(page, '01-home');
});

test('an API call without the per-run token is refused', async ({ request, app }) => {
  const origin = new URL(app.url).origin;
  const response = await request.post(`${origin}/api/forms.list`, { data: {} });
  expect(response.status()).toBe(401);
});

test.describe(() => {
  test.use({ appOptions: { defaultDatabase: true } });

  test('the first run offers an empty database or the practice study, marked as practice data and removable', async ({ page, app }) => {
    await page.goto(app.url);
    // Nothing is seeded silently.
    const start = page.getByTestId('study-start');
    await expect(start).toBeVisible();
    await expect(page.getByTestId('forms-table')).toHaveCount(0);
    await screenshot(page, '02-home-first-run-choice');
    await start.getByRole('button', { name: 'Жаттығу зерттеуі' }).click();
    await expect(start).toBeHidden();

    const table = page.getByTestId('forms-table');
    await expect(table).toContainText('Қазақстандағы ұлтаралық төзімділік');
    await expect(table.getByTestId('practice-count')).toHaveText('оның ішінде 1 200 жаттығу сауалнамасы (далалық дерек емес)');
    await screenshot(page, '02-home-practice');
    await page.getByRole('link', { name: 'Сұхбаттар' }).click();
    await expect(page.getByTestId('responses-table').getByTestId('practice-badge').first()).toHaveText('Жаттығу');

    // Removed in one step from Settings; the command line reads the same database.
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    const practice = page.getByTestId('practice-study');
    await practice.getByRole('button', { name: 'Жаттығу зерттеуін өшіру' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Жаттығу зерттеуін өшіру' }).click();
    await expect(practice.getByRole('status')).toHaveText('✓ 1 200 жаттығу сауалнамасы өшірілді.');
    const info = app.cli(['responses', 'list', '--db', app.database, '--json']);
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout).total).toBe(0);
  });
});

test('Settings shows the version, the schema version and the database check the server ran after starting', async ({ page, app }) => {
  const info = JSON.parse(app.cli(['info', '--db', app.database, '--json']).stdout) as { appVersion: string; schemaVersion: number };
  const version = app.cli(['--version']).stdout.trim();
  expect(version).toBe(info.appVersion);
  await page.goto(app.url);
  // The page's icon is served (no 404 on every load).
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(icon!, page.url()).href)).status()).toBe(200);
  await page.evaluate("location.hash = '/settings'");
  await expect(page.getByTestId('app-version')).toHaveText(version);
  await expect(page.getByTestId('schema-version')).toHaveText(String(info.schemaVersion));
  // The whole-file check runs a moment after start; Check now runs it again on demand.
  await page.getByRole('button', { name: 'Қазір тексеру' }).click();
  await expect(page.getByTestId('integrity')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('integrity')).toContainText('зақымсыз');
  await screenshot(page, '03-settings');
});
