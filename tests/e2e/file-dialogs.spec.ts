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

/** The page's storage, as code run in the page sees it (the tests are type-checked without the DOM's types). */
type PageGlobals = { sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } };

test.use({ appOptions: { seed: demoSeed(20, 7) } });

/** One API call from the page itself, with the page's own token: status and the coded error of the body. */
async function callFromPage(page: Page, name: string, args: unknown): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ({ name, args }) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${(globalThis as unknown as PageGlobals).sessionStorage.getItem('kelisim.token') ?? ''}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(args),
      });
      return { status: response.status, body: await response.text() };
    },
    { name, args },
  );
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
  await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.setItem('kelisim.token', 'a-guess'));
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

  // The plan's table and a form's CSV attachments are still picked with the page's own file fields.
  await page.getByRole('link', { name: 'Далалық жұмыс' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Жоспарды жүктеу…' }).click();
  expect((await choosing).isMultiple()).toBe(false);
  await page.getByRole('link', { name: 'Сауалнамалар' }).first().click();
  const attaching = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'CSV тіркеу…' }).first().click();
  expect((await attaching).isMultiple()).toBe(true);
});

/**
 * The screens' desktop side, in the browser: a stand-in for the preload's bridge (window.kelisim) answers the dialog
 * calls as the main process would (handles, never paths), and sends every other call to this run's server, with the
 * chosen file's bytes in place of its handle, as the core does once it looked the handle up. What is checked is the
 * screens: they ask for the dialog, hand the core the handle, and offer "Save a copy…" of what Kelisim wrote.
 */
