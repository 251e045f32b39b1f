/**
 * The research lead edits the imported plan in the Fieldwork screen, in Russian: raises a target, adds an assignment
 * (region from the question's choices), saves, and finds the database holding it (read back with the CLI); an
 * assignment left without an interviewer is refused with the problem beside the cell and nothing stored; a row is
 * removed after being asked; and the saved plan is downloaded as the CSV `plan import` reads again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { addFieldResponses, cliJson, screenshotOfView } from './lead-helpers';

const PLAN = 'id,interviewer,region,target,quota:gender=female\nA1,Сәуле Жұмабаева,zhambyl,30,15\nA2,Динара Ахметова,almaty_city,30,15\n';

test.use({
  appOptions: {
    seed: (database, cli) => {
      addFieldResponses(database, 60, 5);
      const file = path.join(path.dirname(database), 'plan.csv');
      fs.writeFileSync(file, PLAN);
      const imported = cli(['plan', 'import', '--db', database, '--form', 'tolerance_kz', file]);
      if (imported.code !== 0) throw new Error(imported.stderr);
    },
  },
});

interface Assignment {
  id: string;
  interviewer: string;
  target: number;
  location: Record<string, string>;
  quotas: { question: string; choice: string; target: number }[];
}

test('the lead edits the plan in a table, saves it and exports it', async ({ page, app }) => {
  const stored = () =>
    cliJson<{ assignments: Assignment[] }>(app, ['plan', 'show', '--db', app.database, '--form', 'tolerance_kz']).assignments;
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Полевые работы' }).click();

  const editor = page.getByTestId('plan-editor');
  await expect(editor.getByRole('heading', { name: 'Задания плана' })).toBeVisible();
  const rows = editor.getByTestId('plan-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(editor.getByTestId('plan-edit-state')).toHaveText('Сохранено');

  // A higher target for the first assignment, and a new one: Astana for Айгүл, with a quota of women.
  await editor.getByLabel('План, интервью, Строка 2', { exact: true }).fill('45');
  await expect(editor.getByTestId('plan-edit-state')).toHaveText('Есть несохранённые изменения');
  await editor.getByRole('button', { name: 'Добавить задание' }).click();
  await expect(rows).toHaveCount(3);
  // The new row's interviewer has the focus: the lead types straight away.
  await page.keyboard.type('Айгүл Серікбаева');
  await rows.nth(2).locator('select').selectOption('astana');
  await editor.getByLabel('План, интервью, Строка 4', { exact: true }).fill('12');
  await rows.nth(2).locator('input[type=number]').nth(1).fill('6');
  await editor.evaluate((element) => element.scrollIntoView());
  await screenshotOfView(page, '91-fieldwork-plan-edit');

  // Save from the keyboard: the button is reached with Tab like any other.
  const save = editor.getByRole('button', { name: 'Сохранить план' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByTestId('plan-edit-notice')).toContainText('Сохранено 3 задания');
  await expect(editor.getByTestId('plan-edit-state')).toHaveText('Сохранено');
  const saved = stored();
  expect(saved).toEqual([
    {
      id: 'A1',
      interviewer: 'Сәуле Жұмабаева',
      target: 45,
      location: { region: 'zhambyl' },
      quotas: [{ question: 'gender', choice: 'female', target: 15 }],
    },
    {
      id: 'A2',
      interviewer: 'Динара Ахметова',
      target: 30,
      location: { region: 'almaty_city' },
      quotas: [{ question: 'gender', choice: 'female', target: 15 }],
    },
    {
      id: '3',
      interviewer: 'Айгүл Серікбаева',
      target: 12,
      location: { region: 'astana' },
      quotas: [{ question: 'gender', choice: 'female', target: 6 }],
    },
  ]);
  // The progress below follows the saved plan.
  await expect(page.getByTestId('fieldwork-progress').locator('tbody tr')).toHaveCount(3);

  // An assignment without an interviewer: refused, the problem beside the cell in Russian, nothing stored.
  await editor.getByLabel('Интервьюер, Строка 3', { exact: true }).fill('');
  await editor.getByLabel('План, интервью, Строка 2', { exact: true }).fill('50');
  await save.click();
  await expect(editor.getByRole('alert')).toContainText('План не сохранён');
  const problem = rows.nth(1).getByTestId('plan-cell-problem');
  await expect(problem).toHaveText('строка 3, столбец interviewer: Не указан интервьюер.');
  await expect(editor.getByLabel('Интервьюер, Строка 3', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByTestId('plan-edit-state')).toHaveText('Есть несохранённые изменения');
  expect(stored()).toEqual(saved);
  await editor.evaluate((element) => element.scrollIntoView());
  await screenshotOfView(page, '92-fieldwork-plan-edit-problem');

  // Undo the edits, then remove the new assignment: the screen asks first.
  await editor.getByRole('button', { name: 'Отменить изменения' }).click();
  await expect(editor.getByLabel('Интервьюер, Строка 3', { exact: true })).toHaveValue('Динара Ахметова');
  await editor.getByRole('button', { name: 'Удалить задание в строке 4' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Задание 3 (Айгүл Серікбаева)');
  await dialog.getByRole('button', { name: 'Удалить' }).click();
  await expect(rows).toHaveCount(2);
  await save.click();
  await expect(editor.getByTestId('plan-edit-notice')).toContainText('Сохранено 2 задания');
  expect(stored().map((a) => a.id)).toEqual(['A1', 'A2']);

  // The saved plan as a file: a download in the browser, the table `plan import` reads again.
  await editor.getByRole('button', { name: 'Выгрузить план (CSV)' }).click();
  const link = editor.getByRole('link', { name: /^Скачать tolerance_kz-plan-.*\.csv$/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = path.join(app.folder, 'downloaded-plan.csv');
  await download.saveAs(file);
  expect(fs.readFileSync(file, 'utf8')).toBe(
    '\ufeffid,interviewer,region,target,quota:gender=female\r\nA1,Сәуле Жұмабаева,zhambyl,45,15\r\nA2,Динара Ахметова,almaty_city,30,15\r\n',
  );
});
