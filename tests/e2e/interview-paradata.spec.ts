/**
 * The interview's event log as the screen records it: an interviewer answers a few questions, goes
 * back, switches the interview language, goes on and finalizes; the command line then reads the log
 * through the API (`interviews.paradata`): each question shown and left, each answer changed (the
 * typed age one change, not one per keystroke), the move back, the language switch and the
 * finalizing, numbered one after the other on this device.
 */
import { expect, screenshot, test, withImportedWorkbook } from './fixtures';
import { expectScreen, finalizeByKeyboard, interviewUuid, startInterviewByKeyboard } from './interview-helpers';
import { buildWorkbook } from '../fixtures/form/workbook';
import { table, tri, TRI_HEADERS } from '../fixtures/form/table';
import type { ParadataEvent } from '../../src/api/spec';

async function shortForm(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: table(
        ['type', 'name', ...TRI_HEADERS('label'), 'required'],
        [
          {
            type: 'text',
            name: 'respondent',
            ...tri('label', 'Респонденттің аты', 'Имя респондента', "Respondent's name"),
            required: 'yes',
          },
          { type: 'select_one yesno', name: 'agree', ...tri('label', 'Келісесіз бе?', 'Вы согласны?', 'Do you agree?'), required: 'yes' },
          { type: 'integer', name: 'age', ...tri('label', 'Жасы', 'Возраст', 'Age'), required: 'yes' },
          {
            type: 'select_one yesno',
            name: 'neighbours',
            ...tri('label', 'Көршілеріңізді білесіз бе?', 'Знаете ли вы соседей?', 'Do you know your neighbours?'),
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
        ['form_id', 'form_title', 'version', 'default_language'],
        ['short', 'Қысқа', '1', 'Kazakh (kk)'],
      ],
    },
  ]);
}

test.use({ appOptions: withImportedWorkbook(shortForm) });

test('the event log of an interview: questions, answers, back, language, finalize', async ({ page, app }) => {
  const before = Date.now();
  await startInterviewByKeyboard(page, app.url);

  await expectScreen(page, 'respondent');
  await page.keyboard.type('Айгүл');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'agree');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'age');
  await page.keyboard.type('40');
  // Back to the question before, and the respondent would rather hear Russian.
  await page.keyboard.press('Shift+Enter');
  await expectScreen(page, 'agree');
  await page.keyboard.press('Alt+L');
  await expect(page.getByText('Вы согласны?')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'age');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'neighbours');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await finalizeByKeyboard(page);

  const uuid = interviewUuid(page);
  const shown = app.cli(['responses', 'paradata', '--db', app.database, '--uuid', uuid, '--json']);
  expect(shown.code, shown.stderr).toBe(0);
  const events = (JSON.parse(shown.stdout) as { events: ParadataEvent[] }).events;
  const deviceId = (JSON.parse(app.cli(['info', '--db', app.database, '--json']).stdout) as { deviceId: string }).deviceId;

  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(new Set(events.map((e) => e.device))).toEqual(new Set([deviceId]));
  expect(events[0].event).toBe('start');
  expect(events.at(-1)!.event).toBe('finalize');
  expect(events.filter((e) => e.event === 'answer').map((e) => [e.question, e.old, e.new])).toEqual([
    ['respondent', null, 'Айгүл'],
    ['agree', null, 'yes'],
    ['age', null, '40'],
    ['neighbours', null, 'no'],
  ]);
  expect(events.filter((e) => e.event === 'back').map((e) => [e.old, e.new])).toEqual([['age', 'agree']]);
  expect(events.filter((e) => e.event === 'language').map((e) => [e.old, e.new])).toEqual([['kk', 'ru']]);
  // Each question shown and left, "agree" and "age" twice (before and after going back), then the closing screen.
  const questions = events.filter((e) => e.event === 'question');
  expect(questions.map((e) => e.question)).toEqual(['respondent', 'agree', 'age', 'agree', 'age', 'neighbours', '#finish']);
  for (const q of questions) expect(q.end!).toBeGreaterThanOrEqual(q.offset);
  // One session of the screen: one anchor, its wall time during this test; offsets never go backwards along the questions.
  expect(new Set(events.map((e) => e.anchor)).size).toBe(1);
  expect(events[0].anchor).toBeGreaterThanOrEqual(before - 1000);
  expect(events[0].anchor).toBeLessThanOrEqual(Date.now());
  const ends = questions.map((q) => q.end!);
  expect(ends).toEqual([...ends].sort((a, b) => a - b));

  // The lead reads the same log on the response's screen, in the interface language.
  await page.evaluate(`location.hash = '#/responses/${uuid}'`);
  const log = page.getByTestId('event-log');
  await log.locator('summary').click();
  await expect(log.locator('summary')).toHaveText(`Оқиғалар журналы (${events.length} оқиға)`);
  await expect(log.locator('tbody tr')).toHaveCount(events.length);
  await expect(log.locator('tbody tr').first()).toContainText('басталды');
  await expect(log.locator('tr[data-event="answer"]').filter({ hasText: 'age' })).toContainText('— → 40');
  await expect(log.locator('tr[data-event="back"]')).toContainText('age → agree');
  await expect(log.locator('tbody tr').last()).toContainText('аяқталды');
  await expect(log.locator('tr[data-event="question"]').last()).toContainText('қорытынды экран');
  await screenshot(page, '44-response-event-log');
});
