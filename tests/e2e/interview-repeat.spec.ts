/**
 * A household roster typed in by keyboard: the members of a household one after another ("Add
 * another household member?" — Enter on Yes, 2 for No), one removed after a confirmation and added
 * back, a reload in the middle that loses nothing; then the rooms, as many as the answer to "how
 * many rooms" (repeat_count), without add or remove buttons; the jump list and progress count each
 * member's questions; finalizing; and the CLI reads back one JSON array of members. Then the
 * designer adds a repeated section to the form, and a street's houses hold their people (a repeat
 * inside a repeat).
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test, withImportedWorkbook } from './fixtures';
import {
  expectFocusOn,
  expectSaved,
  expectScreen,
  finalizeByKeyboard,
  interviewUuid,
  responseFromCli,
  signInAsInterviewer,
  startInterviewByKeyboard,
} from './interview-helpers';
import { expectDraftSaved, outlineNames, selectInOutline } from './designer-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { table, tri, TRI_HEADERS } from '../fixtures/form/table';

/** The household form of tests/fixtures/collect/household.ts, as a lead would type it into Excel. */
async function householdWorkbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: table(
        ['type', 'name', ...TRI_HEADERS('label'), 'required', 'relevant', 'constraint', 'calculation', 'default', 'repeat_count'],
        [
          {
            type: 'text',
            name: 'respondent',
            ...tri('label', 'Респонденттің аты', 'Имя респондента', "Respondent's name"),
            required: 'yes',
          },
          { type: 'begin_repeat', name: 'member', ...tri('label', 'Отбасы мүшесі', 'Член семьи', 'Household member') },
          { type: 'text', name: 'member_name', ...tri('label', 'Аты', 'Имя', 'Name'), required: 'yes' },
          {
            type: 'integer',
            name: 'member_age',
            ...tri('label', 'Жасы', 'Возраст', 'Age'),
            required: 'yes',
            constraint: '. >= 0 and . <= 120',
          },
          {
            type: 'select_one yesno',
            name: 'member_work',
            ...tri('label', '${member_name} жұмыс істей ме?', '${member_name} работает?', 'Does ${member_name} work?'),
            required: 'yes',
            relevant: '${member_age} >= 16',
          },
          {
            type: 'select_one yesno',
            name: 'lives_here',
            ...tri('label', 'Осында тұра ма?', 'Живёт здесь?', 'Lives here?'),
            default: 'yes',
          },
          { type: 'end_repeat' },
          { type: 'calculate', name: 'member_count', calculation: 'count(${member})' },
          {
            type: 'integer',
            name: 'rooms',
            ...tri('label', 'Үйде неше бөлме бар?', 'Сколько в доме комнат?', 'How many rooms are there?'),
            constraint: '. >= 0 and . <= 10',
          },
          { type: 'begin_repeat', name: 'room', ...tri('label', 'Бөлме', 'Комната', 'Room'), repeat_count: '${rooms}' },
          {
            type: 'select_one uses',
            name: 'room_use',
            ...tri('label', 'Бөлме не үшін қолданылады?', 'Для чего комната?', 'What is the room used for?'),
            required: 'yes',
          },
          { type: 'end_repeat' },
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
          { list_name: 'uses', name: 'sleep', ...tri('label', 'Ұйықтау', 'Спальня', 'Sleeping') },
          { list_name: 'uses', name: 'living', ...tri('label', 'Қонақ бөлме', 'Гостиная', 'Living room') },
          { list_name: 'uses', name: 'kitchen', ...tri('label', 'Ас үй', 'Кухня', 'Kitchen') },
        ],
      ),
    },
    {
      name: 'settings',
      rows: [
        ['form_id', 'form_title', 'version', 'default_language'],
        ['household', 'Үй шаруашылығы', '1', 'Kazakh (kk)'],
      ],
    },
  ]);
}

/** The headings of the instances on the screen, in order. */
const instanceTitles = (page: Page) => page.locator('[data-instance] .instance-title');

/** Types each answer into the focused question and goes on with Enter, as a clerk copies a paper form. */
async function typeInTurn(page: Page, ...answers: string[]): Promise<void> {
  for (const answer of answers) {
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
  }
}

