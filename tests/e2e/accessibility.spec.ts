/**
 * Accessibility: axe-core checks every screen (WCAG 2.1 A and AA rules) and finds no serious or critical violation:
 * contrast, names of controls, labels, landmarks. Every screen also starts with a skip link that takes the keyboard
 * past the menu to the content in one Tab and Enter.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { chooseLanguage, go, LANGUAGES, startTour } from './tour';

/**
 * Every section of the side menu and every analysis tab has a route in the tour, as have the screens that take the whole
 * window (an interview, a form in the designer) and a response: a screen added to the menu fails here until the tour,
 * and so this check, visits it.
 */
function expectEveryScreen(routes: string[]): void {
  const menu = ['/responses', '/send', '/designer', '/fieldwork', '/merge', '/import', '/quality', '/export', '/settings'];
  const tabs = ['breakdown', 'map', 'means', 'correlations', 'reliability', 'distance', 'frequencies', 'estimates'];
  for (const route of ['/', ...menu, ...tabs.map((tab) => `/analysis/${tab}`)]) expect(routes, route).toContain(route);
  for (const prefix of ['/interview/', '/designer/', '/responses/'])
    expect(
      routes.some((r) => r.startsWith(prefix)),
      prefix,
    ).toBe(true);
}

test('no serious or critical axe violations on any screen, in kk, ru and en', async ({ page }) => {
  test.setTimeout(600_000);
  const tour = await startTour(page);
  try {
    expectEveryScreen(Object.values(tour.screens));
    const found: string[] = [];
    // Every screen in every interface language: words differ in length (and so in layout) from one to the next.
    for (const language of LANGUAGES) {
      await chooseLanguage(page, language);
      for (const [screen, route] of Object.entries(tour.screens)) {
        await go(page, route);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const violation of results.violations) {
          if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
          for (const node of violation.nodes.slice(0, 3))
            found.push(
              `${screen} (${language.code}): ${violation.id} — ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? ''}`,
            );
        }
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  } finally {
    await tour.app.stop();
  }
});

test('every screen starts with a skip link that moves the focus to the content', async ({ page }) => {
  const tour = await startTour(page);
  try {
    for (const [screen, route] of Object.entries(tour.screens)) {
      await go(page, route);
      // As on arrival: the focus at the top of the page (the body), so that Tab goes to the first stop.
      // (A screen that puts the focus on its first field once loaded, as the interview does, has done so by then.)
      await expect
        .poll(async () => {
          await page.evaluate(
            "document.body.setAttribute('tabindex', '-1'); document.body.focus(); document.body.removeAttribute('tabindex')",
          );
          await page.waitForTimeout(300);
          return page.evaluate('document.activeElement === document.body');
        })
        .toBe(true);
      await page.keyboard.press('Tab');
      const skip = page.getByTestId('skip-link');
      await expect(skip, screen).toBeFocused();
      await expect(skip).toHaveText('Мазмұнға өту');
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      // The focus is past the menu: on the content (main) or inside it, and the route did not change.
      const inContent = await page.evaluate(
        `(() => { const a = document.activeElement; const nav = document.querySelector('nav'); return !!a && a !== document.body && !(nav && nav.contains(a)) && !a.matches('[data-testid="skip-link"]'); })()`,
      );
      expect(inContent, screen).toBe(true);
      expect(page.url()).toContain(`#${route}`);
    }
  } finally {
    await tour.app.stop();
  }
});
