/**
 * A research lead builds a small questionnaire in the designer, in Kazakh, Russian and English:
 * a yes/no question, a text question asked only after "yes" (a skip rule), and a Likert group
 * shown as a grid. The page reloads in the middle and every edit is still there; edits are undone
 * and redone; the preview shows the questions in two languages; the form is published, changed and
 * published again with the changes listed; then it is interviewed twice and the command line reads
 * the two finalized responses back. A field laptop (the CLI) receives the form in the lead's package,
 * enters three paper questionnaires and sends its package back; the lead merges it, breaks the
 * answers down in a table and a chart, exports the workbook and reads it back.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { expectSaved, expectScreen, finalizeByClick } from './interview-helpers';
import { expectDraftSaved, outlineNames, selectInOutline } from './designer-helpers';
import { screenshotOfView } from './lead-helpers';

async function fillTexts(page: Page, field: string, texts: Record<string, string>) {
  for (const [language, text] of Object.entries(texts)) await page.locator(`#q-${field}-${language}`).fill(text);
}

async function fillChoice(page: Page, position: number, texts: Record<string, string>) {
  for (const [language, text] of Object.entries(texts)) {
    await page.locator(`[data-choice="${position}"] [data-cell="label-${language}"]`).fill(text);
  }
}

test('builds a form in three languages, publishes and interviews it, merges a laptop’s package, breaks it down and exports it', async ({
  page,
  app,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(app.url);
  await page.locator('a[href="#/designer"]').click();
  await expect(page.getByRole('heading', { name: 'Сауалнама конструкторы' })).toBeVisible();
  await screenshot(page, '60-designer-forms-empty');

  // A new form: the form_id follows the title in Latin letters; three languages, Kazakh first.
  await page.getByTestId('new-form').click();
  await page.locator('#new-title').fill('Көршілер мен төзімділік');
  await expect(page.locator('#new-form-id')).toHaveValue('korshiler_men_tozimdilik');
  await screenshot(page, '61-designer-new-form');
  await page.getByTestId('create-form').click();
  await expect(page.getByTestId('designer')).toBeVisible();
  await expect(page.getByTestId('form-settings')).toBeVisible();
  await expect(page.getByTestId('designer-status')).toContainText('әлі жарияланбаған');

  // Question 1: "one choice" (the default type), labelled in three languages, two choices typed in.
  await page.getByTestId('add-question').click();
  await expect(page.locator('#q-label-kk')).toBeFocused();
  await fillTexts(page, 'label', {
    kk: 'Басқа ұлт өкілдерімен көрші тұрасыз ба?',
    ru: 'Живут ли рядом с Вами люди другой национальности?',
    en: 'Do people of another ethnic group live next to you?',
  });
  await page.locator('#q-name').fill('neighbours');
  await page.locator('#q-required').check();
  await page.getByRole('button', { name: '+ Нұсқа', exact: true }).click();
  await fillChoice(page, 0, { kk: 'Иә', ru: 'Да', en: 'Yes' });
  // Enter on the last choice adds the next one.
  await page.locator('[data-choice="0"] [data-cell="label-en"]').press('Enter');
  await expect(page.locator('[data-choice="1"] [data-cell="name"]')).toHaveValue('2');
  await fillChoice(page, 1, { kk: 'Жоқ', ru: 'Нет', en: 'No' });
  await screenshot(page, '62-designer-question-choices');

  // Question 2: a text, asked only after "yes". The rule is checked as it is typed.
  await page.locator('[data-testid="add-bar"] select').selectOption('text');
  await page.locator('[data-testid="outline"] [data-name="neighbours"]').click();
  await page.keyboard.press('n');
  // Named q1: the first question was renamed, so the name is free again.
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'q1');
  await expect(page.locator('#q-label-kk')).toBeFocused();
  await fillTexts(page, 'label', {
    kk: 'Көршілеріңіз қай ұлттың өкілдері?',
    ru: 'Какой национальности Ваши соседи?',
    en: 'What ethnic group are your neighbours?',
  });
  await page.locator('#q-name').fill('neighbours_who');
  await page.locator('#q-relevant').fill('${neighbours} =');
  await expect(page.getByTestId('expression-error')).toContainText('16-таңба: өрнек толық аяқталмаған');
  await page.getByTestId('expression-error').scrollIntoViewIfNeeded();
  await screenshot(page, '63-designer-skip-rule-error');
  await page.locator('#q-relevant').fill("${neighbors} = '1'");
  await expect(page.locator('.expression [data-status="unknown"]')).toContainText('${neighbors} — мұндай сұрақ жоқ');
  await page.getByRole('button', { name: 'neighbours деп түзету керек пе?' }).click();
  await expect(page.locator('#q-relevant')).toHaveValue("${neighbours} = '1'");
  await expect(page.locator('.expression [data-status="known"]')).toHaveText('${neighbours}');

  // The page reloads mid-edit: the working copy, and the question selected, are still there.
  await expectDraftSaved(page);
  await page.reload();
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'neighbours_who');
  await expect(page.locator('#q-relevant')).toHaveValue("${neighbours} = '1'");
  await expect(page.locator('#q-label-ru')).toHaveValue('Какой национальности Ваши соседи?');
  expect(await outlineNames(page)).toEqual(['neighbours', 'neighbours_who']);

  // A Likert group of two statements, shown as a grid; the second is worded against tolerance.
  await page.getByTestId('add-more').click(); // the menu of groups, repeats and blocks
  await page.getByTestId('add-likert').click();
  await page.getByRole('dialog').getByPlaceholder('tolerance', { exact: true }).fill('tolerance');
  await page.getByRole('dialog').locator('input[type="number"]').fill('2');
  await screenshot(page, '64-designer-likert-dialog');
  await page.getByTestId('insert-block').click();
  expect(await outlineNames(page)).toEqual(['neighbours', 'neighbours_who', 'tolerance', 'tolerance_1', 'tolerance_2']);
  await selectInOutline(page, 'tolerance_1');
  await fillTexts(page, 'label', {
    kk: 'Түрлі ұлт өкілдерінің құқықтары тең болуы керек.',
    ru: 'У людей всех национальностей должны быть равные права.',
    en: 'People of all ethnic groups should have equal rights.',
  });
  await selectInOutline(page, 'tolerance_2');
  await fillTexts(page, 'label', {
    kk: 'Түрлі ұлт өкілдерінің бөлек тұрғаны дұрыс.',
    ru: 'Лучше, когда люди разных национальностей живут отдельно.',
    en: 'It is better when ethnic groups live apart.',
  });
  await page.locator('#q-reverse').check();
  await expect(page.getByTestId('problems-button')).toHaveText('✓');

  // Undo and redo: the English statement goes and comes back.
  await page.locator('#q-label-en').focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('#q-reverse')).not.toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(page.locator('#q-label-en')).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('#q-label-en')).toHaveValue('It is better when ethnic groups live apart.');
  await expect(page.locator('#q-reverse')).toBeChecked();

  // The outline by keyboard: the group moves up and back, a copy is made and deleted.
  await selectInOutline(page, 'tolerance');
  await page.locator('[data-testid="outline"] [data-name="tolerance"]').focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await outlineNames(page)).toEqual(['neighbours', 'tolerance', 'tolerance_1', 'tolerance_2', 'neighbours_who']);
  await page.keyboard.press('Alt+ArrowDown');
  expect(await outlineNames(page)).toEqual(['neighbours', 'neighbours_who', 'tolerance', 'tolerance_1', 'tolerance_2']);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'neighbours_who');
  await page.keyboard.press('Control+d');
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'neighbours_who_2');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('dialog')).toContainText('Жою керек пе: neighbours_who_2?');
  await screenshot(page, '65-designer-delete-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Жою', exact: true }).click();
  expect(await outlineNames(page)).toEqual(['neighbours', 'neighbours_who', 'tolerance', 'tolerance_1', 'tolerance_2']);

  // The preview draws the questions with the interview's own components, in Kazakh and in Russian.
  await selectInOutline(page, 'neighbours');
  const preview = page.getByTestId('preview');
  await expect(preview.getByRole('heading', { name: 'Басқа ұлт өкілдерімен көрші тұрасыз ба?' })).toBeVisible();
  await expect(preview.getByRole('radio', { name: /Иә/ })).toBeVisible();
  await screenshot(page, '66-designer-preview-kk');
  await preview.getByRole('button', { name: 'Русский' }).click();
  await expect(preview.getByRole('heading', { name: 'Живут ли рядом с Вами люди другой национальности?' })).toBeVisible();
  // Answering in the preview drives its skip logic: "yes" opens the follow-up question, which the
  // interview shows under its select (it depends on that select alone).
  await expect(preview.getByText('Какой национальности Ваши соседи?')).toBeHidden();
  await preview.getByRole('radio', { name: /Да/ }).check();
  await expect(preview.getByText('Какой национальности Ваши соседи?')).toBeVisible();
  // Next screen: the grid, and the outline follows the preview.
  await preview.getByRole('button', { name: /Келесі/ }).click();
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'tolerance');
  await expect(preview.locator('table.grid tbody tr')).toHaveCount(2);
  await expect(preview.locator('table.grid')).toContainText('Лучше, когда люди разных национальностей живут отдельно.');
  await screenshot(page, '67-designer-preview-ru-grid');
  // The grid at the interview's own width: the preview takes the editor's place, then gives it back.
  await preview.getByRole('button', { name: 'Алдын ала қарауды редактордың орнына кеңейту' }).click();
  await expect(page.getByTestId('node-editor')).toBeHidden();
  await screenshot(page, '67b-designer-preview-wide');
  await preview.getByRole('button', { name: 'Алдын ала қарауды редактордың жанына қайтару' }).click();
  await expect(page.getByTestId('node-editor')).toBeVisible();

  // Publish version 1.
  await page.getByTestId('publish').click();
  await expect(page.getByRole('dialog')).toContainText('1-нұсқа: 4 сұрақ, тілдер саны: 3.');
  await page.getByTestId('confirm-publish').click();
  await expect(page.getByTestId('published')).toHaveText('1-нұсқа жарияланды: 4 сұрақ.');
  await page.getByRole('dialog').getByRole('button', { name: 'Жабу' }).click();
  await expect(page.getByTestId('designer-status')).toContainText('1-нұсқа жарияланған, өзгеріс жоқ');

  // A change: the Russian wording, and "don't know" as a missing code. Version 2 lists both.
  await selectInOutline(page, 'neighbours');
  await page.locator('#q-label-ru').fill('Есть ли среди Ваших соседей люди другой национальности?');
  await page.getByRole('button', { name: '+ Жауап беруге қиналамын (8)' }).click();
  await expect(page.locator('[data-choice="2"] [data-cell="missing"]')).toBeChecked();
  await page.getByTestId('publish').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Жаңа сұхбаттар үшін 2-нұсқа 1-нұсқаның орнын басады.');
  await expect(dialog.getByTestId('diff')).toContainText('Есть ли среди Ваших соседей люди другой национальности?');
  await expect(dialog.getByTestId('diff')).toContainText('Жауап беруге қиналамын');
  await screenshot(page, '68-designer-publish-diff');
  await page.getByTestId('confirm-publish').click();
  await expect(page.getByTestId('published')).toHaveText('2-нұсқа жарияланды: 4 сұрақ.');
  await expect(dialog.getByTestId('diff')).toContainText('Сұрақ · Русский');
  await screenshot(page, '68b-designer-published');
  await dialog.getByRole('button', { name: 'Жабу' }).click();

  // The designer's list: two versions published, no unpublished changes.
  await page.getByRole('link', { name: /Конструктор/ }).click();
  await expect(page.getByTestId('designer-forms')).toContainText('Көршілер мен төзімділік');
  // The versions in words, as Home says them (it said "2 (+1)").
  await expect(page.getByTestId('designer-form-versions')).toHaveText(/^2\s*барлығы 2 нұсқа$/);
  await screenshot(page, '60b-designer-forms');

  // Two interviews of version 2: "yes" with the neighbours named, then "no", which skips that question.
  await page.locator('a[href="#/"]').click();
  await page.getByTestId('first-run').getByRole('textbox').fill('Гүлнар Әбенова');
  await page.keyboard.press('Enter');
  for (const answer of [
    { neighbours: '1', who: 'Орыстар мен ұйғырлар', grid: ['5', '2'] },
    { neighbours: '2', who: '', grid: ['4', '6'] },
  ]) {
    await page.getByRole('button', { name: 'Сұхбатты бастау' }).click();
    await expectScreen(page, 'neighbours');
    await page.keyboard.press(answer.neighbours);
    await page.keyboard.press('Enter');
    if (answer.who) {
      // The follow-up opens under "yes" on the same screen, and Enter went to it.
      await expectScreen(page, 'neighbours');
      await page.keyboard.type(answer.who);
      await page.keyboard.press('Enter');
    }
    await expectScreen(page, 'tolerance');
    for (const key of answer.grid) await page.keyboard.press(key);
    await expectSaved(page);
    await page.keyboard.press('Enter');
    await expectScreen(page, '#finish');
    await finalizeByClick(page);
    await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeVisible();
    await page.getByRole('button', { name: 'Сауалнамаларға оралу' }).click();
  }

  // The command line reads back the two finalized responses of version 2.
  const listed = app.cli(['responses', 'list', '--db', app.database, '--json', '--status', 'final']);
  expect(listed.code).toBe(0);
  const { rows } = JSON.parse(listed.stdout) as { rows: { uuid: string; version: string; formId: string }[] };
  expect(rows.map((row) => [row.formId, row.version])).toEqual([
    ['korshiler_men_tozimdilik', '2'],
    ['korshiler_men_tozimdilik', '2'],
  ]);
  const answers = rows.map((row) => {
    const shown = app.cli(['responses', 'show', '--db', app.database, '--uuid', row.uuid, '--json']);
    return (JSON.parse(shown.stdout) as { answers: Record<string, string> }).answers;
  });
  const byFirstAnswer = Object.fromEntries(answers.map((a) => [a.neighbours, a]));
  expect(byFirstAnswer['1']).toMatchObject({ neighbours: '1', neighbours_who: 'Орыстар мен ұйғырлар', tolerance_1: '5', tolerance_2: '2' });
  expect(byFirstAnswer['2']).toMatchObject({ neighbours: '2', tolerance_1: '4', tolerance_2: '8' });
  expect(byFirstAnswer['2'].neighbours_who ?? '').toBe('');

  // A field laptop gets the form from the lead's package, types in three paper questionnaires and
  // sends its package back (all through the CLI, as on a laptop without the lead's screens).
  const formId = 'korshiler_men_tozimdilik';
  const run = (args: string[]) => {
    const result = app.cli(args);
    expect(result.code, `kelisim ${args.join(' ')}: ${result.stderr}`).toBe(0);
    return result.stdout;
  };
  const laptop = path.join(app.folder, 'laptop.db');
  const fromLead = path.join(app.folder, 'from-lead.kelisim');
  const fromLaptop = path.join(app.folder, 'from-laptop.kelisim');
  const paper = path.join(app.folder, 'paper.csv');
  run(['init', '--db', laptop]);
  run(['package', 'export', '--db', app.database, '--out', fromLead, '--no-encryption']);
  run(['package', 'import', '--db', laptop, fromLead]);
  fs.writeFileSync(paper, 'neighbours,neighbours_who,tolerance_1,tolerance_2\n1,Өзбектер,4,2\n2,,3,3\n1,Ұйғырлар мен дүнгендер,5,1\n');
  expect(JSON.parse(run(['responses', 'import', '--db', laptop, '--form', formId, paper, '--json']))).toMatchObject({ imported: 3 });
  run(['package', 'export', '--db', laptop, '--out', fromLaptop, '--no-encryption']);

  // The lead sees what the package holds, merges it: three new interviews, the lead's own two recognised.
  await page.getByRole('link', { name: 'Деректерді біріктіру' }).click();
  await page.locator('#package-files').setInputFiles([fromLaptop]);
  await expect(page.getByTestId('package-card')).toContainText('5 аяқталған, 0 аяқталмаған');
  await page.getByRole('button', { name: '1 пакетті біріктіру' }).click();
  const merged = page.getByTestId('merge-result');
  await expect(merged.locator('[data-count="added"] dd')).toHaveText('3');
  await expect(merged.locator('[data-count="duplicates"] dd')).toHaveText('2');
  await screenshot(page, '69f-story-merged');

  // The breakdown by the first question: every item's table and chart, numbers as the CLI gives them.
  await page.getByRole('link', { name: 'Талдау' }).click();
  await page.locator('#analysis-form').selectOption(formId);
  await page.locator('#analysis-by').selectOption('neighbours');
  await expect(page.getByTestId('analysis-selected')).toContainText('5 сұхбат таңдалды');
  await page.getByTestId('breakdown-start').click();
  await expect(page.getByTestId('breakdown-progress')).toBeHidden();
  const expected = JSON.parse(
    run(['analyze', 'crosstab', '--db', app.database, '--form', formId, '--row', 'tolerance_1', '--col', 'neighbours', '--json']),
  ) as {
    colTotals: number[];
    colPercent: (number | null)[][];
    cols: { value: string }[];
    rows: { value: string }[];
  };
  await page.getByTestId('breakdown-overview').locator('tr[data-item="tolerance_1"] button').click();
  const card = page.locator('[data-testid="crosstab"][data-item="tolerance_1"]');
  await expect(card.locator('table.crosstab tbody tr')).toHaveCount(expected.cols.length);
  for (const [c, group] of expected.cols.entries()) {
    const row = card.locator(`table.crosstab tbody tr[data-group="${group.value}"]`);
    expect(Number(await row.locator('td.n').getAttribute('data-value'))).toBe(expected.colTotals[c]);
    for (const [r, level] of expected.rows.entries()) {
      const shown = await row.locator(`td[data-level="${level.value}"]`).getAttribute('data-value');
      expect(shown === null || shown === '' ? null : Number(shown)).toBe(expected.colPercent[r][c]);
    }
  }
  await expect(card.locator('figure.chart svg rect').first()).toBeVisible();
  await screenshotOfView(card, '69g-story-breakdown');

  // The workbook for the institute, by the same question, read back: five rows of data, both statements.
  await page.getByRole('link', { name: 'Экспорт' }).click();
  await page.locator('#export-form').selectOption(formId);
  await page.locator('#export-by').selectOption('neighbours');
  await page.getByRole('button', { name: 'Кітапты жасау' }).click();
  const exported = page.getByTestId('export-result');
  await expect(exported).toContainText('Кітап дайын: 5 сұхбат.');
  const workbookPath = (await exported.locator('.files code').first().textContent())!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  const data = book.worksheets[2];
  const header = (data.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header).toEqual(expect.arrayContaining(['uuid', 'neighbours', 'neighbours_who', 'tolerance_1', 'tolerance_2']));
  expect(data.actualRowCount - 1).toBe(5);
  const whoColumn = header.indexOf('neighbours_who') + 1;
  const who = Array.from({ length: 5 }, (_, i) => String(data.getRow(i + 2).getCell(whoColumn).value ?? ''));
  expect(who).toEqual(expect.arrayContaining(['Орыстар мен ұйғырлар', 'Ұйғырлар мен дүнгендер']));
  expect(book.worksheets.length).toBeGreaterThan(4);
  expect(pageErrors).toEqual([]);
});
