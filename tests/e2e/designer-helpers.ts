import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The outline's lines, by question or group name, in order. */
export async function outlineNames(page: Page): Promise<string[]> {
  const lines = await page.locator('[data-testid="outline"] [role="treeitem"]').all();
  return Promise.all(lines.map(async (line) => (await line.getAttribute('data-name')) ?? ''));
}

/** Clicks a line of the outline and waits for the editor to show it. */
export async function selectInOutline(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid="outline"] [data-name="${name}"]`).click();
  await expect(page.getByTestId('node-editor')).toHaveAttribute('data-name', name);
}

/** Every edit is in the database (the indicator says so only then). */
export async function expectDraftSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('draft-state')).toHaveAttribute('data-state', 'saved');
}
