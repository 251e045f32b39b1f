/**
 * A walk through every screen of the app, for the screenshot and accessibility specs: one app with the bundled survey,
 * field interviews, an interviewer's name and one interview in progress, and a way to open each screen in each
 * interface language.
 */
import type { Page } from '@playwright/test';
import { expect, startApp, type RunningApp } from './fixtures';
import { demoSeed } from './lead-helpers';
import { expectScreen, listFromCli } from './interview-helpers';

export const LANGUAGES = [
  { code: 'kk', name: 'Қазақша', settings: 'Баптаулар' },
  { code: 'ru', name: 'Русский', settings: 'Настройки' },
  { code: 'en', name: 'English', settings: 'Settings' },
] as const;

export interface Tour {
  app: RunningApp & { stop(): Promise<void> };
  /** Screen name → the route that shows it. */
  screens: Record<string, string>;
}

/** Starts the app and prepares what every screen needs to show something real. */
export async function startTour(page: Page): Promise<Tour> {
  const app = await startApp({ seed: demoSeed(120, 7) });
  await page.goto(app.url);
  await page.locator('#first-run-name').fill('Айгүл Сейітова');
  await page.getByRole('button', { name: 'Сақтап, жалғастыру' }).click();
  await page.getByRole('button', { name: 'Сұхбатты бастау' }).first().click();
  await page.waitForURL(/#\/interview\//);
  const interview = /#\/interview\/([0-9a-f-]{36})/.exec(page.url())![1];
  // An answer makes it a real draft: an interview left with nothing answered is discarded on leaving.
  await expectScreen(page, 'interviewer_intro');
  await page.locator('.nav .next').click();
  await expectScreen(page, 'consent');
  await page.keyboard.press('1');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const response = listFromCli(app, '--status', 'final').rows[0].uuid;
  return {
    app,
    screens: {
      home: '/',
      responses: '/responses',
      response: `/responses/${response}`,
      interview: `/interview/${interview}`,
      send: '/send',
      designer: '/designer',
      'designer-form': '/designer/tolerance_kz',
      fieldwork: '/fieldwork',
      merge: '/merge',
      import: '/import',
      quality: '/quality',
      analysis: '/analysis/breakdown',
      'analysis-map': '/analysis/map',
      'analysis-means': '/analysis/means',
      'analysis-distance': '/analysis/distance',
      'analysis-correlations': '/analysis/correlations',
      'analysis-reliability': '/analysis/reliability',
      'analysis-frequencies': '/analysis/frequencies',
      'analysis-estimates': '/analysis/estimates',
      export: '/export',
      settings: '/settings',
    },
  };
}

/** Switches the interface language on the settings screen, as a user does. */
export async function chooseLanguage(page: Page, language: (typeof LANGUAGES)[number]): Promise<void> {
  await go(page, '/settings');
  await page.getByRole('button', { name: language.name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.code);
}

/** Opens a screen by its route and waits until it has loaded what it shows. */
export async function go(page: Page, route: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(`#${route}`)}`);
  await page.waitForLoadState('networkidle');
  if (route === '/analysis/breakdown') {
    const start = page.getByTestId('breakdown-start');
    await start.click();
    await expect(page.getByTestId('breakdown-overview')).toBeVisible();
  }
  if (route.startsWith('/analysis/map')) await expect(page.getByTestId('map-figure')).toBeVisible();
  if (route.startsWith('/analysis/means')) await expect(page.getByTestId('means')).toBeVisible();
  if (route.startsWith('/analysis/distance')) await expect(page.getByTestId('distance')).toBeVisible();
  for (const tab of ['correlations', 'reliability', 'frequencies', 'estimates']) {
    if (route.startsWith(`/analysis/${tab}`)) await expect(page.locator(`section.${tab}`)).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
}
