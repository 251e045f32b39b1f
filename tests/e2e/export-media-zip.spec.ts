/**
 * The answers' files in browser mode: an interviewer attaches a photo and finalizes; the lead, on the Export screen,
 * makes the zip of the form's files and downloads it through the page (the server streams it from the export
 * folder only to a request carrying the session token). The downloaded zip holds the photo byte for byte under
 * NAME_media/<response uuid>/<file>, as the CLI's `responses media --out FILE.zip` writes it; the download route
 * refuses a request without the token and a file outside the export folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, test, withImportedWorkbook } from './fixtures';
import { interviewWithPhoto, photoForm } from './photo-interview';
import { RED_PIXEL_PNG } from '../fixtures/collect/media-form';

test.use({ appOptions: withImportedWorkbook(photoForm) });

test("the answers' files download as one zip from the Export screen", async ({ page, app }) => {
  const uuid = await interviewWithPhoto(page, app.url);

  // The lead's Export screen (the side bar is hidden while an interview fills the window).
  await page.evaluate("location.hash = '#/export'");
  await expect(page.getByRole('heading', { name: 'Экспорт', exact: true })).toBeVisible();
  const card = page.getByTestId('export-media-zip');
  await card.getByRole('button', { name: 'Zip жасау' }).click();
  await expect(card.getByRole('status')).toHaveText('Zip ішінде 1 файл');
  const written = (await card.locator('code.path').textContent())!;
  expect(path.dirname(written)).toBe(path.join(app.folder, 'kelisim-exports'));
  expect(path.basename(written)).toMatch(/^photos-\d{8}-\d{4}_media\.zip$/);

  const downloading = page.waitForEvent('download');
  await card.getByTestId('export-media-zip-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(path.basename(written));
  const saved = path.join(app.folder, 'downloaded.zip');
  await download.saveAs(saved);
  const zip = await JSZip.loadAsync(fs.readFileSync(saved));
  const top = path.basename(written, '.zip');
  expect(Object.keys(zip.files).filter((name) => !zip.files[name].dir)).toEqual([`${top}/${uuid}/үй.png`]);
  expect(Buffer.from(await zip.file(`${top}/${uuid}/үй.png`)!.async('uint8array')).equals(Buffer.from(RED_PIXEL_PNG))).toBe(true);

  // The route serves exports only, and only with the token.
  const origin = new URL(app.url).origin;
  const token = new URL(app.url).hash.replace('#token=', '');
  expect((await page.request.get(`${origin}/download?file=${encodeURIComponent(written)}`)).status()).toBe(401);
  const outside = await page.request.get(`${origin}/download?file=${encodeURIComponent(app.database)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(outside.status()).toBe(404);
  expect((await outside.json()).code).toBe('export-file-unknown');

  // The command line writes the same zip.
  const cliZip = path.join(app.folder, 'cli.zip');
  const run = app.cli(['responses', 'media', '--db', app.database, '--form', 'photos', '--out', cliZip]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('Wrote 1 files to');
  const fromCli = await JSZip.loadAsync(fs.readFileSync(cliZip));
  expect(Object.keys(fromCli.files).filter((name) => !fromCli.files[name].dir)).toEqual([`cli/${uuid}/үй.png`]);
});
