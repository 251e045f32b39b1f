/**
 * The question types a laptop collects beyond text and choices, by keyboard: a slider moved with
 * the arrow keys, Home and End; a location typed in; an area typed as points, its size shown; a
 * settlement found among 2,000 rows of an attached CSV by typing part of its name. The CLI reads
 * back what was saved (pulldata() over the same file is checked in tests/unit/form/attach-cli.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import {
  expectSaved,
  expectScreen,
  interviewUuid,
  responseFromCli,
  startInterviewByKeyboard,
  withPublishedForm,
} from './interview-helpers';
import { settlementCsv } from '../../src/bench/collect/settlements';
import type { FormDefinition } from '../../src/form/model';

const tri = (kk: string, ru: string, en: string) => ({ kk, ru, en });

const form: FormDefinition = {
  formId: 'odk_types',
  title: 'ODK types',
  version: '1',
  defaultLanguage: 'kk',
  languages: [
    { code: 'kk', name: 'Kazakh' },
    { code: 'ru', name: 'Russian' },
    { code: 'en', name: 'English' },
  ],
  survey: [
    { type: 'range', name: 'trust', label: tri('Сенім деңгейі', 'Уровень доверия', 'Trust'), parameters: 'start=0 end=10 step=1' },
    { type: 'geopoint', name: 'home', label: tri('Үйдің орны', 'Место дома', 'Where the house is') },
    { type: 'geoshape', name: 'plot', label: tri('Жер телімі', 'Участок', 'The plot') },
    { type: 'select_one', name: 'settlement', listName: 'settlements.csv', label: tri('Елді мекен', 'Населённый пункт', 'Settlement') },
    { type: 'calculate', name: 'district', calculation: "pulldata('settlements', 'district', 'name', ${settlement})" },
  ],
  choiceLists: [],
  attachments: [{ fileName: 'settlements.csv', text: settlementCsv(2000) }],
};

const withForm = withPublishedForm(form);

async function valueOf(page: Page, field: string): Promise<string | null> {
  return page.locator(`[data-field="${field}"] [data-answer]`).first().inputValue();
}

test.use({ appOptions: withForm });

test('a slider, a location, an area and a settlement from a 2,000-row file, by keyboard', async ({ page, app }) => {
  await startInterviewByKeyboard(page, app.url, 'Дана Әлиқызы');

  // The slider starts unanswered; Home goes to 0, three steps right to 3.
  await expectScreen(page, 'trust');
  const slider = page.locator('[data-field="trust"] input[type="range"]');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-field="trust"] output')).toHaveText('3');
  await expectSaved(page);
  await page.keyboard.press('Enter');

  await expectScreen(page, 'home');
  // The browser gives no location here (no permission granted): why is said in Kazakh, not in the browser's English.
  await page.locator('[data-field="home"]').getByRole('button', { name: 'Осы компьютердің орналасқан жерін алу' }).click();
  await expect(page.locator('[data-field="home"]')).toContainText(
    /Орналасқан жер алынбады: (рұқсат берілмеді|компьютер орнын анықтай алмады)\./,
  );
  await expect(page.locator('[data-field="home"]')).not.toContainText(/denied|Geolocation/i);
  await page.locator('[data-field="home"] [data-answer]').focus();
  await page.keyboard.type('43.238 76.945');
  await page.keyboard.press('Enter');

  // A square of 0.001° sides at 43°N: JavaRosa's formula, worked out by hand in Python, gives 9,027.6 m².
  await expectScreen(page, 'plot');
  await page.locator('[data-field="plot"] [data-answer]').focus();
  await page.keyboard.type('43.238 76.945; 43.238 76.946; 43.239 76.946; 43.239 76.945; 43.238 76.945');
  await expect(page.locator('[data-field="plot"] .summary')).toHaveText(/^5 нүкте, ауданы 9\s028 м²$/);
  await screenshot(page, '90-geoshape');
  await page.keyboard.press('Enter');

  // 2,000 settlements: typing narrows the list; Down and Enter choose the second match.
  await expectScreen(page, 'settlement');
  const search = page.locator('[data-field="settlement"] input[role="combobox"]');
  await search.focus();
  await page.keyboard.type('алма');
  const options = page.locator('[data-field="settlement"] [role="option"]');
  await expect(options.first()).toBeVisible();
  const second = (await options.nth(1).textContent())!.trim();
  expect(second.toLowerCase().startsWith('алма')).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-field="settlement"] .chosen li span')).toHaveText(second);
  await screenshot(page, '91-typeahead');
  await expectSaved(page);

  const answers = responseFromCli(app, interviewUuid(page)).answers;
  expect(answers.trust).toBe('3');
  expect(answers.home).toBe('43.238 76.945');
  expect(answers.plot).toBe('43.238 76.945;43.238 76.946;43.239 76.946;43.239 76.945;43.238 76.945');
  const row = settlementCsv(2000)
    .split('\n')
    .find((line) => line.split(',')[1] === second)!;
  expect(answers.settlement).toBe(row.split(',')[0]);
  expect(await valueOf(page, 'settlement')).toBe('');
});
