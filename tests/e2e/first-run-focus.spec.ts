/**
 * After the first run's name, the focus goes to "start interview" for the keyboard, even when the list of forms
 * arrives after the name is saved (a slow laptop; it made a CI run fail): before, the focus was set only if the
 * button was already there, and was otherwise left nowhere.
 */
import { expect, test } from './fixtures';
import { INTERVIEWER, seedSurvey, signInAsInterviewer } from './interview-helpers';

test.use({ appOptions: { seed: seedSurvey } });

test('the focus reaches "start interview" when the forms come after the name', async ({ app, page }) => {
  let named = false;
  await page.route('**/api/forms.list', async (route) => {
    // Held until the name is saved, then a moment more: the list shows only after the first run has gone.
    while (!named) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await signInAsInterviewer(page, app.url, INTERVIEWER);
  await expect(page.getByTestId('first-run')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Сұхбатты бастау' })).toHaveCount(0);
  named = true;
  const start = page.getByRole('button', { name: 'Сұхбатты бастау' });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('interview')).toBeVisible();
});