test.describe(() => {
  test.use({ appOptions: withImportedWorkbook(householdWorkbook) });

  test('a household roster by keyboard: members added, one removed and added back, rooms by count', async ({ page, app }) => {
    await startInterviewByKeyboard(page, app.url);

    await expectScreen(page, 'respondent');
    await page.keyboard.type('Айгүл');
    await page.keyboard.press('Enter');

    // No member yet: the section asks whether to add one, "Yes" has the focus, Enter adds.
    await expectScreen(page, 'member');
    await expect(page.getByText('Отбасы мүшесі: қосасыз ба?')).toBeVisible();
    await expect(page.getByRole('button', { name: /Иә, қосу/ })).toBeFocused();
    await screenshot(page, '80-repeat-first');
    await page.keyboard.press('Enter');

    // Member 1: Enter walks through her questions; whether she works is asked, as she is 40.
    await expect(instanceTitles(page)).toHaveText(['Отбасы мүшесі 1 / 1']);
    await expectFocusOn(page, 'member[1].member_name');
    await page.keyboard.type('Әлия');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'member[1].member_age');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'member[1].member_work');
    await expect(page.locator('[data-field="member[1].member_work"] h3')).toHaveText(/^Әлия жұмыс істей ме\?/);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    // "Lives here" starts as "yes" (the form's default): Enter keeps it and reaches "add another?".
    await expectFocusOn(page, 'member[1].lives_here');
    await expect(page.locator('[data-field="member[1].lives_here"] input[value="yes"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Отбасы мүшесі: тағы біреуін қосасыз ба?')).toBeVisible();
    await expect(page.getByRole('button', { name: /Иә, қосу/ })).toBeFocused();
    await page.keyboard.press('1');

    // Member 2, a boy of 12: whether he works is not asked.
    await expect(instanceTitles(page)).toHaveText(['Отбасы мүшесі 1 / 2', 'Отбасы мүшесі 2 / 2']);
    await expectFocusOn(page, 'member[2].member_name');
    await typeInTurn(page, 'Нұрлан', '12');
    await expectFocusOn(page, 'member[2].lives_here');
    await expect(page.locator('[data-field="member[2].member_work"]')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // Member 3; then a reload: every member comes back, and the interview where it stopped.
    await expectFocusOn(page, 'member[3].member_name');
    await typeInTurn(page, 'Дана', '35');
    await page.keyboard.press('2');
    await expectSaved(page);
    await screenshot(page, '81-repeat-three-members');
    await page.reload();
    await expectScreen(page, 'member');
    await expect(instanceTitles(page)).toHaveText(['Отбасы мүшесі 1 / 3', 'Отбасы мүшесі 2 / 3', 'Отбасы мүшесі 3 / 3']);
    await expectFocusOn(page, 'member[3].member_work');
    await expect(page.locator('[data-field="member[3].member_work"] input[value="no"]')).toBeChecked();

    // Nurlan is removed: Ctrl+Delete in his questions asks first, Cancel having the focus.
    await page.locator('[data-field="member[2].member_age"] input').focus();
    await page.keyboard.press('Control+Delete');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Отбасы мүшесі 2 өшірілсін бе?');
    await expect(dialog).toContainText('Оның 3 жауабы өшіріледі');
    await expect(dialog.getByRole('button', { name: 'Бас тарту' })).toBeFocused();
    await screenshot(page, '82-repeat-remove');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(instanceTitles(page)).toHaveText(['Отбасы мүшесі 1 / 2', 'Отбасы мүшесі 2 / 2']);
    // Dana moved up into his place, and has the focus.
    await expectFocusOn(page, 'member[2].member_name');
    await expect(page.locator('[data-field="member[2].member_name"] input')).toHaveValue('Дана');

    // ...and added back at the end: Enter through Dana's answers reaches "add another?", Enter adds.
    await typeInTurn(page, '', '', '', '');
    await expect(page.getByRole('button', { name: /Иә, қосу/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'member[3].member_name');
    await typeInTurn(page, 'Нұрлан', '12', '');
    // No more members: 2 goes on to the next question.
    await expect(page.getByRole('button', { name: /Иә, қосу/ })).toBeFocused();
    await page.keyboard.press('2');

    // Rooms: the count makes two, numbered without add or remove.
    await expectScreen(page, 'rooms');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'room');
    await expect(instanceTitles(page)).toHaveText(['Бөлме 1 / 2', 'Бөлме 2 / 2']);
    await expect(page.locator('[data-repeat="room"] button', { hasText: 'Өшіру' })).toHaveCount(0);
    await expect(page.locator('[data-step="room"]')).toHaveCount(0);
    await expectFocusOn(page, 'room[1].room_use');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'room[2].room_use');
    await page.keyboard.press('1');
    await screenshot(page, '83-repeat-count');

    // The jump list names every member's questions, and the progress counts them.
    await page.keyboard.press('Control+g');
    const jump = page.getByRole('dialog');
    await expect(jump.getByRole('button', { name: /Отбасы мүшесі 2 · Аты/ })).toContainText('Дана');
    await expect(jump.getByRole('button', { name: /Бөлме 1 · Бөлме не үшін қолданылады\?/ })).toContainText('Ас үй');
    await screenshot(page, '84-repeat-jump');
    await page.keyboard.press('Escape');
    // 4 screens, each member's 4 questions but whether 12-year-old Nurlan works (skipped: not counted), 2 rooms' questions.
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(4 + 3 * 4 - 1 + 2));

    await page.keyboard.press('Enter');
    await expectScreen(page, '#finish');
    await expect(page.getByTestId('finish-problems')).toHaveCount(0);
    await screenshot(page, '85-repeat-finish');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Сұхбат аяқталды/ })).toBeVisible();

    const uuid = interviewUuid(page);
    const response = responseFromCli(app, uuid);
    expect(response.status).toBe('final');
    expect(JSON.parse(response.answers.member)).toEqual([
      { member_name: 'Әлия', member_age: '40', member_work: 'yes', lives_here: 'yes' },
      { member_name: 'Дана', member_age: '35', member_work: 'no', lives_here: 'yes' },
      { member_name: 'Нұрлан', member_age: '12', lives_here: 'yes' },
    ]);
    expect(response.answers.member_count).toBe('3');
    expect(JSON.parse(response.answers.room)).toEqual([{ room_use: 'kitchen' }, { room_use: 'sleep' }]);

    // The response view shows each member under its own heading.
    await page.goto(app.url.replace(/#.*/, `#/responses/${uuid}`));
    const answers = page.getByTestId('response-answers');
    await expect(answers.locator('tr.section:not(.gap)')).toHaveText([
      'Отбасы мүшесі 1',
      'Отбасы мүшесі 2',
      'Отбасы мүшесі 3',
      'Бөлме 1',
      'Бөлме 2',
    ]);
    await expect(answers.locator('[data-field="member[3].member_name"] .answer')).toHaveText('Нұрлан');
    await screenshot(page, '86-repeat-response');
  });
});

