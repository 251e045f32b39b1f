/**
 * Send data: the interviewer makes a package of the finalized interviews with one button, sees the
 * progress and where the file went, and (in browser mode) downloads it. The command line then
 * reads the package and finds the same interviews.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { addFieldResponses } from './lead-helpers';

test.use({
  appOptions: {
    seed: (database, cli) => {
      addFieldResponses(database, 25, 5);
      // Practice responses beside them stay on the computer: the package holds the 25 field interviews only.
      const result = cli(['demo', '--db', database, '--responses', '7', '--seed', '9']);
      if (result.code !== 0) throw new Error(result.stderr);
    },
  },
});

test('a field package is made from a button, shown with its place, and offered as a download', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Деректерді жіберу' }).click();
  await expect(page.getByText('Осы компьютерде: 32 аяқталған және 0 аяқталмаған сұхбат.')).toBeVisible();
  await expect(page.getByTestId('practice-not-sent')).toHaveText(
    '7 жаттығу сауалнамасы осы компьютерде қалады: пакеттер ешқашан жаттығу деректерін алып жүрмейді.',
  );
  // Encrypted by default: the passphrase is checked in the field, twice, before anything is written.
  await page.getByLabel('Құпия сөз', { exact: true }).fill('        ');
  await page.getByRole('button', { name: 'Пакет жасау' }).click();
  await expect(page.getByText('Құпия сөзде бос орындардан бөлек кемінде 8 таңба болуы керек.')).toBeVisible();
  await page.getByLabel('Құпия сөз', { exact: true }).fill('жусан далада');
  await page.getByLabel('Құпия сөзді қайталаңыз').fill('жусан дала');
  await page.getByRole('button', { name: 'Пакет жасау' }).click();
  await expect(page.getByText('Екі құпия сөз әртүрлі: бір сөзді екі рет теріңіз.')).toBeVisible();
  expect(
    fs.existsSync(path.join(app.folder, 'kelisim-packages')) && fs.readdirSync(path.join(app.folder, 'kelisim-packages')).length,
  ).toBeFalsy();
  await page.getByLabel('Құпия сөзді қайталаңыз').fill('жусан далада');
  await page.getByRole('button', { name: 'Пакет жасау' }).click();

  const result = page.getByTestId('send-result');
  await expect(result).toContainText('Пакет дайын: 25 сұхбат.');
  await expect(page.getByTestId('send-progress').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  const file = (await result.getByTestId('send-file').textContent())!;
  expect(path.dirname(file)).toBe(path.join(app.folder, 'kelisim-packages'));
  expect(fs.existsSync(file)).toBe(true);
  await screenshot(page, '50-send-data-done');

  const downloading = page.waitForEvent('download');
  await result.getByRole('link', { name: 'Файлды жүктеп алу' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(path.basename(file));
  const saved = path.join(app.folder, 'downloaded.kelisim');
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).equals(fs.readFileSync(file))).toBe(true);

  const passphraseFile = path.join(app.folder, 'passphrase.txt');
  fs.writeFileSync(passphraseFile, 'жусан далада\n');
  const inspected = app.cli(['package', 'inspect', saved, '--passphrase-file', passphraseFile, '--json']);
  expect(inspected.code).toBe(0);
  expect(JSON.parse(inspected.stdout)).toMatchObject({ encrypted: true, responses: { total: 25, final: 25, draft: 0 } });
  await expect(result).toContainText('Шифрланған: оны тек құпия сөз ашады.');

  // Nothing changed since: a second package "since the last one" is empty, and says so. This one
  // goes unencrypted, an explicit choice that shows its warning.
  await page.getByLabel('Шифрламай жіберу').check();
  await expect(page.getByTestId('unencrypted-warning')).toContainText('ұлты мен дінін');
  await page.getByLabel('Соңғы пакеттен кейін өзгергендерін ғана').check();
  await page.getByRole('button', { name: 'Пакет жасау' }).click();
  await expect(result).toContainText('Пакетте сұхбат жоқ');
  await expect(result).toContainText('Шифрланбаған: файлы бар кез келген адам жауаптарды оқи алады.');
  await expect(page.getByRole('heading', { name: 'Бұрын жіберілгендер' })).toBeVisible();
  await expect(page.locator('.history li')).toHaveCount(2);
});
