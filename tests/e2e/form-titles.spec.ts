/**
 * A form's title follows the language shown (issue 15): the bundled survey gives its title per language
 * (settings form_title::Kazakh (kk) / Russian (ru) / English (en)); every list and heading shows the one of the
 * interface language, the interview header the one of the interview language. An interview starts in the form's
 * primary language (Kazakh, as the designer marks it), not in the interface's, and the interviewer switches at once.
 */
import { expect, test } from './fixtures';
import { expectScreen } from './interview-helpers';
import { chooseLanguage, go, LANGUAGES, startTour } from './tour';

const TITLES = {
  kk: 'Қазақстандағы ұлтаралық төзімділік',
  ru: 'Межэтническая толерантность в Казахстане',
  en: 'Interethnic tolerance in Kazakhstan',
} as const;

/** The screens that show the form's title somewhere (a list, a choice of form, a heading). */
const SHOWING_TITLE = ['home', 'responses', 'response', 'designer', 'designer-form', 'fieldwork', 'import', 'quality', 'export'];

test('every screen shows the title in the interface language; the interview starts in the primary language', async ({ page }) => {
  test.setTimeout(300_000);
  const tour = await startTour(page);
  try {
    for (const language of LANGUAGES.filter((l) => l.code !== 'kk')) {
      await chooseLanguage(page, language);
      const other = Object.entries(TITLES)
        .filter(([code]) => code !== language.code)
        .map(([, title]) => title);
      for (const [screen, route] of Object.entries(tour.screens)) {
        if (screen === 'interview') continue;
        await go(page, route);
        const shown = page.locator('#app');
        if (SHOWING_TITLE.includes(screen)) await expect(shown, `${screen} (${language.code})`).toContainText(TITLES[language.code]);
        // Not the Kazakh (or any other) title anywhere, options of a form choice included.
        for (const title of other) await expect(shown, `${screen} (${language.code})`).not.toContainText(title);
      }

      // The draft on Home is listed under the interface language's title too.
      await go(page, '/');
      await expect(page.getByTestId('drafts')).toContainText(TITLES[language.code]);

      // A new interview: in Kazakh, the form's primary language, whatever the interface speaks.
      const start = { ru: 'Начать интервью', en: 'Start interview' }[language.code];
      await page.getByTestId('forms-table').getByRole('button', { name: start }).click();
      await page.waitForURL(/#\/interview\//);
      await expectScreen(page, 'interviewer_intro');
      await expect(page.getByRole('button', { name: 'Қазақша' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('interview-title')).toHaveText(TITLES.kk);
      await expect(page.locator('main')).toHaveAttribute('lang', 'kk');
      // One click and the interview (its header too) speaks the respondent's language.
      await page.getByRole('button', { name: language.name }).click();
      await expect(page.getByRole('button', { name: language.name })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('interview-title')).toHaveText(TITLES[language.code]);
      await expect(page.locator('main')).toHaveAttribute('lang', language.code);
      // The language chosen is the interview's: it is stored and comes back on reopening.
      await page.locator('.nav .next').click();
      await expectScreen(page, 'consent');
      await page.keyboard.press('1');
      await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
      await page.reload();
      await expect(page.getByTestId('interview-title')).toHaveText(TITLES[language.code]);
      await page.locator('a.exit').click();
      await expect(page.getByTestId('drafts')).toContainText(TITLES[language.code]);
    }
  } finally {
    await tour.app.stop();
  }
});