test.describe(() => {
  test.use({ appOptions: withImportedWorkbook(householdWorkbook) });

  test('the designer adds a repeated section, checks its count as typed, moves a question in and out, previews it', async ({
    page,
    app,
  }) => {
    await signInAsInterviewer(page, app.url, 'Айгүл Серікқызы');
    await page.goto(app.url.replace(/#.*/, '#/designer/household'));
    await expect(page.getByTestId('designer')).toBeVisible();

    // A question inside a repeat previews in a first instance, with "add another?" under it.
    await selectInOutline(page, 'member_name');
    const preview = page.getByTestId('preview');
    await expect(preview.locator('.instance-title')).toHaveText(['Отбасы мүшесі 1 / 1']);
    await expect(preview.getByText('Отбасы мүшесі: тағы біреуін қосасыз ба?')).toBeVisible();
    await preview.getByRole('button', { name: /Иә, қосу/ }).click();
    await expect(preview.locator('.instance-title')).toHaveText(['Отбасы мүшесі 1 / 2', 'Отбасы мүшесі 2 / 2']);
    await screenshot(page, '87-designer-repeat-preview');

    // A new repeated section after the respondent's name, its title typed at once.
    await selectInOutline(page, 'respondent');
    await page.getByTestId('add-more').click(); // the menu of groups, repeats and blocks
    await page.getByTestId('add-repeat').click();
    await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'repeat1');
    await expect(page.locator('#q-label-kk')).toBeFocused();
    await page.keyboard.type('Бала');
    await page.locator('#q-label-ru').fill('Ребёнок');
    await page.locator('#q-label-en').fill('Child');
    // Its count is checked on every keystroke, like relevance: an unfinished expression is marked where it stops.
    await page.locator('#q-repeat-count').fill('${respondent} +');
    await expect(page.getByTestId('expression-error')).toBeVisible();
    await screenshot(page, '88-designer-repeat-count');
    await page.locator('#q-repeat-count').fill('2');
    await expect(page.getByTestId('expression-error')).toHaveCount(0);
    await expect(page.locator('[data-column="repeat_count"]')).toContainText('✓');

    // An empty section takes the next question inside it.
    await page.locator('[data-testid="add-bar"] select').selectOption('text');
    await page.getByTestId('add-question').click();
    await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', 'q1');
    await page.locator('#q-label-kk').fill('Баланың аты');
    await page.locator('#q-label-ru').fill('Имя ребёнка');
    await page.locator('#q-label-en').fill("Child's name");
    expect((await outlineNames(page)).slice(0, 4)).toEqual(['respondent', 'repeat1', 'q1', 'member']);
    await expect(page.locator('[data-testid="outline"] [data-name="q1"]')).toHaveAttribute('aria-level', '2');

    // Out of the section with Alt+Left, back in with Alt+Right, by keyboard in the outline.
    await selectInOutline(page, 'q1');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.locator('[data-testid="outline"] [data-name="q1"]')).toHaveAttribute('aria-level', '1');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.locator('[data-testid="outline"] [data-name="q1"]')).toHaveAttribute('aria-level', '2');

    // Previewed as the interviewer will see it: two children, as the count says, no add or remove.
    await expect(preview.locator('.instance-title')).toHaveText(['Бала 1 / 2', 'Бала 2 / 2']);
    await expect(preview.locator('[data-field="repeat1[2].q1"] h3')).toHaveText('Баланың аты');
    await expect(preview.getByRole('button', { name: 'Өшіру', exact: true })).toHaveCount(0);
    await expect(preview.locator('[data-step]')).toHaveCount(0);
    await expectDraftSaved(page);
    await screenshot(page, '89-designer-repeat-counted');
  });
});

