import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, type AppOptions, type RunningApp } from './fixtures';
import type { FormDefinition } from '../../src/form/model';

/** The bundled tolerance survey, without synthetic responses. */
export function seedSurvey(database: string, cli: RunningApp['cli']): void {
  const result = cli(['demo', '--db', database, '--responses', '0']);
  if (result.code !== 0) throw new Error(`kelisim demo failed: ${result.stderr}`);
}

/** What `kelisim responses show --json` reads back from the database the UI wrote to. */
export function responseFromCli(
  app: RunningApp,
  uuid: string,
): {
  status: string;
  revision: number;
  language: string;
  interviewer: string;
  answers: Record<string, string>;
} {
  const result = app.cli(['responses', 'show', '--db', app.database, '--uuid', uuid, '--json']);
  if (result.code !== 0) throw new Error(`kelisim responses show failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export function listFromCli(
  app: RunningApp,
  ...filters: string[]
): { total: number; rows: { uuid: string; status: string; revision: number }[] } {
  const result = app.cli(['responses', 'list', '--db', app.database, '--json', '--limit', '500', ...filters]);
  if (result.code !== 0) throw new Error(`kelisim responses list failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The interview's id, from the address (#/interview/<uuid>). */
export function interviewUuid(page: Page): string {
  const match = /#\/interview\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`not on an interview: ${page.url()}`);
  return match[1];
}

/** The screen the interview shows: the question or group name, or "#finish". */
export async function expectScreen(page: Page, screen: string): Promise<void> {
  await expect(page.getByTestId('interview')).toHaveAttribute('data-screen', screen);
}

/** Every answer given is in the database (the indicator says "saved" only then). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** The element holding the keyboard focus belongs to this question. */
export async function expectFocusOn(page: Page, field: string): Promise<void> {
  // The innermost question around the focus: a "specify" text sits inside its select's block.
  await expect
    .poll(() =>
      page
        .locator('[data-field]:focus-within')
        .last()
        .getAttribute('data-field', { timeout: 1000 })
        .catch(() => null),
    )
    .toBe(field);
}

/**
 * Finalizes from the closing screen by keyboard: "finalize" has the focus, Enter; the confirmation's button has it,
 * Enter; the focus then rests on the heading that says it is done.
 */
export async function finalizeByKeyboard(page: Page): Promise<void> {
  await expectScreen(page, '#finish');
  await expect(page.getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Сұхбатты аяқтау' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Сұхбат аяқталды' })).toBeFocused();
}

/** Finalizes from the closing screen with the mouse: the button, then the confirmation it asks for. */
export async function finalizeByClick(page: Page): Promise<void> {
  await page.getByTestId('finish').getByRole('button', { name: 'Сұхбатты аяқтау' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Сұхбатты аяқтау' }).click();
}

/** The name most stories interview under. */
export const INTERVIEWER = 'Асқар Нұрланұлы';

/** The first run by keyboard: the page opens on the name field, the interviewer types her name and Enter saves it. */
export async function signInAsInterviewer(page: Page, url: string, interviewer = INTERVIEWER): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  // Keys typed before the first-run field has the focus go nowhere (main's a25c8a6 waits so in interview-jump-escape).
  await expect(page.locator('#first-run-name')).toBeFocused();
  await page.keyboard.type(interviewer);
  await page.keyboard.press('Enter');
}

/** The first run, then Enter on "start", which has the focus by then: a new interview of the only form, on its first screen. */
export async function startInterviewByKeyboard(page: Page, url: string, interviewer = INTERVIEWER): Promise<void> {
  await signInAsInterviewer(page, url, interviewer);
  await expect(page.getByRole('button', { name: 'Сұхбатты бастау' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** The bundled survey's opening by keyboard: the note for the interviewer, consent "yes" (key 1), on to the place. */
export async function consentByKeyboard(page: Page): Promise<void> {
  await expectScreen(page, 'interviewer_intro');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'consent');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'location');
}

/** App options whose seed publishes the form into the database with the CLI's publishing script, before the server starts. */
export function withPublishedForm(form: FormDefinition): AppOptions {
  return {
    seed: (database) => {
      const file = path.join(path.dirname(database), 'form.json');
      fs.writeFileSync(file, JSON.stringify(form));
      const result = spawnSync(process.execPath, [path.join(projectRoot, 'tests/e2e/scripts/publish-form.mjs'), database, file], {
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`publishing the form failed: ${result.stderr}`);
    },
  };
}
