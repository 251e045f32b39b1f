/**
 * A time and a date-and-time are typed the interface's way in every language: HH:MM on the 24-hour clock and the date
 * day first. Before, the browser's own time and datetime-local fields followed the computer's locale (05/31/2024,
 * 2:30 PM on an English Windows) whatever the interface said. Stored as ODK stores them: 09:05, 2024-05-31T14:30.
 */
import { expect, test } from './fixtures';
import { expectSaved, interviewUuid, responseFromCli, startInterviewByKeyboard, withPublishedForm } from './interview-helpers';

test.use({
  appOptions: withPublishedForm({
    formId: 'times',
    title: 'Уақыт',
    version: '1',
    defaultLanguage: 'kk',
    languages: [{ code: 'kk', name: 'Kazakh' }],
    survey: [
      { type: 'begin_group', name: 'when', label: { kk: 'Уақыт' }, appearance: 'field-list' },
      { type: 'time', name: 'arrived', label: { kk: 'Келген уақыты' } },
      { type: 'dateTime', name: 'meeting', label: { kk: 'Жиналыстың күні мен уақыты' } },
      { type: 'end_group', name: '' },
    ],
    choiceLists: [],
  }),
});

test('a time and a date-and-time typed in Kazakh, stored as ODK stores them', async ({ page, app }) => {
  await startInterviewByKeyboard(page, app.url);
  await expect(page.getByTestId('interview')).toBeVisible();
  const uuid = interviewUuid(page);

  const arrived = page.locator('[data-field="arrived"] input');
  await expect(arrived).toHaveAttribute('placeholder', 'СС:ММ');
  await arrived.fill('9.05');
  await expectSaved(page);
  await arrived.blur();
  await expect(arrived).toHaveValue('09:05');
  await arrived.fill('25:00');
  await expect(arrived).toHaveAttribute('aria-invalid', 'true');
  await arrived.fill('21:40');
  await expectSaved(page);

  const meeting = page.locator('[data-field="meeting"]');
  await expect(meeting.getByRole('group')).toHaveAccessibleName('Жиналыстың күні мен уақыты');
  await meeting.getByLabel('Күні', { exact: true }).fill('31.05.2024');
  // Half of the answer is not an answer yet.
  await expectSaved(page);
  expect(responseFromCli(app, uuid).answers.meeting ?? '').toBe('');
  await meeting.getByLabel('Уақыты', { exact: true }).fill('14:30');
  await expectSaved(page);
  expect(responseFromCli(app, uuid).answers).toMatchObject({ arrived: '21:40', meeting: '2024-05-31T14:30' });

  // Back on the screen after a reload, the stored answers read the same way.
  await page.reload();
  await expect(page.locator('[data-field="arrived"] input')).toHaveValue('21:40');
  await expect(page.locator('[data-field="meeting"]').getByLabel('Күні', { exact: true })).toHaveValue('31.05.2024');
  await expect(page.locator('[data-field="meeting"]').getByLabel('Уақыты', { exact: true })).toHaveValue('14:30');
});
