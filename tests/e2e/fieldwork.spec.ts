/**
 * Fieldwork and quality: a Russian-speaking research lead imports the plan (one assignment per interviewer and
 * region, with a quota of women), replaces it after being asked, reads the progress the CLI also reports, then runs
 * the evening's quality checks and rejects a flagged interview with a reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

test.use({ appOptions: { seed: demoSeed(400, 9) } });

test('the plan, its progress and the quality checks', async ({ page, app }) => {
  const plan = path.join(app.folder, 'plan.csv');
  fs.writeFileSync(
    plan,
    'interviewer,region,target,quota:gender=female\nСәуле Жұмабаева,zhambyl,30,15\nДинара Ахметова,almaty_city,30,15\nДинара Ахметова,almaty_reg,20,10\n',
  );
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Полевые работы' }).click();
  await expect(page.getByRole('heading', { name: 'Полевые работы', level: 1 })).toBeVisible();
  await expect(page.getByText('У этой анкеты ещё нет плана')).toBeVisible();

  await page.getByTestId('plan-file').setInputFiles(plan);
  await expect(page.getByRole('status')).toContainText('Загружено 3 задания');
  const progress = cliJson<{ assignments: { final: number; target: number }[]; totals: { final: number } }>(app, [
    'fieldwork',
    'progress',
    '--db',
    app.database,
    '--form',
    'tolerance_kz',
  ]);
  const rows = page.getByTestId('fieldwork-progress').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Жамбыл');
  await expect(rows.first()).toContainText(`${progress.assignments[0].final} / 30`);
  await expect(page.getByTestId('fieldwork-totals')).toContainText(`Сделано ${progress.totals.final} из 80`);
  await screenshotOfView(page, '90-fieldwork-progress');

  // A second plan replaces the first only after the lead says so.
  await page.getByTestId('plan-file').setInputFiles(plan);
  await expect(page.getByRole('heading', { name: 'Заменить план?' })).toBeVisible();
  await page.getByRole('button', { name: 'Заменить план' }).click();
  await expect(page.getByRole('status')).toContainText('Загружено 3 задания');

  // A plan naming a region the form does not have: the problem in Russian, with its row and column.
  fs.writeFileSync(plan, 'interviewer,region,target\nСәуле Жұмабаева,atlantis,30\n');
  await page.getByTestId('plan-file').setInputFiles(plan);
  await page.getByRole('button', { name: 'Заменить план' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('План не загружен');
  await expect(alert).toContainText('строка 2, столбец region: «atlantis» — не вариант ответа на вопрос «region»');

  // One laptop's plan again: the lead picks the interviewer, and one package is made, for her only.
  const send = page.getByTestId('send-plan');
  await send.getByTestId('send-plan-recipient').selectOption('Динара Ахметова');
  await send.getByRole('button', { name: 'Создать пакет' }).click();
  await expect(send.getByRole('status')).toContainText('1 пакет записан');
  const written = fs
    .readdirSync(app.folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.kelisim'));
  expect(written.map((file) => path.basename(file))).toEqual(['plan-tolerance_kz-Динара-Ахметова.kelisim']);
  const inspected = cliJson<{ manifest: { recipient: string } }>(app, ['package', 'inspect', path.join(app.folder, written[0])]);
  expect(inspected.manifest.recipient).toBe('Динара Ахметова');

  await page.getByRole('link', { name: 'Качество' }).click();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByTestId('quality-summary')).toContainText('Проверено 400 интервью');
  const report = cliJson<{ responses: { uuid: string }[]; interviewers: unknown[] }>(app, [
    'quality',
    '--db',
    app.database,
    '--form',
    'tolerance_kz',
  ]);
  await expect(page.getByTestId('quality-interviewers').locator('tbody tr')).toHaveCount(report.interviewers.length);
  const first = page.getByTestId('quality-flagged').locator('li').first();
  await expect(first).toContainText(report.responses[0].uuid.slice(0, 8));
  await screenshotOfView(page, '91-quality');
  await first.getByRole('button', { name: 'Отклонить…' }).click();
  await first.getByLabel('Почему интервью отклоняется?').fill('Дозвонились: интервью не проводилось');
  await first.getByRole('button', { name: 'Отклонить…' }).click();
  await expect(first).toContainText('Отклонено: Дозвонились');
  const frequencies = cliJson<{ n: number }>(app, [
    'analyze',
    'frequencies',
    '--db',
    app.database,
    '--form',
    'tolerance_kz',
    '--var',
    'gender',
  ]);
  expect(frequencies.n).toBe(399);
});
