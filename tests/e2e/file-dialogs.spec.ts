/**
 * Browser mode has no native file dialogs: the page uploads and downloads, and the API takes no path from it. A page
 * (or a script that found the port and the token) that names a file to read or write is refused with 400 and a
 * coded error, the file neither read nor written; the dialog calls and dialog handles are refused too. The screens
 * keep their file fields and downloads, and show no "Save a copy…" (the desktop app's native save dialog).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoSeed } from './lead-helpers';

test.use({ appOptions: { seed: demoSeed(20, 7) } });

/** One API call from the page itself, with the page's own token: status and the coded error of the body. */
async function callFromPage(page: Page, name: string, args: unknown): Promise<{ status: number; body: string }> {
  return page.evaluate(async ({ name, args }) => {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sessionStorage.getItem('kelisim.token') ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    return { status: response.status, body: await response.text() };
  }, { name, args });
}

test('the API refuses every path and every dialog call from the page, reading and writing nothing', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const secret = path.join(app.folder, 'secret.csv');
  fs.writeFileSync(secret, 'interviewer,target\nsecret-line-nobody-may-read,5\n');
  const target = path.join(app.folder, 'overwritten.kelisim');
  fs.writeFileSync(target, 'keep me');
  const handle = 'read-AAAAAAAAAAAAAAAAAAAAAA';

  const refusals: [string, unknown, string][] = [
    ['plan.import', { formId: 'tolerance_kz', file: { path: secret } }, 'path-from-interface'],
    ['responses.previewImport', { formId: 'tolerance_kz', file: { path: secret } }, 'path-from-interface'],
    ['packages.inspect', { file: { path: secret } }, 'path-from-interface'],
    ['packages.export', { out: target, unencrypted: true }, 'path-from-interface'],
    ['report.csv', { formId: 'tolerance_kz', outPath: target }, 'path-from-interface'],
    ['files.chooseOpen', { purpose: 'plan' }, 'native-dialogs-unavailable'],
    ['files.chooseSave', { suggestedName: 'report.xlsx' }, 'native-dialogs-unavailable'],
    ['files.read', { handle }, 'native-dialogs-unavailable'],
    ['files.saveTo', { handle: 'write-AAAAAAAAAAAAAAAAAAAAAA', file: secret }, 'native-dialogs-unavailable'],
    ['plan.import', { formId: 'tolerance_kz', file: { handle } }, 'native-dialogs-unavailable'],
  ];
  for (const [name, args, code] of refusals) {
    const { status, body } = await callFromPage(page, name, args);
    expect(status, name).toBe(400);
    expect(JSON.parse(body.trim()), name).toMatchObject({ type: 'error', error: { kind: 'bad-input', code } });
    expect(body, name).not.toContain('secret-line-nobody-may-read');
  }
  expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  // Nothing was planned from the secret file.
  expect(JSON.parse(app.cli(['plan', 'show', '--db', app.database, '--form', 'tolerance_kz', '--json']).stdout).assignments).toEqual([]);
});

test('a wrong token and an unknown call reach the screen in its language', async ({ page, app }) => {
  await page.goto(app.url);
  const { status, body } = await callFromPage(page, 'files.delete', {});
  expect(status).toBe(404);
  expect(JSON.parse(body)).toMatchObject({ kind: 'not-found', code: 'api-unknown-call', params: { call: 'files.delete' } });
  // The page's token replaced by a guess: the home screen says why in Kazakh, the default language.
  await page.evaluate(() => sessionStorage.setItem('kelisim.token', 'a-guess'));
  await page.reload();
  await expect(page.getByRole('alert').first()).toContainText('Сұрау қабылданбады: кілт жоқ немесе қате.');
});

test('browser mode keeps uploads and downloads and offers no native "Save a copy…"', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Экспорт' }).click();
  await page.getByRole('button', { name: 'CSV экспорттау' }).click();
  const result = page.getByTestId('export-result');
  await expect(result.getByRole('link', { name: /жүктеп алу/ })).toBeVisible();
  await expect(result.getByTestId('save-copy')).toHaveCount(0);

  // The plan's table is still picked with the page's own file field.
  await page.getByRole('link', { name: 'Далалық жұмыс' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Жоспарды жүктеу…' }).click();
  expect((await choosing).isMultiple()).toBe(false);
});
