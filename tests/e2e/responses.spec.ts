/**
 * Reviewing what was collected: the responses list with its filters and pages, one response in a
 * chosen language, reopening it for a correction (which raises its revision), and the settings.
 * Counts are checked against the command line reading the same database.
 */
import { expect, screenshot, test } from './fixtures';
import { expectScreen, listFromCli, finalizeByClick } from './interview-helpers';

test.use({
  appOptions: {
    seed: (database, cli) => {
      const result = cli(['demo', '--db', database, '--responses', '60', '--seed', '3']);
      if (result.code !== 0) throw new Error(result.stderr);
    },
  },
});

test('the responses list filters and pages, a response is read and reopened', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Интервьюердің аты-жөні').fill('Ерлан Сейітов');
  await page.getByRole('button', { name: 'Сақтап, жалғастыру' }).click();
  await expect(page.getByTestId('first-run')).toBeHidden();

  await page.getByRole('link', { name: 'Сұхбаттар' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сұхбаттар');
  const table = page.getByTestId('responses-table');
  await expect(table.locator('tbody tr')).toHaveCount(50);
  await expect(page.getByText('1–50 (барлығы 60)')).toBeVisible();
  await screenshot(page, '40-responses-list');
  await page.getByRole('button', { name: /Келесі бет/ }).click();
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(page.getByText('51–60 (барлығы 60)')).toBeVisible();

  // Filters: the counts are those the command line finds in the same database.
  const astana = listFromCli(app, '--region', 'astana').total;
  await page.getByLabel('Өңір').selectOption('astana');
  await expect(page.getByText(`(барлығы ${astana})`)).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(astana);
  await expect(table.locator('tbody tr').first()).toContainText('Астана қаласы');
  await page.getByRole('button', { name: 'Сүзгілерді тазалау' }).click();
  await expect(page.getByText('(барлығы 60)')).toBeVisible();
  const interviewer = (await page.getByLabel('Интервьюер').locator('option').nth(1).textContent())!;
  await page.getByLabel('Интервьюер').selectOption(interviewer);
  const theirs = listFromCli(app, '--interviewer', interviewer).total;
  await expect(page.getByText(`(барлығы ${theirs})`)).toBeVisible();
  await page.getByLabel('Күйі').selectOption('draft');
  await expect(page.getByText('Бұл сүзгілерге сәйкес сұхбат жоқ.')).toBeVisible();
  await page.getByRole('button', { name: 'Сүзгілерді тазалау' }).click();

  // One response, labels in Kazakh, then in Russian.
  const newest = listFromCli(app).rows[0];
  await table.locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByText(newest.uuid)).toBeVisible();
  const answers = page.getByTestId('response-answers');
  await expect(answers).toContainText('Сіздің жасыңыз нешеде (толық жыл)?');
  await screenshot(page, '41-response-view');
  await page.getByLabel('Жауаптар тілі').selectOption('ru');
  await expect(answers).toContainText('Сколько Вам полных лет?');

  // Reopening asks first, then the interview is a draft again with its revision raised.
  await page.getByRole('button', { name: 'Түзету үшін қайта ашу' }).click();
  await expect(page.getByRole('dialog')).toContainText('редакция нөмірі 2 болады');
  await screenshot(page, '42-response-reopen-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Түзету үшін қайта ашу' }).click();
  await expectScreen(page, '#finish');
  const reopened = listFromCli(app, '--status', 'draft').rows;
  expect(reopened).toEqual([expect.objectContaining({ uuid: newest.uuid, revision: 2, status: 'draft' })]);
  await finalizeByClick(page);
  await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeVisible();
  expect(listFromCli(app, '--status', 'final').rows.find((row) => row.uuid === newest.uuid)).toMatchObject({ revision: 2 });

  // Settings: the interviewer and this computer's id; the interface language switches at once.
  await page.getByRole('button', { name: 'Сауалнамаларға оралу' }).click();
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await expect(page.getByLabel('Интервьюердің аты-жөні')).toHaveValue('Ерлан Сейітов');
  await expect(page.getByText(/^dev-/)).toBeVisible();
  await screenshot(page, '43-settings');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('navigation')).toContainText('Интервью');
  await page.getByRole('link', { name: 'Анкеты' }).click();
  await screenshot(page, '44-home-russian');
  await page.getByRole('link', { name: 'Отправка данных' }).click();
  await screenshot(page, '45-send-data');
});
