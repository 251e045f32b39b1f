/**
 * A research lead brings a workbook made in KoboToolbox (header capitals, alias columns, an extra
 * "Media::Image" column, no settings sheet) into the designer, finds its questions there, adds a
 * Bogardus social-distance block, sees the problems that stop publishing linked to their questions,
 * and downloads the working copy: the workbook reads back as the same form, the extra column kept.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { buildWorkbook } from '../fixtures/form/workbook';
import { messyKoboWorkbook } from '../fixtures/form/messy-kobo';
import { readXlsForm } from '../../src/form';
import { outlineNames } from './designer-helpers';

async function download(page: Page, menuItem: RegExp): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByRole('button', { name: 'XLSForm ▾' }).click();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await screenshot(page, '69e-designer-export-menu');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: menuItem }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(await file.path())) };
}

test('imports an XLSForm workbook through the designer and exports it back', async ({ page, app }) => {
  const workbook = await buildWorkbook(messyKoboWorkbook);
  const original = await readXlsForm(workbook, 'Messy Kobo form.xlsx');
  await page.goto(app.url);
  await page.locator('a[href="#/designer"]').click();

  // The file picker takes the workbook; the designer opens it as a working copy, not yet published.
  await page.getByTestId('import-file').setInputFiles({
    name: 'Messy Kobo form.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  await expect(page.getByTestId('designer')).toBeVisible();
  await expect(page.getByTestId('designer-status')).toContainText(`${original.formId} · әлі жарияланбаған`);
  expect(await outlineNames(page)).toEqual(original.survey.filter((row) => row.name).map((row) => row.name));
  await page.locator('[data-testid="outline"] [data-name="bye"]').click();
  // The column Kelisim does not use is kept, and said to be.
  await expect(page.getByTestId('node-editor')).toContainText('Media::Image');
  await expect(page.getByTestId('node-editor')).toContainText('thanks.png');
  await screenshot(page, '69-designer-imported');

  // The working copy downloads as a workbook that reads back as the same form (version 1, the
  // version it would be published as).
  const exported = await download(page, /Жұмыс көшірмесін/);
  expect(exported.name).toBe(`${original.formId}-1.xlsx`);
  expect(await readXlsForm(exported.bytes, exported.name)).toEqual({ ...original, version: '1' });

  // A Bogardus block in one step, after the last question.
  await page.locator('[data-testid="outline"] [data-name="bye"]').click();
  await page.getByTestId('add-more').click(); // the menu of groups, repeats and blocks
  await page.getByTestId('add-bogardus').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Тәжіктер').check();
  await screenshot(page, '69b-designer-bogardus');
  await dialog.getByTestId('insert-block').click();
  expect((await outlineNames(page)).slice(-9)).toEqual([
    'social_distance',
    'sd_intro',
    'sd_kazakh',
    'sd_russian',
    'sd_uzbek',
    'sd_ukrainian',
    'sd_uyghur',
    'sd_german',
    'sd_tajik',
  ]);
  await page.locator('[data-testid="outline"] [data-name="sd_russian"]').click();
  await expect(page.locator('#q-scale')).toHaveValue('social_distance');

  // The workbook is in English and Russian: the block's texts come in those two.
  await expect(page.locator('#q-label-en')).toHaveValue('Russians');
  await expect(page.locator('#q-label-ru')).toHaveValue('Русские');

  // A problem: the question loses its texts. Publishing lists it, linked to the question.
  await page.locator('#q-label-en').fill('');
  await page.locator('#q-label-ru').fill('');
  await expect(page.getByTestId('problems-button')).toHaveText('⚠ 1');
  await page.locator('[data-testid="outline"] [data-name="age"]').click();
  await page.getByTestId('publish').click();
  const problems = page.getByRole('dialog').getByTestId('problems');
  await expect(problems).toContainText('sd_russian');
  await expect(problems).toContainText(
    '«sd_russian» («select_one») жолында белгі де, кеңес те, медиа да жоқ: сауалшы оқитын мәтінді жазыңыз.',
  );
  await screenshot(page, '69c-designer-problems');
  await problems.getByRole('button', { name: /sd_russian/ }).click();
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'sd_russian');
  await expect(page.locator('#q-label-en')).toBeFocused();
  await page.keyboard.type('Russians');
  await page.locator('#q-label-ru').fill('Русские');

  // Publish, then the published version downloads too.
  await page.getByTestId('publish').click();
  await page.getByTestId('confirm-publish').click();
  await expect(page.getByTestId('published')).toContainText('1-нұсқа жарияланды');
  await page.getByRole('dialog').getByRole('button', { name: 'Жабу' }).click();
  const published = await download(page, /Жарияланған 1-нұсқаны/);
  const back = await readXlsForm(published.bytes, published.name);
  expect(back.survey.map((row) => row.name)).toEqual([
    ...original.survey.map((row) => row.name),
    ...['social_distance', 'sd_intro', 'sd_kazakh', 'sd_russian', 'sd_uzbek', 'sd_ukrainian', 'sd_uyghur', 'sd_german', 'sd_tajik', ''],
  ]);
  expect(back.survey.find((row) => row.name === 'bye')?.extra).toEqual({ 'Media::Image': 'thanks.png' });

  // The form settings: its languages as they stand in the workbook's headers. Kazakh is added,
  // and the questions get a Kazakh column beside the English and Russian ones.
  await page.locator('.settings-line').click();
  await expect(page.getByTestId('form-settings')).toBeVisible();
  await page.locator('#new-language').fill('kk');
  await page.getByRole('button', { name: '+ Тіл' }).click();
  await expect(page.getByTestId('form-settings').locator('.languages li')).toHaveCount(3);
  await screenshot(page, '69d-designer-settings');
  await page.locator('[data-testid="outline"] [data-name="age"]').click();
  await expect(page.locator('#q-label-kk')).toHaveValue('');
  await page.locator('#q-label-kk').fill('Жасыңыз нешеде?');
  // The outline marks the questions still waiting for their Kazakh text.
  await expect(page.locator('[data-testid="outline"] [data-name="married"] .untranslated')).toHaveAttribute(
    'title',
    'Мына тілдерде мәтін әлі жоқ: Қазақша',
  );
  await expect(page.locator('[data-testid="outline"] [data-name="age"] .untranslated')).toHaveCount(0);

  // Dragged onto the group "About you", "Call back at" goes into it, first; Ctrl+Z puts it back.
  await page.locator('[data-testid="outline"] [data-name="callback"]').dragTo(page.locator('[data-testid="outline"] [data-name="about"]'));
  expect((await outlineNames(page)).slice(0, 3)).toEqual(['about', 'callback', 'age']);
  await page.keyboard.press('Control+z');
  expect((await outlineNames(page)).slice(0, 3)).toEqual(['about', 'age', 'married']);
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'callback');
  await page.locator('[data-testid="outline"] [data-name="age"]').click();
  await expect(page.locator('#q-label-kk')).toHaveValue('Жасыңыз нешеде?');
});
