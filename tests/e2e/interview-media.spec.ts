/**
 * A photo in an interview: the interviewer attaches an image from disk to a media question, sees it
 * shown, finalizes; the CSV export then names the file in the photo column and writes it, byte for
 * byte, in the media folder beside the CSV (NAME_media/<response uuid>/<file>), and `responses media`
 * extracts it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, withImportedWorkbook } from './fixtures';
import { expectScreen, finalizeByClick, interviewUuid } from './interview-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { table, tri, TRI_HEADERS } from '../fixtures/form/table';
import { RED_PIXEL_PNG } from '../fixtures/collect/media-form';

async function photoForm(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: table(['type', 'name', ...TRI_HEADERS('label'), 'required'], [
        { type: 'text', name: 'respondent', ...tri('label', 'Респонденттің аты', 'Имя респондента', "Respondent's name"), required: 'yes' },
        { type: 'image', name: 'house', ...tri('label', 'Үйдің суреті', 'Фото дома', 'Photo of the house'), required: 'yes' },
      ]),
    },
    { name: 'settings', rows: [['form_id', 'form_title', 'version', 'default_language'], ['photos', 'Суреттер', '1', 'Kazakh (kk)']] },
  ]);
}

test.use({ appOptions: withImportedWorkbook(photoForm) });

test('an image attached in an interview is shown, finalized and exported beside the CSV', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await page.keyboard.type('Асқар Нұрланұлы');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Сұхбатты бастау' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expectScreen(page, 'respondent');
  await page.keyboard.type('Айгүл');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'house');
  await page.locator('[data-field="house"] input[type=file]').setInputFiles({ name: 'үй.png', mimeType: 'image/png', buffer: Buffer.from(RED_PIXEL_PNG) });
  await expect(page.locator('[data-field="house"] [data-media-name]')).toContainText('үй.png');
  await expect(page.locator('[data-field="house"] img')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, '#finish');
  await finalizeByClick(page);
  await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeVisible();

  const uuid = interviewUuid(page);
  const csvPath = path.join(path.dirname(app.database), 'photos.csv');
  const exported = app.cli(['export', 'csv', '--db', app.database, '--form', 'photos', '--out', csvPath]);
  expect(exported.code, exported.stderr).toBe(0);
  expect(fs.readFileSync(csvPath, 'utf8')).toContain('үй.png');
  const saved = path.join(path.dirname(app.database), 'photos_media', uuid, 'үй.png');
  expect(fs.readFileSync(saved).equals(Buffer.from(RED_PIXEL_PNG))).toBe(true);

  const out = path.join(path.dirname(app.database), 'extracted');
  const extracted = app.cli(['responses', 'media', '--db', app.database, '--form', 'photos', '--out', out]);
  expect(extracted.code, extracted.stderr).toBe(0);
  expect(fs.readdirSync(path.join(out, uuid))).toEqual(['үй.png']);
});
