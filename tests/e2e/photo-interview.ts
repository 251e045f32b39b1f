/**
 * A two-question form with a required photo, and its interview by keyboard up to finalizing with a red-pixel PNG
 * attached as "үй.png": what interview-media.spec.ts exports beside the CSV and export-media-zip.spec.ts zips.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectScreen, finalizeByClick, interviewUuid, startInterviewByKeyboard } from './interview-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { table, tri, TRI_HEADERS } from '../fixtures/form/table';
import { RED_PIXEL_PNG } from '../fixtures/collect/media-form';

/** The form "photos": the respondent's name, then a photo of the house. */
export async function photoForm(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: table(
        ['type', 'name', ...TRI_HEADERS('label'), 'required'],
        [
          {
            type: 'text',
            name: 'respondent',
            ...tri('label', 'Респонденттің аты', 'Имя респондента', "Respondent's name"),
            required: 'yes',
          },
          { type: 'image', name: 'house', ...tri('label', 'Үйдің суреті', 'Фото дома', 'Photo of the house'), required: 'yes' },
        ],
      ),
    },
    {
      name: 'settings',
      rows: [
        ['form_id', 'form_title', 'version', 'default_language'],
        ['photos', 'Суреттер', '1', 'Kazakh (kk)'],
      ],
    },
  ]);
}

/** Interviews Айгүл from the first run on, attaches the photo (shown on the screen), finalizes; the response's uuid. */
export async function interviewWithPhoto(page: Page, url: string): Promise<string> {
  await startInterviewByKeyboard(page, url);
  await expectScreen(page, 'respondent');
  await page.keyboard.type('Айгүл');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'house');
  // No camera here (none granted, none fake): why is said in Kazakh, not in the browser's English; a file is offered.
  await page.locator('[data-field="house"]').getByRole('button', { name: 'Камераны қосу' }).click();
  await expect(page.locator('[data-field="house"]')).toContainText(
    /Камера не микрофон қолжетімсіз: [^.]*[\u0400-\u04FF][^.]*\. Оның орнына файл тіркеңіз\./,
  );
  await expect(page.locator('[data-field="house"]')).not.toContainText(/denied|Permission|device/i);
  await page
    .locator('[data-field="house"] input[type=file]')
    .setInputFiles({ name: 'үй.png', mimeType: 'image/png', buffer: Buffer.from(RED_PIXEL_PNG) });
  await expect(page.locator('[data-field="house"] [data-media-name]')).toContainText('үй.png');
  await expect(page.locator('[data-field="house"] img')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, '#finish');
  await finalizeByClick(page);
  await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeVisible();
  return interviewUuid(page);
}