/** Houses, and the people of each house: a repeat inside a repeat. */
function streetWorkbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label'],
        ['begin_repeat', 'house', 'House'],
        ['text', 'address', 'Address'],
        ['begin_repeat', 'person', 'Person'],
        ['integer', 'age', 'Age of a person living at ${address}'],
        ['end_repeat'],
        ['end_repeat'],
      ],
    },
    {
      name: 'settings',
      rows: [
        ['form_id', 'version'],
        ['street', '1'],
      ],
    },
  ]);
}

test.describe(() => {
  test.use({ appOptions: withImportedWorkbook(streetWorkbook) });

  test('a repeat inside a repeat: the people of each house, by keyboard', async ({ page, app }) => {
    await startInterviewByKeyboard(page, app.url);
    await expect(page.getByText('Add a House?')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'house[1].address');
    await typeInTurn(page, 'Абай 10');
    // The house's own question: add a person to this house.
    await expect(page.getByText('Add a Person?')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'house[1].person[1].age');
    // The label reads the address of the house the person lives in.
    await expect(page.locator('[data-field="house[1].person[1].age"] h4')).toHaveText('Age of a person living at Абай 10');
    await typeInTurn(page, '30');
    await page.keyboard.press('1');
    await expectFocusOn(page, 'house[1].person[2].age');
    await typeInTurn(page, '40');
    // No more people in this house: 2 moves on to "add another house?".
    await page.keyboard.press('2');
    await expect(page.getByRole('button', { name: /Иә, қосу/ }).last()).toBeFocused();
    await expect(instanceTitles(page)).toHaveText(['House 1 of 1', 'Person 1 of 2', 'Person 2 of 2']);
    await screenshot(page, '86b-repeat-nested');
    await page.keyboard.press('2');
    await finalizeByKeyboard(page);
    const houses = JSON.parse(responseFromCli(app, interviewUuid(page)).answers.house);
    expect(houses).toEqual([{ address: 'Абай 10', person: JSON.stringify([{ age: '30' }, { age: '40' }]) }]);
  });
});
