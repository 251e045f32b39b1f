/**
 * A data-entry clerk types a paper questionnaire of the bundled tolerance survey into Kelisim with
 * the keyboard alone: number keys for choices, Space for ticks, Enter forward, Shift+Enter back,
 * Ctrl+G to jump. On the way: a constraint error (age 15), "other, specify" appearing, a switch of
 * the interview language, a reload of the page; then finalizing, and the CLI reads back what the
 * UI saved.
 */
import { expect, screenshot, test } from './fixtures';
import { expectFocusOn, expectSaved, expectScreen, interviewUuid, responseFromCli, seedSurvey } from './interview-helpers';

test.use({ appOptions: { seed: seedSurvey } });

test('a whole interview by keyboard only, with a reload in the middle', async ({ page, app }) => {
  await page.goto(app.url);

  // First run: the name field has the focus; Enter saves it and the focus moves to "start".
  await expect(page.getByTestId('first-run')).toBeVisible();
  await screenshot(page, '10-home-first-run');
  await page.keyboard.type('Асқар Нұрланұлы');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('first-run')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Сұхбатты бастау' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The introduction for the interviewer, then consent: "1" is yes.
  await expectScreen(page, 'interviewer_intro');
  await screenshot(page, '11-interview-note');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'consent');
  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: /Иә/ })).toBeChecked();
  await screenshot(page, '12-interview-consent');
  await page.keyboard.press('Enter');

  // Place of the interview: four questions on one screen, Enter from one to the next.
  await expectScreen(page, 'location');
  await expectFocusOn(page, 'region');
  await page.keyboard.press('4'); // Almaty Region, 4th of 20
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'district');
  await page.keyboard.type('Еңбекшіқазақ ауданы');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'settlement');
  await page.keyboard.type('Есік');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'settlement_type');
  await page.keyboard.press('2'); // rural
  await screenshot(page, '13-interview-location');
  await page.keyboard.press('Enter');

  // Age 15 breaks the survey's constraint: the message is the form's own, in Kazakh, and Enter stays.
  await expectScreen(page, 'age');
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toHaveText(
    'Жасы 18 бен 100 аралығындағы бүтін сан болуы керек: сауалнамаға тек 18 жасқа толған адамдар қатысады.',
  );
  await expectScreen(page, 'age');
  await screenshot(page, '14-interview-constraint');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');

  await expectScreen(page, 'gender');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');

  // Ethnicity "other" (14th of 15: two digits) opens the field to specify it, on the same screen.
  await expectScreen(page, 'ethnicity');
  await expect(page.locator('[data-field="ethnicity_other"]')).toHaveCount(0);
  await page.keyboard.press('1');
  await page.keyboard.press('4');
  await expect(page.getByRole('radio', { name: /Басқа ұлт/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'ethnicity_other');
  await page.keyboard.type('Дүнген');
  await screenshot(page, '15-interview-specify');

  // The respondent prefers Russian: Alt+L switches the interview language; the answers stay.
  await page.keyboard.press('Alt+L');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-field="ethnicity"] h1')).toContainText('Кем Вы себя считаете по национальности?');
  await expect(page.getByRole('radio', { name: /Другая национальность/ })).toBeChecked();
  await expect(page.locator('[data-field="ethnicity_other"] input')).toHaveValue('Дүнген');
  await page.keyboard.press('Enter');

  await expectScreen(page, 'religion');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');

  // Languages: number keys tick, Tab and Space tick the next one; "other" asks which.
  await expectScreen(page, 'languages');
  await page.keyboard.press('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('6');
  await expect(page.getByRole('checkbox', { name: /Казахский/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Русский/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'languages_other');
  await page.keyboard.type('Дунганский');
  await screenshot(page, '16-interview-multiple');
  await page.keyboard.press('Enter');

  await expectScreen(page, 'education');
  await page.keyboard.press('6');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'neighbours_other');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');

  // A Likert grid: each number answers the row in focus and moves to the next row.
  await expectScreen(page, 'practices');
  for (const key of ['3', '2', '4', '4', '3', '1']) await page.keyboard.press(key);
  await screenshot(page, '17-interview-grid');
  await page.keyboard.press('Enter');

  // Social distance: a note and eight drop-down lists on one screen.
  await expectScreen(page, 'social_distance');
  for (const key of ['1', '2', '2', '1', '1', '3', '4', '5']) {
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
  }
  await expectScreen(page, 'tolerance');
  await screenshot(page, '18-interview-tolerance');
  for (const key of ['4', '5', '4', '2', '4', '1', '5', '2', '4', '6']) await page.keyboard.press(key);
  await expectSaved(page);

  // The page reloads (a power cut, a closed window): the interview comes back where it was.
  const uuid = interviewUuid(page);
  await page.reload();
  await expectScreen(page, 'tolerance');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-field="tol_10"] input[value="8"]')).toBeChecked();
  await expect(page.locator('[data-field="tol_01"] input[value="4"]')).toBeChecked();
  await expectFocusOn(page, 'tol_10'); // exactly the question it stopped at
  // Shift+Enter goes back (a grid is one step), answers intact.
  await page.keyboard.press('Shift+Enter');
  await expectScreen(page, 'social_distance');
  await expectFocusOn(page, 'sd_chinese');
  await expect(page.locator('[data-field="sd_chinese"] select')).toHaveValue('5');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'tolerance');
  await page.keyboard.press('Enter');

  await expectScreen(page, 'discrim_12m');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'discrim_where');
  await page.keyboard.press('6');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'discrim_where_other');
  await page.keyboard.type('На базаре');
  await page.keyboard.press('Enter');

  await expectScreen(page, 'ethnomed_aware');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'ethnomed_would_use');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'trust');
  for (const key of ['4', '3', '3', '4', '4', '2', '2', '2']) await page.keyboard.press(key);
  await page.keyboard.press('Enter');

  await expectScreen(page, 'comments');
  await page.keyboard.type('Респондент говорил охотно.');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'thanks');
  await page.keyboard.press('Enter');

  // The end: nothing is missing, Enter finalizes. First a look back at the age through the jump list.
  await expectScreen(page, '#finish');
  await page.keyboard.press('Control+g');
  const jump = page.getByRole('dialog');
  await expect(jump).toBeVisible();
  await page.keyboard.type('полных лет');
  await screenshot(page, '19-interview-jump-list');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'age');
  await expect(page.locator('[data-field="age"] input')).toHaveValue('42');
  // The app's own words stay in the interface language (Kazakh); the questions are in Russian.
  await page.keyboard.press('Control+g');
  await page.keyboard.type('соңы');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expectScreen(page, '#finish');
  await expect(page.getByText('Қойылатын барлық сұраққа жауап берілді.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
  await screenshot(page, '20-interview-finish');
  // Finalizing asks once; Enter confirms, and the focus then rests on the heading.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeFocused();
  await screenshot(page, '21-interview-finalized');

  // What the UI saved, read back by the command line.
  const response = responseFromCli(app, uuid);
  expect(response).toMatchObject({ status: 'final', revision: 1, language: 'ru', interviewer: 'Асқар Нұрланұлы' });
  expect(response.answers).toMatchObject({
    consent: 'yes',
    region: 'almaty_reg',
    region_is_city: 'no',
    district: 'Еңбекшіқазақ ауданы',
    settlement: 'Есік',
    settlement_type: 'rural',
    age: '42',
    gender: 'female',
    ethnicity: 'other',
    ethnicity_other: 'Дүнген',
    religion: 'islam',
    languages: 'kk ru other',
    languages_other: 'Дунганский',
    education: 'higher',
    neighbours_other: 'yes',
    practice_asar: '3',
    practice_suyek: '2',
    practice_nauryz: '4',
    practice_kurban: '4',
    practice_family: '3',
    practice_business: '1',
    sd_kazakh: '1',
    sd_russian: '2',
    sd_uzbek: '2',
    sd_uyghur: '1',
    sd_dungan: '1',
    sd_tajik: '3',
    sd_chechen: '4',
    sd_chinese: '5',
    tol_01: '4',
    tol_02: '5',
    tol_03: '4',
    tol_04: '2',
    tol_05: '4',
    tol_06: '1',
    tol_07: '5',
    tol_08: '2',
    tol_09: '4',
    tol_10: '8',
    discrim_12m: 'yes',
    discrim_where: 'public other',
    discrim_where_other: 'На базаре',
    ethnomed_aware: 'yes',
    ethnomed_would_use: '3',
    trust_friendship: '4',
    trust_apk: '3',
    trust_ethnomed: '3',
    trust_elders: '4',
    trust_mothers: '4',
    trust_akimat: '2',
    trust_police: '2',
    trust_courts: '2',
    comments: 'Респондент говорил охотно.',
    username: 'Асқар Нұрланұлы',
  });
  expect(response.answers.end).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  // The next interview is a deliberate step, with the place of the last one already filled in.
  await page.getByRole('button', { name: 'Келесі сұхбатты бастау' }).click();
  await expectScreen(page, 'interviewer_intro');
  expect(interviewUuid(page)).not.toBe(uuid);
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'location');
  await expect(page.locator('[data-field="region"] select')).toHaveValue('almaty_reg');
  await expect(page.locator('[data-field="district"] input')).toHaveValue('Еңбекшіқазақ ауданы');
  await expect(page.locator('[data-field="settlement"] input')).toHaveValue('Есік');
});
