/**
 * Errors in the user's language: a Russian-speaking research lead meets refusals of the core that were English
 * sentences before they carried codes (a filter that selects nobody in Analysis, a file that is not a package in
 * Merge, a new form under a form_id already taken in the Designer, the problems the form check finds in an imported
 * workbook). Each reads as a whole Russian sentence, the names it quotes in «», and no English word besides.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, withImportedWorkbook } from './fixtures';
import { expectScreen } from './interview-helpers';
import { demoSeed, screenshotOfView } from './lead-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';

/** Latin words of four letters or more outside the «» that quote names and values: English left in the sentence. */
async function latinWordsIn(box: Locator): Promise<string[]> {
  const text = (await box.textContent()) ?? '';
  return text.replace(/«[^»]*»/g, '').match(/[A-Za-z]{4,}/g) ?? [];
}

test.use({ appOptions: { seed: demoSeed(60, 5) } });

test('refusals of the core read in Russian in a Russian interface', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();

  // Analysis: a filter that reads well but that no interview passes.
  await page.getByRole('link', { name: 'Анализ' }).click();
  await expect(page.getByTestId('analysis-selected')).toContainText('60');
  await page.getByText('Какие интервью').click();
  await page.getByLabel('Выражение фильтра').fill('${age} > 200');
  const selected = page.getByTestId('analysis-selected');
  await expect(selected).toContainText('Ни один из 60 ответов анкеты «tolerance_kz» не подходит под отбор');
  await expect(selected).toContainText('фильтр «${age} > 200»');
  await expect(selected).toContainText('статус: завершённые');
  expect(await latinWordsIn(selected)).toEqual([]);
  await screenshotOfView(selected, 'errors-ru-analysis-selection');

  // Merge: a file that is not a package at all.
  const notes = path.join(app.folder, 'notes.kelisim');
  fs.writeFileSync(notes, 'interviews of Monday, written by hand\n');
  await page.getByRole('link', { name: 'Объединение данных' }).click();
  await page.locator('#package-files').setInputFiles([notes]);
  const refusal = page.getByTestId('package-card').getByRole('alert');
  await expect(refusal).toContainText('«notes.kelisim» — не пакет данных «Келисим».');
  expect(await latinWordsIn(refusal)).toEqual([]);
  await screenshotOfView(page.getByTestId('package-card'), 'errors-ru-merge-not-a-package');

  // Designer: a new form under the id of the survey already in the database.
  await page.getByRole('link', { name: 'Конструктор' }).click();
  await page.getByRole('button', { name: 'Новая анкета' }).click();
  await page.locator('#new-title').fill('Толерантность, второй замер');
  await page.locator('#new-form-id').fill('tolerance_kz');
  await page.getByTestId('create-form').click();
  const taken = page.locator('#new-form').getByRole('alert');
  await expect(taken).toContainText('Анкета «tolerance_kz» уже есть; выберите другой идентификатор.');
  expect(await latinWordsIn(taken)).toEqual([]);
});

/** A workbook whose every problem was, before the form check gave codes, an English sentence in any interface. */
function brokenWorkbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label::Русский (ru)', 'relevant', 'calculation'],
        ['integer', 'age', 'Возраст'],
        ['select_one nolist', 'region', 'Регион'],
        ['text', 'job', 'Работа', '${agee} > 16'],
        ['text', 'plans', 'Планы', '${age} >'],
        ['calculate', 'a', null, null, '${b} + 1'],
        ['calculate', 'b', null, null, '${a} + 1'],
      ],
    },
    {
      name: 'settings',
      rows: [
        ['form_id', 'version', 'default_language'],
        ['errors_ru', '1', 'Русский (ru)'],
      ],
    },
  ]);
}

