/**
 * A photo in an interview: the interviewer attaches an image from disk to a media question, sees it
 * shown, finalizes; the CSV export then names the file in the photo column and writes it, byte for
 * byte, in the media folder beside the CSV (NAME_media/<response uuid>/<file>), and `responses media`
 * extracts it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, withImportedWorkbook } from './fixtures';
import { interviewWithPhoto, photoForm } from './photo-interview';
import { RED_PIXEL_PNG } from '../fixtures/collect/media-form';

test.use({ appOptions: withImportedWorkbook(photoForm) });

test('an image attached in an interview is shown, finalized and exported beside the CSV', async ({ page, app }) => {
  const uuid = await interviewWithPhoto(page, app.url);
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
