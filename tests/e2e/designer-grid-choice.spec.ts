/**
 * Two designer slips a lead made on the bundled survey (issue 15): a question added while the last row of a grid was
 * selected went into the grid and quietly turned it into plain questions with the problem counter at ✓; and "+ Choice"
 * proposed a code that typing appended to (1 became 11). Now the new question goes after the grid, a grid broken
 * another way is named by the counter, and the proposed code is selected so that typing replaces it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectDraftSaved, outlineNames, selectInOutline } from './designer-helpers';
import { seedSurvey } from './interview-helpers';

test.use({ appOptions: { seed: seedSurvey } });

const line = (page: Page, name: string) => page.locator(`[data-testid="outline"] [data-name="${name}"]`);

test('a new question goes after a grid, a broken grid is named, a proposed choice code is replaced by typing', async ({ app, page }) => {
  await page.goto(app.url);
  await page.locator('#first-run-name').fill('Айгүл Сейітова');
  await page.getByRole('button', { name: 'Сақтап, жалғастыру' }).click();
  await page.locator('a[href="#/designer"]').click();
  await page
    .getByRole('row', { name: /tolerance_kz/ })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByTestId('designer')).toBeVisible();
  const counter = page.getByTestId('problems-button');
  const problemList = () => page.getByRole('dialog', { name: 'Жарияламас бұрын түзету керек қателер' }).getByTestId('problems');
  await expect(counter).toHaveText('✓');

  // The last statement of the trust grid selected, "+ Question" (one choice): the question lands after the grid.
  await selectInOutline(page, 'trust_courts');
  await page.locator('[data-testid="add-bar"] select').selectOption('select_one');
  await page.getByTestId('add-question').click();
  const added = await page.getByTestId('node-editor').getAttribute('data-name');
  expect(added).toBeTruthy();
  const names = await outlineNames(page);
  expect(names.slice(names.indexOf('trust_courts'), names.indexOf('trust_courts') + 2)).toEqual(['trust_courts', added]);
  await expect(line(page, added!)).toHaveAttribute('aria-level', (await line(page, 'trust').getAttribute('aria-level'))!);
  await expect(line(page, 'trust_courts')).not.toHaveAttribute('aria-level', (await line(page, 'trust').getAttribute('aria-level'))!);
  // Only what the new question itself lacks (its words) is a problem: the grid is whole.
  await counter.click();
  await expect(problemList()).toContainText(added!);
  await expect(problemList()).not.toContainText('table-list');
  await page.keyboard.press('Escape');

  // "+ Choice": the proposed code is selected; typing 1 over the proposed 1 gives 1, not 11.
  await page.getByRole('button', { name: '+ Нұсқа', exact: true }).click();
  const code = (position: number) => page.locator(`[data-choice="${position}"] [data-cell="name"]`);
  await expect(code(0)).toBeFocused();
  await expect(code(0)).toHaveValue('1');
  await page.keyboard.type('1');
  await expect(code(0)).toHaveValue('1');
  // Enter adds the next choice, its proposal selected too: typed over, it is replaced (7, not 27).
  await page.keyboard.press('Enter');
  await expect(code(1)).toBeFocused();
  await expect(code(1)).toHaveValue('2');
  await page.keyboard.type('7');
  await expect(code(1)).toHaveValue('7');
  await page.getByRole('button', { name: '+ Нұсқа', exact: true }).click();
  await expect(code(2)).toHaveValue('8');
  await page.keyboard.type('3');
  await expect(code(2)).toHaveValue('3');
  await expectDraftSaved(page);

  // A grid broken another way (a row made a number question): the counter names it, on that row.
  await selectInOutline(page, 'trust_police');
  await page.locator('#q-type').selectOption('integer');
  await expect(counter).not.toHaveText('✓');
  await counter.click();
  const problems = problemList();
  await expect(problems).toContainText('«trust» тобы (table-list) кесте емес, жеке сұрақтар болып көрсетіледі: «trust_police»');
  // The problem takes the lead to the row that breaks the grid.
  await problems.getByRole('button', { name: /trust_police/ }).click();
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'trust_police');
  // The change undone (Ctrl+Z), the row is a single choice on the grid's list again: the grid is whole, the problem gone.
  await line(page, 'trust_police').focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('#q-type')).toHaveValue('select_one');
  await counter.click();
  await expect(problemList()).toContainText(added!);
  await expect(problemList()).not.toContainText('table-list');
});
