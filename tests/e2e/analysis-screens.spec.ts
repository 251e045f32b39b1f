/**
 * The analysis screens as a lead reads them: results start within the first screen of a 1366×768 laptop and use the
 * width of a 1920×1080 monitor; charts of long lists never give two categories one colour and can fold small ones
 * into "other"; Russian headings are whole phrases and scales are named, not shown as their ids.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { demoSeed, screenshotOfView } from './lead-helpers';

async function openAnalysis(page: Page, url: string, language?: { name: string; settings: string; analysis: string }) {
  await page.goto(url);
  if (language) {
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    await page.getByRole('button', { name: language.name }).click();
    await page.getByRole('link', { name: language.analysis }).click();
  } else await page.getByRole('link', { name: 'Талдау' }).click();
  await expect(page.getByTestId('analysis-selected')).not.toBeEmpty();
}

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(150, 3) } });

  test('results show without scrolling at 1366×768 and use the width at 1920×1080', async ({ page, app }) => {
    await openAnalysis(page, app.url);
    await page.getByTestId('breakdown-start').click();
    await expect(page.getByTestId('breakdown-progress')).toBeHidden();
    // The first result, the overview's first row, lies inside the window without scrolling.
    const firstRow = page.getByTestId('breakdown-overview').locator('tbody tr').first();
    const box = (await firstRow.boundingBox())!;
    expect(await page.evaluate('window.scrollY')).toBe(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    // The tabs take one row.
    const tabs = page.getByRole('tablist');
    expect((await tabs.boundingBox())!.height).toBeLessThan(60);
    await screenshotOfView(page, 'analysis-first-result-1366');

    await page.setViewportSize({ width: 1920, height: 1080 });
    const main = (await page.locator('main').boundingBox())!;
    // The column is no longer stopped at 1280 px: all but the 240 px side menu is used.
    expect(main.width).toBeGreaterThan(1600);
    const card = (await page.locator('[data-testid="crosstab"]').first().boundingBox())!;
    expect(card.width).toBeGreaterThan(1500);
    await screenshotOfView(page, 'analysis-wide-1920');
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(200, 9) } });

  test('a chart of 20 regions gives each its own colour, and small categories fold into "other" on request', async ({ page, app }) => {
    await openAnalysis(page, app.url);
    await page.locator('#analysis-by').selectOption('ethnicity');
    await page.getByTestId('breakdown-start').click();
    await expect(page.getByTestId('breakdown-progress')).toBeHidden();
    await page.getByTestId('breakdown-overview').locator('tr[data-item="region"] button').click();
    const card = page.locator('[data-testid="crosstab"][data-item="region"]');
    const legend = card.locator('ul.legend li');
    await expect(legend).toHaveCount(20);
    const colours = await legend.evaluateAll((items) => items.map((item) => item.getAttribute('data-colour')));
    expect(new Set(colours).size).toBe(20);

    await page.getByTestId('group-small').check();
    await expect(legend).toHaveCount(8);
    await expect(legend.last()).toHaveText(/^Басқалары \(13\)$/);
    const folded = await legend.evaluateAll((items) => items.map((item) => item.getAttribute('data-colour')));
    expect(new Set(folded).size).toBe(8);
    // The table still lists every region.
    await expect(card.locator('thead th.level')).toHaveCount(20);
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(150, 4) } });

  test('Russian headings are whole phrases and scales are called by their names', async ({ page, app }) => {
    await openAnalysis(page, app.url, { name: 'Русский', settings: 'Настройки', analysis: 'Анализ' });
    await page.getByRole('tab', { name: 'Средние' }).click();
    const heading = page.getByTestId('means').locator('h3').first();
    await expect(heading).toContainText('средние по переменной «Область или город республиканского значения»');
    await expect(heading).not.toContainText('по Область');
    await expect(heading).not.toContainText('«social_distance»');
    await page.getByRole('tab', { name: 'Социальная дистанция' }).click();
    await expect(page.getByTestId('distance')).toContainText(
      'Средняя дистанция в разбивке по переменной «Область или город республиканского значения»',
    );
    await page.getByRole('tab', { name: 'Надёжность шкал' }).click();
    const scales = await page.locator('#reliability-scale option').allTextContents();
    expect(scales.join(' | ')).not.toMatch(/«(social_distance|tolerance|trust)»/);
    expect(scales.some((text) => text.includes('Отношение к разным народам'))).toBe(true);
    const panel = await page.locator('#analysis-panel').textContent();
    expect(panel).not.toContain('«social_distance»');
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(300, 21) } });

  test('significant cells wear the same marks and colours on the screen and in the workbook', async ({ page, app }) => {
    await openAnalysis(page, app.url);
    await page.getByTestId('breakdown-start').click();
    await expect(page.getByTestId('breakdown-progress')).toBeHidden();
    const screenMark = async (kind: 'over' | 'under') => {
      const cell = page.locator(`[data-testid="crosstab"] td.cell.${kind}`).first();
      await cell.scrollIntoViewIfNeeded();
      const text = (await cell.textContent()) ?? '';
      const background = await cell.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).backgroundColor);
      const ink = await cell.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).color);
      return { glyph: text.includes('▲') ? '▲' : text.includes('▼') ? '▼' : '', background: argb(background), ink: argb(ink) };
    };
    // The first cards render as they come into view.
    await page.getByTestId('breakdown-overview').locator('tbody tr button').nth(3).click();
    const over = await screenMark('over');
    const under = await screenMark('under');
    expect(over.glyph).toBe('▲');
    expect(under.glyph).toBe('▼');
    const legend = page.getByTestId('residual-legend');
    await expect(legend).toContainText('▲');

    const out = path.join(app.folder, 'report.xlsx');
    expect(app.cli(['report', '--db', app.database, '--form', 'tolerance_kz', '--by', 'region', '--lang', 'kk', '--out', out]).code).toBe(
      0,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const marks = { over: new Set<string>(), under: new Set<string>() };
    let legendRow: ExcelJS.Row | undefined;
    let headerRow: ExcelJS.Row | undefined;
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
          const format = cell.numFmt ?? '';
          if (format.endsWith('" ▲"')) marks.over.add(`${fill}/${cell.font?.color?.argb}`);
          if (format.endsWith('" ▼"')) marks.under.add(`${fill}/${cell.font?.color?.argb}`);
          if (typeof cell.value === 'string' && cell.value.startsWith('▲ ')) legendRow = row;
        });
        if (!headerRow && row.getCell(3).value === 'Абай облысы') headerRow = row;
      });
    }
    expect([...marks.over]).toEqual([`${over.background}/${over.ink}`]);
    expect([...marks.under]).toEqual([`${under.background}/${under.ink}`]);
    // Rows of wrapped text are as tall as their text: the legend (three lines) and the region names (up to three).
    expect(legendRow?.height ?? 0).toBeGreaterThanOrEqual(45);
    expect(headerRow?.height ?? 0).toBeGreaterThanOrEqual(45);
  });
});

/** "rgb(220, 235, 247)" → "FFDCEBF7", as Excel writes a colour. */
function argb(css: string): string {
  const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number);
  return `FF${[r, g, b]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
