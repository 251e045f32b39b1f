/**
 * The plan travels to a laptop and the interviews come back: the lead imports a plan and sends Айгүл her package;
 * her laptop (a second database) imports it, shows her assignment on Home with its place in Kazakh, and she
 * interviews from it through the interview screen with the keyboard: a first woman fills the quota of one woman, the
 * next woman makes the interview say so, and she ends politely. Home then keeps that interview apart from the ones
 * to continue. Her package goes back; the lead merges it and sees the progress and a quality flag.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startApp, test } from './fixtures';
import {
  consentByKeyboard,
  expectFocusOn,
  expectScreen,
  finalizeByKeyboard,
  interviewUuid,
  signInAsInterviewer,
} from './interview-helpers';
import { cliJson, demoSeed } from './lead-helpers';

const INTERVIEWER = 'Айгүл Серікбаева';

/** From the consent to the gender question, by keyboard, the place already given by the assignment. */
async function upToGender(page: Page, age: string): Promise<void> {
  await consentByKeyboard(page);
  await expect(page.locator('[data-field="region"] select')).toHaveValue('turkistan');
  await expect(page.locator('[data-field="district"] input')).toHaveValue('Сарыағаш ауданы');
  await expect(page.locator('[data-field="settlement"] input')).toHaveValue('Жібек жолы ауылы');
  // The place is given: the focus waits on the first question left to answer.
  await expectFocusOn(page, 'settlement_type');
  await page.keyboard.press('2'); // rural
  await page.keyboard.press('Enter');
  await expectScreen(page, 'age');
  await page.keyboard.type(age);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'gender');
}

/** The rest of a whole interview of a woman, by keyboard (as tests/e2e/interview-keyboard.spec.ts types it). */
async function restOfInterview(page: Page): Promise<void> {
  await expectScreen(page, 'ethnicity');
  await page.keyboard.press('1');
  await page.keyboard.press('4'); // other
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'ethnicity_other');
  await page.keyboard.type('Дүнген');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'religion');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'languages');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'education');
  await page.keyboard.press('6');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'neighbours_other');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'practices');
  for (const key of ['3', '2', '4', '4', '3', '1']) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'social_distance');
  for (const key of ['1', '2', '2', '1', '1', '3', '4', '5']) {
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
  }
  await expectScreen(page, 'tolerance');
  for (const key of ['4', '5', '4', '2', '4', '1', '5', '2', '4', '6']) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'discrim_12m');
  await page.keyboard.press('2'); // no
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
  await page.keyboard.press('Enter');
  await expectScreen(page, 'thanks');
  await page.keyboard.press('Enter');
  await finalizeByKeyboard(page);
}

