/**
 * Merge: the research lead chooses packages made on the interviewers' laptops (by the CLI here),
 * sees what each holds before anything is written, merges them with a progress bar, reads the
 * counts and where the backup went, settles a conflict side by side, and finds where every
 * response came from. The CLI then reads the lead's database and agrees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { cliJson, correctInterview, exportPackage, fieldLaptop } from './lead-helpers';

test('packages from the CLI are inspected, merged, and a conflict is settled by keeping the laptop’s version', async ({ page, app }) => {
  // Many CLI runs (each a Node process starting from TypeScript) besides the screens: slow on a shared machine.
  test.setTimeout(900_000);
  const laptop = fieldLaptop(app, 'laptop', 30, 7);
  const first = exportPackage(app, laptop, 'first.kelisim');
  const other = exportPackage(app, fieldLaptop(app, 'other-laptop', 12, 9), 'other.kelisim');

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Деректерді біріктіру' }).click();
  await expect(page.getByRole('heading', { name: 'Далалық деректерді біріктіру' })).toBeVisible();
  await expect(page.getByText('Әзірге ешбір пакет біріктірілмеген.')).toBeVisible();

  // What each package holds, before merging: 30 and 12 finalized interviews of the bundled survey.
  await page.locator('#package-files').setInputFiles([first, other]);
  await expect(page.getByTestId('package-card')).toHaveCount(2);
  await expect(page.getByTestId('package-card').filter({ hasText: 'other.kelisim' })).toContainText('12 аяқталған, 0 аяқталмаған');
  const card = page.getByTestId('package-card').filter({ hasText: 'first.kelisim' });
  await expect(card).toContainText('30 аяқталған, 0 аяқталмаған');
  await expect(card.locator('table.versions tbody tr')).toHaveCount(1);
  await expect(card.locator('table.versions')).toContainText('Қазақстандағы ұлтаралық төзімділік');
  const manifest = cliJson<{ interviewers: { interviewer: string; responses: number }[]; signer: { fingerprint: string } }>(app, [
    'package',
    'inspect',
    first,
  ]);
  // Who signed it, new to this database; and a badge, since the helper exported it unencrypted.
  await expect(card.getByTestId('package-signer')).toContainText(manifest.signer.fingerprint);
  await expect(card.getByTestId('package-signer')).toHaveAttribute('data-trust', 'new');
  await expect(card.getByTestId('plain-badge')).toHaveText('Шифрланбаған');
  await expect(card.locator('.interviewers li')).toHaveCount(manifest.interviewers.length);
  await screenshot(page, '70-merge-inspect');

  await expect(page.getByText('Барлығы: 42 сұхбат.')).toBeVisible();
  await page.getByRole('button', { name: '2 пакетті біріктіру' }).click();
  const result = page.getByTestId('merge-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('merge-progress').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(result.locator('[data-count="added"] dd')).toHaveText('42');
  await expect(result.locator('table tbody tr')).toHaveCount(2);
  await expect(result.locator('[data-count="forms"] dd')).toHaveText('1');
  await expect(result.locator('[data-count="conflicts"] dd')).toHaveText('0');
  const backup = (await result.locator('.backup code').textContent())!;
  expect(fs.existsSync(backup)).toBe(true);
  expect(path.dirname(backup).startsWith(app.folder)).toBe(true);
  expect(cliJson<{ total: number }>(app, ['responses', 'list', '--db', app.database]).total).toBe(42);

  // The same interview corrected on the laptop and, differently, by the lead.
  const { rows } = cliJson<{ rows: { uuid: string }[] }>(app, ['responses', 'list', '--db', laptop, '--limit', '1']);
  const uuid = rows[0].uuid;
  correctInterview(laptop, uuid, { tol_01: '5' });
  const second = exportPackage(app, laptop, 'second.kelisim', '--since-last');
  correctInterview(app.database, uuid, { tol_01: '1' });

  // The page names no files on this computer (no path field): the package is picked, and arrives as its bytes.
  await expect(page.locator('#package-path')).toHaveCount(0);
  await page.locator('#package-files').setInputFiles([second]);
  await expect(page.getByTestId('package-card')).toContainText('1 аяқталған, 0 аяқталмаған');
  await page.getByRole('button', { name: '1 пакетті біріктіру' }).click();
  await expect(result.locator('[data-count="conflicts"] dd')).toHaveText('1');

  const conflict = page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  const differing = conflict.locator('tbody tr.differs[data-field="tol_01"]');
  await expect(differing.locator('th')).toContainText('Қазақстандағы барлық ұлт өкілдерінің құқықтары мен мүмкіндіктері тең болуы керек.');
  await expect(differing.locator('td').nth(0)).toHaveText('Мүлдем келіспеймін');
  await expect(differing.locator('td').nth(1)).toHaveText('Толығымен келісемін');
  await conflict.getByRole('button', { name: 'Барлық жауапты көрсету' }).click();
  await expect(conflict.locator('tbody tr[data-field="age"]')).toBeVisible();
  await screenshot(page, '71-merge-conflict');
  // The metadata field `end` differs too: each side was finalized at its own moment.
  const differences = cliJson<{ differences: { field: string }[] }[]>(app, ['package', 'conflicts', '--db', app.database])[0].differences;
  await expect(conflict.locator('tbody tr.differs[data-field]')).toHaveCount(differences.length);

  // The lead takes the laptop's answer to tol_01 and keeps the rest of the version here, confirming first.
  const before = cliJson<{ revision: number; answers: Record<string, string> }>(app, [
    'responses',
    'show',
    '--db',
    app.database,
    '--uuid',
    uuid,
  ]);
  await expect(conflict.getByTestId('conflict-uuid')).toHaveText(uuid);
  await expect(differing.locator('input[type="radio"]')).toHaveCount(2);
  await differing.locator('input[type="radio"]').nth(1).check();
  await conflict.getByRole('button', { name: 'Таңдалған жауаптарды сақтау' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${uuid} жауап парағында`);
  await expect(dialog).toContainText('екінші жақтан: tol_01');
  // Cancelled: nothing is written.
  await dialog.getByRole('button', { name: 'Бас тарту' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('conflict')).toHaveCount(1);
  await conflict.getByRole('button', { name: 'Таңдалған жауаптарды сақтау' }).click();
  await dialog.getByRole('button', { name: 'Шешу' }).click();
  await expect(page.getByText('Шешілмеген қайшылық жоқ.')).toBeVisible();
  const mixed = cliJson<{ revision: number; answers: Record<string, string> }>(app, [
    'responses',
    'show',
    '--db',
    app.database,
    '--uuid',
    uuid,
  ]);
  expect(mixed.answers.tol_01).toBe('5');
  expect(mixed.answers.end).toBe(before.answers.end);

  // Undone from the history: the version it replaced is back, and the conflict is open again.
  const resolutions = page.getByTestId('resolutions');
  await resolutions.getByRole('button', { name: `${uuid} жауап парағы бойынша шешімді болдырмау` }).click();
  await dialog.getByRole('button', { name: 'Болдырмау' }).click();
  await expect(page.getByTestId('conflict')).toHaveCount(1);
  expect(
    cliJson<{ answers: Record<string, string> }>(app, ['responses', 'show', '--db', app.database, '--uuid', uuid]).answers.tol_01,
  ).toBe(before.answers.tol_01);

  await page.getByTestId('conflict').getByRole('button', { name: 'Пакеттегі нұсқаны қалдыру' }).click();
  await dialog.getByRole('button', { name: 'Шешу' }).click();
  await expect(page.getByText('Шешілмеген қайшылық жоқ.')).toBeVisible();
  expect(cliJson<unknown[]>(app, ['package', 'conflicts', '--db', app.database])).toEqual([]);
  const kept = cliJson<{ answers: Record<string, string> }>(app, ['responses', 'show', '--db', app.database, '--uuid', uuid]);
  expect(kept.answers.tol_01).toBe('5');

  // Where the data came from: every package, newest first, by interviewer on demand.
  const history = page.getByTestId('import-history');
  await expect(history.locator('> tbody > tr')).toHaveCount(3);
  await expect(history.locator('> tbody > tr').first()).toContainText('second.kelisim');
  await history.locator('> tbody > tr').filter({ hasText: 'first.kelisim' }).getByRole('button').click();
  await expect(history.locator('table.people tbody tr')).toHaveCount(manifest.interviewers.length);
  await expect(page.getByTestId('conflict-summary')).toContainText('шешілгені – 1');
  // The two laptops' keys, remembered on their first packages.
  await expect(page.getByTestId('device-keys').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('device-keys')).toContainText(manifest.signer.fingerprint);
  await screenshot(page, '72-merge-history');
});

test('an encrypted package asks for its passphrase before showing what it holds', async ({ page, app }) => {
  const laptop = fieldLaptop(app, 'laptop', 5, 3);
  const secret = path.join(app.folder, 'passphrase.txt');
  fs.writeFileSync(secret, 'dala-zertteu-2026\n');
  const sealed = exportPackage(app, laptop, 'sealed.kelisim', '--passphrase-file', secret);

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Деректерді біріктіру' }).click();
  await page.locator('#package-files').setInputFiles(sealed);
  const card = page.getByTestId('package-card');
  await expect(card).toContainText('Бұл пакет шифрланған');
  await expect(page.getByRole('button', { name: '0 пакетті біріктіру' })).toBeDisabled();

  await page.getByLabel('Шифрланған пакеттердің құпия сөзі').fill('wrong-passphrase');
  await page.getByRole('button', { name: 'Ашу' }).click();
  await expect(card).toContainText('Бұл құпия сөз пакетті ашпайды');

  await page.getByLabel('Шифрланған пакеттердің құпия сөзі').fill('dala-zertteu-2026');
  await page.getByRole('button', { name: 'Ашу' }).click();
  await expect(card).toContainText('5 аяқталған, 0 аяқталмаған');
  await page.getByRole('button', { name: '1 пакетті біріктіру' }).click();
  await expect(page.getByTestId('merge-result').locator('[data-count="added"] dd')).toHaveText('5');
});
