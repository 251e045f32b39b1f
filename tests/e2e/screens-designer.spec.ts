/**
 * The designer as a research lead uses it on a 1366×768 laptop (issue 15): the add buttons sit in one
 * compact bar so the outline gets the height; every control has one name that says what it does;
 * languages are named, not coded; a form's title is given per language.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { seedSurvey } from './interview-helpers';

/** Outline lines wholly inside the outline's visible area. */
async function visibleOutlineRows(page: Page): Promise<number> {
  const area = (await page.locator('.outline-scroll').boundingBox())!;
  const boxes = await Promise.all(
    (await page.locator('[data-testid="outline"] [role="treeitem"]').all()).map((line) => line.boundingBox()),
  );
  return boxes.filter((box) => box && box.y >= area.y - 1 && box.y + box.height <= area.y + area.height + 1).length;
}

async function openBundledSurvey(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('a[href="#/designer"]').click();
  await page
    .getByRole('row', { name: /tolerance_kz/ })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByTestId('designer')).toBeVisible();
}

test.use({ appOptions: { seed: seedSurvey } });

test('at 1366×768 the outline has the height; controls have one name each; titles per language', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.locator('a[href="#/designer"]').click();
  // One "Import XLSForm…" for screen readers (the file input behind it is not a second one).
  await expect(page.getByRole('button', { name: 'XLSForm импорттау…' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /XLSForm/ })).toHaveCount(0);
  // Each default-language radio says which language it makes the default.
  await page.getByTestId('new-form').click();
  await expect(page.getByRole('radio', { name: 'Негізгі тіл: Қазақша' })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Негізгі тіл: Русский' })).toHaveCount(1);

  await openBundledSurvey(page, app.url);
  await expect(page.getByTestId('add-bar')).toBeVisible();
  await screenshot(page, 'screens-designer-1366-kk');
  const rows = await visibleOutlineRows(page);
  expect(rows, `outline rows in view at 1366×768: ${rows}`).toBeGreaterThanOrEqual(18);
  // The problems button is named by what it says, not "✓".
  await expect(page.getByTestId('problems-button')).toHaveAccessibleName(/Жарияламас бұрын/);
  // The blocks are one menu away.
  await page.getByTestId('add-more').click();
  await expect(page.getByTestId('add-likert')).toBeVisible();
  await screenshot(page, 'screens-designer-add-menu-kk');
  await page.getByTestId('add-more').click();
  await expect(page.getByTestId('add-likert')).toBeHidden();

  // The form's title per language, in the settings: the interview header will show it.
  await page
    .getByRole('button', { name: /Сауалнама баптаулары|баптау/i })
    .first()
    .click();
  await page.getByTestId('form-title-ru').fill('Межэтническая толерантность');
  await expect(page.getByTestId('form-title-ru')).toHaveValue('Межэтническая толерантность');
});