test("a workbook the form check refuses lists every problem in Russian, with the workbook's own names", async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Конструктор' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await brokenWorkbook()),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'broken.xlsx' });
  await expect(refusal).toContainText('найдено проблем: 4');
  const problems = refusal.getByRole('listitem');
  await expect(problems).toHaveText([
    'broken.xlsx, лист survey, строка 3, столбец type: На листе вариантов нет списка «nolist».',
    'broken.xlsx, лист survey, строка 4, столбец relevant: ${agee} («${agee} > 16», символ 1) не является вопросом этой анкеты. Возможно, имелось в виду ${age}?',
    'broken.xlsx, лист survey, строка 5, столбец relevant: Выражение не удаётся прочитать («${age} >», символ 9): выражение обрывается раньше времени.',
    'broken.xlsx, лист survey, строка 6, столбец calculation: Циклическая ссылка: a → b → a (столбец «calculation» у a использует ${b}; ' +
      'столбец «calculation» у b использует ${a}). Каждому из них сначала нужны остальные, поэтому ни одно нельзя вычислить; разорвите цикл.',
  ]);
  // Past the place (file, sheet and column as the workbook names them), every word is Russian.
  for (const text of await problems.allTextContents()) {
    expect(
      text
        .slice(text.indexOf(': ') + 2)
        .replace(/«[^»]*»|\$\{[^}]*\}/g, '')
        .match(/[A-Za-z]{4,}/g) ?? [],
      text,
    ).toEqual([]);
  }
  await screenshotOfView(refusal, 'errors-ru-designer-import-problems');
});

/** An English-only form whose questions carry no messages of their own: Kelisim's words say what is wrong. */
function englishWorkbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label', 'constraint'],
        ['integer', 'children', 'How many children?', '. <= 20'],
        ['text', 'comment', 'Comment'],
      ],
    },
    {
      name: 'settings',
      rows: [
        ['form_id', 'version'],
        ['children_en', '1'],
      ],
    },
  ]);
}

test.describe(() => {
  test.use({ appOptions: withImportedWorkbook(englishWorkbook, 'children.xlsx') });

  test('an answer an English form refuses is said in Russian in a Russian interface', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    await page.keyboard.type('Ольга Ким');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Анкеты' }).click();
    await page.getByRole('button', { name: 'Начать интервью' }).click();
    await expectScreen(page, 'children');
    // The question is the form's (English); why the answer is refused is Kelisim's, in the interface language.
    await page.locator('[data-field="children"] input').fill('25');
    await page.keyboard.press('Enter');
    const problem = page.locator('[data-field="children"] .problem');
    await expect(problem).toHaveText('Ответ не соответствует условию вопроса.');
    expect(await latinWordsIn(problem)).toEqual([]);
    await screenshotOfView(page.locator('[data-field="children"]'), 'errors-ru-interview-constraint');
  });
});

test('a lost connection and an internal failure are said in Russian, the system’s words kept as a detail', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Баптаулар' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();

  // The program closed under the page: fetch's "Failed to fetch" was the whole message before.
  await page.route('**/api/forms.list', (route) => route.abort());
  await page.getByRole('link', { name: 'Анкеты' }).click();
  const lost = page.getByRole('alert').filter({ hasText: 'Произошла ошибка' });
  await expect(lost).toContainText('Связь с Kelisim прервалась');
  await expect(lost.locator('summary')).toHaveText('Техническая информация');
  await page.unroute('**/api/forms.list');

  // An internal failure (SQLite's words, no code): Russian words first, the SQLite text only in the detail.
  const failure = { type: 'error', error: { kind: 'internal', message: 'SqliteError: disk I/O error' } };
  await page.route('**/api/forms.list', (route) =>
    route.fulfill({ status: 200, contentType: 'application/x-ndjson; charset=utf-8', body: `${JSON.stringify(failure)}\n` }),
  );
  await page.getByRole('button', { name: 'Повторить' }).click();
  const internal = page.getByRole('alert').filter({ hasText: 'Kelisim не смог выполнить это действие' });
  await expect(internal).toBeVisible();
  await expect(internal.locator('code')).toBeHidden();
  await internal.locator('summary').click();
  await expect(internal.locator('code')).toHaveText('SqliteError: disk I/O error');
  await page.unroute('**/api/forms.list');
  await page.getByRole('button', { name: 'Повторить' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