test('in the desktop window, imports hand the core a handle and exports offer "Save a copy…"', async ({ page, app }) => {
  const token = /token=([^&]+)/.exec(app.url)![1];
  const chosen = {
    handle: 'read-PLANPLANPLANPLANPLANPL',
    name: 'plan.csv',
    text: 'interviewer,region,target\nСәуле Жұмабаева,zhambyl,30\nДинара Ахметова,almaty_city,20\n',
  };
  await page.addInitScript(
    ({ token, chosen }) => {
      const calls: { name: string; args: unknown }[] = [];
      (globalThis as unknown as { dialogCalls: typeof calls }).dialogCalls = calls;
      const toWire = (value: unknown) =>
        JSON.stringify(value, (_key, item: unknown) =>
          item instanceof Uint8Array ? { $bytes: btoa(String.fromCharCode(...item)) } : item,
        );
      /** The core's side of a handle: the chosen file's bytes. */
      const resolved = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(resolved)
          : value && typeof value === 'object' && !(value instanceof Uint8Array)
            ? (value as { handle?: string }).handle === chosen.handle
              ? { name: chosen.name, bytes: new TextEncoder().encode(chosen.text) }
              : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolved(item)]))
            : value;
      const overHttp = async (name: string, args: unknown) => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: toWire(args),
        });
        const text = await response.text();
        if (response.headers.get('content-type')?.startsWith('application/json')) return { ok: false, error: JSON.parse(text) };
        const last = JSON.parse(text.trim().split('\n').pop()!) as { type: string; value?: unknown; error?: unknown };
        return last.type === 'result' ? { ok: true, value: last.value } : { ok: false, error: last.error };
      };
      (globalThis as unknown as { kelisim: unknown }).kelisim = {
        async call(name: string, args: unknown) {
          calls.push({ name, args: JSON.parse(toWire(args)) });
          if (name === 'files.chooseOpen')
            return { ok: true, value: { files: [{ handle: chosen.handle, name: chosen.name, size: chosen.text.length }] } };
          if (name === 'files.chooseSave')
            return { ok: true, value: { target: { handle: 'write-SAVESAVESAVESAVESAVESA', name: 'copy.csv' } } };
          if (name === 'files.saveTo') return { ok: true, value: { path: '/home/lead/Documents/copy.csv', bytes: 1234 } };
          return overHttp(name, resolved(args));
        },
      };
    },
    { token, chosen },
  );
  const calls = () =>
    page.evaluate(() => (globalThis as unknown as { dialogCalls: { name: string; args: Record<string, unknown> }[] }).dialogCalls);

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Далалық жұмыс' }).click();
  await page.getByRole('button', { name: 'Жоспарды жүктеу…' }).click();
  await expect(page.getByRole('status')).toContainText('2 интервьюерге 2 тапсырма жүктелді.');
  const planCalls = (await calls()).filter((call) => call.name === 'files.chooseOpen' || call.name === 'plan.import');
  expect(planCalls.map((call) => call.name)).toEqual(['files.chooseOpen', 'plan.import']);
  expect(planCalls[0].args).toMatchObject({ purpose: 'plan' });
  expect(planCalls[1].args).toMatchObject({ formId: 'tolerance_kz', file: { handle: chosen.handle } });

  await page.getByRole('link', { name: 'Экспорт' }).click();
  await page.getByRole('button', { name: 'CSV экспорттау' }).click();
  const result = page.getByTestId('export-result');
  const written = (await result.locator('.files code').first().textContent())!;
  // No download in the desktop window: the copy goes through the save dialog.
  await expect(result.getByRole('link', { name: /жүктеп алу/ })).toHaveCount(0);
  await result.getByRole('button', { name: 'Көшірмесін сақтау…' }).click();
  await expect(result.getByRole('status')).toContainText('Көшірмесі сақталды: /home/lead/Documents/copy.csv');
  const saveCalls = (await calls()).filter((call) => call.name.startsWith('files.choose') || call.name === 'files.saveTo').slice(-2);
  expect(saveCalls).toEqual([
    { name: 'files.chooseSave', args: { suggestedName: path.basename(written), title: 'Көшірмесін сақтау' } },
    { name: 'files.saveTo', args: { handle: 'write-SAVESAVESAVESAVESAVESA', file: written } },
  ]);

  await page.getByRole('link', { name: 'Деректерді біріктіру' }).click();
  await page.getByRole('button', { name: 'Пакет файлдарын таңдау…' }).click();
  const packageCall = (await calls()).filter((call) => call.name === 'files.chooseOpen').pop();
  expect(packageCall?.args).toMatchObject({ purpose: 'package', multiple: true });
  // The chosen file was inspected by its handle: not a package, and the card says so.
  await expect(page.getByTestId('package-card').getByRole('alert')).toContainText('«plan.csv»');

  // A form's CSV attachments: several files from the dialog, attached by their handles.
  await page.getByRole('link', { name: 'Сауалнамалар' }).first().click();
  await page.getByRole('button', { name: 'CSV тіркеу…' }).first().click();
  await expect(page.getByRole('status')).toContainText('plan.csv тіркелді');
  const attachCalls = (await calls()).filter((call) => call.name === 'files.chooseOpen' || call.name === 'forms.attach').slice(-2);
  expect(attachCalls.map((call) => call.name)).toEqual(['files.chooseOpen', 'forms.attach']);
  expect(attachCalls[0].args).toMatchObject({ purpose: 'attachment', multiple: true });
  expect(attachCalls[1].args).toMatchObject({ formId: 'tolerance_kz', files: [{ handle: chosen.handle }] });

  // Respondents: the chosen table is previewed by its handle (this one is a plan, so its columns are refused).
  await page.getByRole('link', { name: 'Жауаптарды импорттау' }).click();
  await page.locator('button.primary', { hasText: 'Кестені таңдау…' }).click();
  await expect(page.getByTestId('import-file-name')).toHaveText('plan.csv');
  const previewCall = (await calls()).filter((call) => call.name === 'responses.previewImport').pop();
  expect(previewCall?.args).toMatchObject({ formId: 'tolerance_kz', file: { handle: chosen.handle } });

  // The designer: an XLSForm workbook from the dialog, by its handle (a CSV is not one, and the screen says so).
  await page.getByRole('link', { name: 'Конструктор' }).click();
  await page.getByRole('button', { name: 'XLSForm импорттау…' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  const designerCall = (await calls()).filter((call) => call.name === 'designer.import').pop();
  expect(designerCall?.args).toMatchObject({ file: { handle: chosen.handle } });
});
