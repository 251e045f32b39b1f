/**
 * What the interview screens must not get wrong (issue 15): the progress counts only the screens the
 * answers leave in, and the jump list numbers them alike; a refused answer says why in the form's
 * words and the interview language; finalizing asks once and the next Enter starts nothing; an
 * interview left without a single answer leaves no empty draft; the header's title and the
 * "required" mark read right.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test, withImportedWorkbook } from './fixtures';
import { expectScreen, interviewUuid, listFromCli, seedSurvey, signInAsInterviewer, startInterviewByKeyboard } from './interview-helpers';
import { addFieldResponses } from './lead-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { table, tri, TRI_HEADERS } from '../fixtures/form/table';

/** Four questions, one of them skipped when the respondent does not work; two constraints. */
async function workWorkbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: table(
        ['type', 'name', ...TRI_HEADERS('label'), 'required', 'relevant', 'constraint', ...TRI_HEADERS('constraint_message')],
        [
          {
            type: 'select_one yesno',
            name: 'works',
            ...tri('label', 'Жұмыс істейсіз бе?', 'Вы работаете?', 'Do you work?'),
            required: 'yes',
          },
          {
            type: 'integer',
            name: 'hours',
            ...tri('label', 'Аптасына неше сағат?', 'Сколько часов в неделю?', 'How many hours a week?'),
            relevant: "${works} = 'yes'",
          },
          {
            type: 'integer',
            name: 'age',
            ...tri('label', 'Жасыңыз?', 'Сколько Вам лет?', 'How old are you?'),
            required: 'yes',
            constraint: '. >= 18',
            ...tri(
              'constraint_message',
              'Респондент кемінде 18 жаста болуы керек.',
              'Респонденту должно быть не меньше 18 лет.',
              'The respondent must be 18 or older.',
            ),
          },
          {
            type: 'integer',
            name: 'children',
            ...tri('label', 'Балаларыңыз нешеу?', 'Сколько у Вас детей?', 'How many children?'),
            constraint: '. <= 20',
          },
        ],
      ),
    },
    {
      name: 'choices',
      rows: table(
        ['list_name', 'name', ...TRI_HEADERS('label')],
        [
          { list_name: 'yesno', name: 'yes', ...tri('label', 'Иә', 'Да', 'Yes') },
          { list_name: 'yesno', name: 'no', ...tri('label', 'Жоқ', 'Нет', 'No') },
        ],
      ),
    },
    {
      name: 'settings',
      rows: [
        [
          'form_id',
          'form_title',
          'form_title::Kazakh (kk)',
          'form_title::Russian (ru)',
          'form_title::English (en)',
          'version',
          'default_language',
        ],
        ['work', 'Жұмыс', 'Жұмыс туралы сауалнама', 'Анкета о работе', 'Work survey', '1', 'Kazakh (kk)'],
      ],
    },
  ]);
}

/** The first run by keyboard, which leaves the focus on "start". */
async function openAs(page: Page, url: string): Promise<void> {
  await signInAsInterviewer(page, url);
  await expect(page.getByRole('button', { name: 'Сұхбатты бастау' })).toBeFocused();
}

const progressOf = (page: Page) => page.getByRole('progressbar');