test('a plan goes to a laptop, the laptop fills a quota, its package comes back', async ({ page }) => {
  const lead = await startApp({ seed: demoSeed(30, 4) });
  let laptop: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const plan = path.join(lead.folder, 'plan.csv');
    fs.writeFileSync(
      plan,
      `id,interviewer,region,district,settlement,target,quota:gender=female\nzh,${INTERVIEWER},turkistan,Сарыағаш ауданы,Жібек жолы ауылы,12,1\n`,
    );
    cliJson(lead, ['plan', 'import', '--db', lead.database, '--form', 'tolerance_kz', '--replace', plan]);
    const planPackage = path.join(lead.folder, 'plan-aigul.kelisim');
    cliJson(lead, [
      'package',
      'export',
      '--db',
      lead.database,
      '--form',
      'tolerance_kz',
      '--to-interviewer',
      INTERVIEWER,
      '--out',
      planPackage,
      '--no-encryption',
    ]);

    laptop = await startApp({
      seed: (database, cli) => {
        for (const args of [
          ['init', '--db', database],
          ['package', 'import', '--db', database, planPackage],
        ]) {
          const run = cli(args);
          if (run.code !== 0) throw new Error(run.stderr);
        }
      },
    });
    const app = laptop;
    // First run on the laptop: her name, as the plan has it, makes the assignment hers.
    await signInAsInterviewer(page, app.url, INTERVIEWER);
    const assignment = page.getByTestId('my-assignments').getByTestId('assignment');
    await expect(assignment).toHaveText(/Түркістан облысы, Сарыағаш ауданы, Жібек жолы ауылы — 0 \/ 12/);

    // The first woman: the quota of one has room, so the interview goes to its end.
    await assignment.getByRole('button', { name: 'Осы жерде бастау' }).click();
    await upToGender(page, '42');
    await page.keyboard.press('2'); // female
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await restOfInterview(page);
    const fast = interviewUuid(page);
    const first = cliJson<{ status: string; answers: Record<string, string> }>(app, [
      'responses',
      'show',
      '--db',
      app.database,
      '--uuid',
      fast,
    ]);
    expect(first.status).toBe('final');
    expect(first.answers).toMatchObject({
      region: 'turkistan',
      district: 'Сарыағаш ауданы',
      settlement: 'Жібек жолы ауылы',
      gender: 'female',
      username: INTERVIEWER,
    });

    // The next respondent, straight from the finished interview: it starts from the same assignment, its place given
    // again. She is a woman too: the quota of women here is full, and the interview says so at once.
    await page.getByRole('button', { name: 'Келесі сұхбатты бастау' }).click();
    await upToGender(page, '35');
    const over = interviewUuid(page);
    expect(over).not.toBe(fast);
    await page.keyboard.press('2');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Бұл топ бойынша сұхбаттар жеткілікті');
    await expect(dialog).toContainText('«Жынысыңыз»: «Әйел»');
    // The safe choice (back to the answer) has the focus; Tab reaches the polite ending.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Алғыс айтып, аяқтау' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('forms-table')).toBeVisible();

    // Home: one done, and the interview ended over quota kept apart, not offered to continue.
    await expect(assignment).toHaveText(/— 1 \/ 12 \(квота толып тоқтатылды: 1\)/);
    await expect(page.getByText('Аяқталмаған сұхбат жоқ', { exact: false })).toBeVisible();
    await expect(page.locator(`a[href="#/interview/${over}"]`)).toHaveCount(0);
    const kept = page.getByTestId('over-quota');
    await expect(kept).toContainText('Квота толғандықтан тоқтатылған сұхбаттар: 1');
    // The response list marks it, beside the finished one.
    await page.getByRole('link', { name: 'Сұхбаттар' }).click();
    const rows = page.getByTestId('responses-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ has: page.locator(`a[href="#/responses/${over}"]`) })).toContainText('квота толып тоқтатылды');
    await expect(page.getByTestId('over-quota-badge')).toHaveCount(1);
    // Its filter shows only them, or leaves them out (as `responses list --over-quota only|none` does).
    const overQuotaFilter = page.getByLabel('Квота толып тоқтатылғандар');
    await overQuotaFilter.selectOption({ label: 'Тек солар' });
    await expect(rows).toHaveCount(1);
    await expect(rows.locator(`a[href="#/responses/${over}"]`)).toHaveCount(1);
    await expect(page.getByText('1–1 (барлығы 1)')).toBeVisible();
    await overQuotaFilter.selectOption({ label: 'Оларсыз' });
    await expect(rows).toHaveCount(1);
    await expect(rows.locator(`a[href="#/responses/${fast}"]`)).toHaveCount(1);
    await expect(page.getByTestId('over-quota-badge')).toHaveCount(0);
    await page.getByRole('button', { name: 'Сүзгілерді тазалау' }).click();
    await expect(rows).toHaveCount(2);
    const progress = cliJson<{ assignments: { final: number; drafts: number; overQuota: number }[] }>(app, [
      'fieldwork',
      'progress',
      '--db',
      app.database,
      '--form',
      'tolerance_kz',
    ]);
    expect(progress.assignments[0]).toMatchObject({ final: 1, drafts: 0, overQuota: 1 });

    // Sending data says the interview ended over quota goes too: it is ended, not unfinished work.
    await page.getByRole('link', { name: 'Деректерді жіберу' }).click();
    await expect(page.getByTestId('over-quota-sent')).toHaveText(/^Квота толғандықтан тоқтатылған сұхбаттар \(1\) да пакетке/);

    // The laptop's ordinary package (no drafts asked for) goes to the lead, who sees the progress and the quality checks.
    const back = path.join(lead.folder, 'from-aigul.kelisim');
    const sent = cliJson<{ manifest: { responses: number } }>(laptop, [
      'package',
      'export',
      '--db',
      laptop.database,
      '--out',
      back,
      '--no-encryption',
    ]);
    expect(sent.manifest.responses).toBe(2);
    const inspected = cliJson<{ responses: object }>(lead, ['package', 'inspect', back]);
    expect(inspected.responses).toEqual({ total: 2, final: 1, draft: 0, overQuota: 1 });
    cliJson(lead, ['package', 'import', '--db', lead.database, back]);
    const merged = cliJson<{ assignments: { id: string; final: number; overQuota: number }[] }>(lead, [
      'fieldwork',
      'progress',
      '--db',
      lead.database,
      '--form',
      'tolerance_kz',
    ]);
    expect(merged.assignments.find((a) => a.id === 'zh')).toMatchObject({ final: 1, overQuota: 1 });
    const quality = cliJson<{ responses: { uuid: string; flags: { check: string }[] }[] }>(lead, [
      'quality',
      '--db',
      lead.database,
      '--form',
      'tolerance_kz',
    ]);
    // Typed in by the test in seconds, her first interview's questions were each on screen far too briefly: speeding.
    expect(quality.responses.find((r) => r.uuid === fast)?.flags.map((f) => f.check)).toContain('speeding');
  } finally {
    await laptop?.stop();
    await lead.stop();
  }
});