test.describe(() => {
  test.use({ appOptions: withImportedWorkbook(workWorkbook, 'work.xlsx') });

  test('progress counts what applies, a refused answer says why, finalizing asks once', async ({ page, app }) => {
    await startInterviewByKeyboard(page, app.url);
    await expectScreen(page, 'works');
    // The header's title is the form's own in the interview language (settings form_title::Kazakh (kk)).
    await expect(page.getByTestId('interview-title')).toHaveText('Жұмыс туралы сауалнама');
    // "Required" stands apart from the question, for screen readers too.
    await expect(page.getByRole('heading', { name: 'Жұмыс істейсіз бе? (Міндетті)', exact: true })).toBeVisible();
    await expect(progressOf(page)).toHaveAttribute('aria-valuenow', '1');
    // Unanswered: then, and only then, "answer the marked question".
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('blocked')).toHaveText('Әрі қарай өту үшін белгіленген сұраққа жауап беріңіз.');
    // The question about the job applies only to those who work: counted once "yes" is chosen, not after "no".
    await expect(progressOf(page)).toHaveAttribute('aria-valuemax', '3');
    await page.keyboard.press('1');
    await expect(progressOf(page)).toHaveAttribute('aria-valuemax', '4');
    await page.keyboard.press('2');
    await expect(progressOf(page)).toHaveAttribute('aria-valuemax', '3');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'age');
    await expect(progressOf(page)).toHaveAttribute('aria-valuenow', '2');
    await expect(progressOf(page)).toHaveAttribute('aria-valuemax', '3');
    await expect(page.locator('.progress .count')).toHaveText('2 / 3');

    // A constraint: the form's own message, not "answer the question" (it was answered).
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'age');
    await expect(page.locator('[data-field="age"] .problem')).toHaveText('Респондент кемінде 18 жаста болуы керек.');
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expect(page.getByText('Әрі қарай өту үшін белгіленген сұраққа жауап беріңіз.')).toHaveCount(0);
    await screenshot(page, 'screens-interview-constraint-kk');
    // In the interview language: switched to Russian, the message follows.
    await page.keyboard.press('Alt+L');
    await expect(page.locator('[data-field="age"] .problem')).toHaveText('Респонденту должно быть не меньше 18 лет.');
    await expect(page.getByTestId('interview-title')).toHaveText('Анкета о работе');
    await screenshot(page, 'screens-interview-constraint-ru');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');

    // A constraint without a message of its own: Kelisim's words, which speak to the interviewer in the interface
    // language (Kazakh here) whatever the interview language (Russian by now).
    await expectScreen(page, 'children');
    await expect(page.locator('.progress .count')).toHaveText('3 / 3');
    // The jump list numbers the screen the way the header does.
    await page.keyboard.press('Control+g');
    await expect(page.getByRole('dialog').locator('button.current .number')).toHaveText('3');
    await page.keyboard.press('Escape');
    await page.locator('[data-field="children"] input').click();
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-field="children"] .problem')).toHaveText('Жауап сұрақтың шартына сәйкес келмейді.');
    await expect(page.getByTestId('blocked')).toHaveCount(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');

    // Finalizing asks once, the confirm button has the focus; Enter finalizes.
    await expectScreen(page, '#finish');
    await expect(page.getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('Сұхбатты аяқтайсыз ба?');
    await expect(confirm.getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
    await screenshot(page, 'screens-interview-confirm-finalize-kk');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Сұхбат аяқталды/ })).toBeFocused();
    const uuid = interviewUuid(page);
    // Another Enter starts nothing: no new empty interview.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(interviewUuid(page)).toBe(uuid);
    expect(listFromCli(app, '--status', 'draft').total).toBe(0);
    expect(listFromCli(app, '--status', 'final').total).toBe(1);

    // A new interview, deliberately, left at once: no empty draft stays behind.
    await page.getByRole('button', { name: 'Келесі сұхбатты бастау' }).click();
    await expectScreen(page, 'works');
    expect(interviewUuid(page)).not.toBe(uuid);
    expect(listFromCli(app, '--status', 'draft').total).toBe(1);
    await page.locator('a.exit').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => listFromCli(app, '--status', 'draft').total).toBe(0);
    await expect(page.getByTestId('drafts')).toHaveCount(0);

    // One with an answer stays, and the CLI keeps it too when asked to discard it only if unanswered.
    await page.getByRole('button', { name: 'Сұхбатты бастау' }).click();
    await expectScreen(page, 'works');
    const answered = interviewUuid(page);
    await page.keyboard.press('1');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.locator('a.exit').click();
    await expect(page.getByTestId('drafts')).toBeVisible();
    expect(listFromCli(app, '--status', 'draft').rows.map((row) => row.uuid)).toEqual([answered]);
    const kept = app.cli(['responses', 'discard', '--db', app.database, '--uuid', answered, '--if-unanswered', '--json']);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout)).toEqual({ uuid: answered, discarded: false });
    const gone = app.cli(['responses', 'discard', '--db', app.database, '--uuid', answered, '--json']);
    expect(JSON.parse(gone.stdout)).toEqual({ uuid: answered, discarded: true });
    expect(listFromCli(app, '--status', 'draft').total).toBe(0);
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: (database) => addFieldResponses(database, 1201, 3) } });

  test('Send data: the made package comes into view with the focus, its count written "1 201"', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Деректерді жіберу' }).click();
    await expect(page.getByText('Осы компьютерде: 1 201 аяқталған және 0 аяқталмаған сұхбат.')).toBeVisible();
    await page.getByLabel('Шифрламай жіберу').check();
    await page.getByRole('button', { name: 'Пакет жасау' }).click();
    const title = page.getByTestId('send-result-title');
    // One number format everywhere ("1 201", as the line above writes it), and the result is where the eye and the focus are.
    await expect(title).toHaveText('Пакет дайын: 1 201 сұхбат.');
    await expect(title).toBeFocused();
    await expect(page.getByTestId('send-file')).toBeInViewport();
    await screenshot(page, 'screens-send-done-kk');
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: seedSurvey } });

  test('Home follows the interface language from the first paint; dates read dd.mm.yyyy', async ({ page, app }) => {
    await openAs(page, app.url);
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Анкеты' }).click();
    await page.getByRole('button', { name: 'Начать интервью' }).click();
    await expectScreen(page, 'interviewer_intro');
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'location');
    await page.keyboard.press('4'); // Almaty Region
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.locator('a.exit').click();
    await expect(page.getByTestId('drafts')).toContainText('Алматинская область');

    // After a reload the list is Russian from the start, never Kazakh first.
    await page.reload();
    await expect(page.getByTestId('drafts')).toContainText('Алматинская область');
    await expect(page.getByTestId('drafts')).not.toContainText('Алматы облысы');
    await screenshot(page, 'screens-home-ru');

    // Dates are typed and shown day first with dots, whatever the computer's locale.
    await page.getByRole('link', { name: 'Интервью', exact: true }).click();
    const from = page.getByLabel('С', { exact: true });
    await expect(from).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
    await from.fill('1.1.2020');
    await from.blur();
    await expect(from).toHaveValue('01.01.2020');
    const to = page.getByLabel('По', { exact: true });
    await to.fill('31.12.2020');
    await expect(page.getByText('Нет интервью, подходящих под эти фильтры.')).toBeVisible();
    await to.fill('');
    await expect(page.getByText('Нет интервью, подходящих под эти фильтры.')).toBeHidden();
    await screenshot(page, 'screens-responses-dates-ru');
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: seedSurvey } });

  test('screenshots of Home and the interview in kk, ru and en at 1366×768', async ({ page, app }) => {
    await openAs(page, app.url);
    const languages = [
      { code: 'kk', button: 'Қазақша', settings: 'Баптаулар', home: 'Сауалнамалар' },
      { code: 'ru', button: 'Русский', settings: 'Настройки', home: 'Анкеты' },
      { code: 'en', button: 'English', settings: 'Settings', home: 'Forms' },
    ];
    let settingsLink = 'Баптаулар';
    for (const language of languages) {
      await page.getByRole('link', { name: settingsLink }).click();
      await page.getByRole('button', { name: language.button }).click();
      settingsLink = language.settings;
      await page.getByRole('link', { name: language.home }).click();
      await page.reload();
      await expect(page.getByTestId('forms-table')).toBeVisible();
      await screenshot(page, `screens-home-${language.code}`);
      await page.getByTestId('forms-table').getByRole('button').first().click();
      await expectScreen(page, 'interviewer_intro');
      await page.getByRole('button', { name: language.button }).click();
      await page.locator('.nav .next').click();
      await expectScreen(page, 'consent');
      await page.keyboard.press('1');
      await page.locator('.nav .next').click();
      await expectScreen(page, 'location');
      await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
      await screenshot(page, `screens-interview-location-${language.code}`);
      await page.locator('a.exit').click();
    }
  });
});
