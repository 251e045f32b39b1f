/**
 * Analysis: on a demo study the research lead breaks every item down by region in one click and
 * reads tables, marked cells, statistics and charts; then means with confidence intervals, scale
 * reliability, social distance and the frequencies of one item. Every number the screen shows is
 * compared with what `kelisim analyze … --json` prints for the same database: the value behind
 * each cell exactly, and the text as the screen rounds it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

const FORM = 'tolerance_kz';

/** The screen's rounding in the Kazakh interface: ru-RU digits (space thousands, decimal comma). */
const fixed = (value: number, digits: number) =>
  new Intl.NumberFormat('ru-RU', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const pText = (p: number) => (p < 0.001 ? `< ${fixed(0.001, 3)}` : fixed(p, 3));

interface Crosstab {
  row: string;
  rowLabel: string;
  rows: { value: string; label: string }[];
  cols: { value: string; label: string }[];
  colPercent: (number | null)[][];
  adjustedResiduals: (number | null)[][];
  colTotals: number[];
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  n: number;
}

function analyze<T>(app: RunningApp, procedure: string, ...args: string[]): T {
  return cliJson<T>(app, ['analyze', procedure, '--db', app.database, '--form', FORM, '--language', 'kk', ...args]);
}

async function dataValue(cell: Locator): Promise<number | null> {
  const text = await cell.getAttribute('data-value');
  return text === null || text === '' ? null : Number(text);
}

async function openAnalysis(page: Page, app: RunningApp, tab = '') {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Талдау' }).click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(400, 21) } });

  test('breakdown by region: every item’s table, marks, statistics and chart equal the CLI’s', async ({ page, app }) => {
    const expected = analyze<{ n: number; items: Crosstab[] }>(app, 'breakdown', '--by', 'region');
    await openAnalysis(page, app);
    await expect(page.getByTestId('analysis-selected')).toContainText('400 сұхбат таңдалды');

    await page.getByTestId('breakdown-start').click();
    await expect(page.getByTestId('breakdown-progress')).toBeHidden();
    const overview = page.getByTestId('breakdown-overview');
    await expect(overview.locator('tbody tr')).toHaveCount(expected.items.length);
    await expect(page.getByTestId('breakdown-summary')).toContainText(`n = ${fixed(expected.n, 0)}`);

    // The overview: chi-square, df, p and Cramér's V of every item, as the CLI computes them.
    for (const item of expected.items) {
      const cells = overview.locator(`tr[data-item="${item.row}"] td`);
      await expect(cells.nth(0)).toHaveText(item.rowLabel);
      await expect(cells.nth(2)).toHaveText(item.chiSquare === null ? '—' : fixed(item.chiSquare, 2));
      await expect(cells.nth(3)).toHaveText(item.df === null ? '—' : String(item.df));
      await expect(cells.nth(4)).toHaveText(item.p === null ? '—' : pText(item.p));
      await expect(cells.nth(5)).toHaveText(item.cramersV === null ? '—' : fixed(item.cramersV, 3));
    }
    await screenshotOfView(page, '73-analysis-breakdown');

    // One Likert item in full: column percentages by region, marked cells, statistics, chart.
    const item = expected.items.find((candidate) => candidate.row === 'tol_03')!;
    await overview.locator('tr[data-item="tol_03"] button').click();
    const card = page.locator('[data-testid="crosstab"][data-item="tol_03"]');
    await expect(card).toBeVisible();
    const table = card.locator('table.crosstab');
    await expect(table.locator('thead th.level')).toHaveText(item.rows.map((level) => level.label));
    await expect(table.locator('tbody tr')).toHaveCount(item.cols.length);
    let marked = 0;
    for (const [c, group] of item.cols.entries()) {
      const row = table.locator(`tbody tr[data-group="${group.value}"]`);
      await expect(row.locator('th')).toHaveText(group.label);
      expect(await dataValue(row.locator('td.n'))).toBe(item.colTotals[c]);
      for (const [r, level] of item.rows.entries()) {
        const cell = row.locator(`td[data-level="${level.value}"]`);
        const percent = item.colPercent[r][c];
        expect(await dataValue(cell)).toBe(percent);
        await expect(cell).toContainText(percent === null ? '—' : fixed(percent, 1));
        const residual = item.adjustedResiduals[r][c] ?? 0;
        const direction = residual > 1.96 ? 'over' : residual < -1.96 ? 'under' : '';
        if (direction) marked++;
        await expect(cell).toHaveClass(direction ? new RegExp(`\\b${direction}\\b`) : /^(?!.*\b(over|under)\b)/);
      }
    }
    expect(marked).toBeGreaterThan(0); // the demo data has regional differences worth marking
    await expect(page.getByTestId('residual-legend')).toContainText('күтілгеннен жиірек');
    const statistics = card.getByTestId('crosstab-statistics');
    await expect(statistics.locator('[data-stat="chiSquare"]')).toHaveText(fixed(item.chiSquare!, 2));
    await expect(statistics.locator('[data-stat="df"]')).toHaveText(String(item.df));
    await expect(statistics.locator('[data-stat="p"]')).toHaveText(pText(item.p!));
    await expect(statistics.locator('[data-stat="cramersV"]')).toHaveText(fixed(item.cramersV!, 3));
    expect(await dataValue(statistics.locator('[data-stat="chiSquare"]'))).toBe(item.chiSquare);
    expect(await dataValue(statistics.locator('[data-stat="p"]'))).toBe(item.p);

    // The chart: one bar per region, split into the answers in the legend's order.
    const chart = card.locator('figure.chart');
    await expect(chart.locator('.legend li')).toHaveText(item.rows.map((level) => level.label));
    await expect(chart.locator('svg text.group')).toHaveText(item.cols.map((group) => group.label));
    const nonEmpty = item.colPercent.flat().filter((value) => value !== null && value > 0).length;
    await expect(chart.locator('svg rect')).toHaveCount(nonEmpty);
    await screenshotOfView(card, '74-analysis-crosstab');

    // Side by side instead of stacked: the same bars, grouped.
    await page.getByRole('radio', { name: 'Қатар' }).check();
    await expect(chart.locator('svg rect')).toHaveCount(item.rows.length * item.cols.length);
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(300, 8) } });

  test('filters, means, reliability, social distance and frequencies equal the CLI’s', async ({ page, app }) => {
    // The 190 Games–Howell pairs of 20 regions take seconds twice (the CLI's reference and the screen's second call).
    test.setTimeout(240_000);
    await openAnalysis(page, app);

    // The filter expression is checked as it is typed, and applied once it reads well.
    await page.getByText('Қандай сұхбаттар').click();
    const filter = page.getByLabel('Сүзгі өрнегі');
    await filter.fill('${age} >= (30');
    await expect(page.getByTestId('filter-check')).toContainText('✗');
    await filter.fill('${agee} >= 30');
    await expect(page.getByTestId('filter-check')).toContainText('${agee}');
    await filter.fill('${age} >= 30');
    await expect(page.getByTestId('filter-check')).toContainText('✓');
    const older = analyze<{ n: number; valid: number }>(app, 'frequencies', '--var', 'region', '--filter', '${age} >= 30');
    await expect(page.getByTestId('analysis-selected')).toContainText(`${fixed(older.n, 0)} сұхбат таңдалды`);
    await page.getByRole('button', { name: 'Сүзгілерді тазалау' }).click();
    await expect(page.getByTestId('analysis-selected')).toContainText('300 сұхбат таңдалды');

    // Means of the tolerance scale by region, with the group tests beneath; the tabs answer the arrow keys.
    // (The map follows the breakdown, then the means.)
    await page.getByRole('tab', { name: 'Бөліп талдау' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Карта' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Орташа мәндер' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'Орташа мәндер' })).toBeFocused();
    await page.getByLabel('Орташа мәні').selectOption('tolerance');
    type Pair = { first: string; second: string; diff: number; p: number | null };
    const means = analyze<{
      groups: { group: string; n: number; mean: number | null }[];
      anova: { F: number; p: number; etaSquared: number; omegaSquared: number };
      welch: { F: number; p: number };
      levene: { p: number };
      kruskalWallis: { H: number; p: number };
      tukey: Pair[];
      gamesHowell: Pair[];
    }>(app, 'means', '--var', 'tolerance', '--by', 'region');
    const meansTable = page.getByTestId('means-table');
    await expect(meansTable.locator('tbody tr')).toHaveCount(means.groups.length);
    for (const group of means.groups) {
      const row = meansTable.locator(`tr[data-group="${group.group}"]`);
      expect(await dataValue(row.locator('td').nth(1))).toBe(group.mean);
      await expect(row.locator('td').nth(1)).toHaveText(group.mean === null ? '—' : fixed(group.mean, 2));
    }
    const tests = page.getByTestId('means-tests');
    expect(await dataValue(tests.locator('tr[data-test="anova"] td').nth(0))).toBe(means.anova.F);
    await expect(tests.locator('tr[data-test="anova"] td').nth(2)).toHaveText(pText(means.anova.p));
    expect(await dataValue(tests.locator('tr[data-test="welch"] td').nth(0))).toBe(means.welch.F);
    expect(await dataValue(tests.locator('tr[data-test="kruskalWallis"] td').nth(0))).toBe(means.kruskalWallis.H);
    await expect(page.getByTestId('means').locator('svg circle')).toHaveCount(means.groups.filter((group) => group.mean !== null).length);
    // Effect sizes, then every pair of regions (Games–Howell first when Levene's test is significant), computed after the means.
    const effect = page.getByTestId('means-effect-sizes');
    expect(Number(await effect.getAttribute('data-eta'))).toBe(means.anova.etaSquared);
    expect(Number(await effect.getAttribute('data-omega'))).toBe(means.anova.omegaSquared);
    const method = means.levene.p < 0.05 ? 'gamesHowell' : 'tukey';
    const pairs = page.getByTestId('means-pairs');
    await expect(pairs).toHaveAttribute('data-method', method, { timeout: 60_000 });
    // Only the pairs that differ at first; all 190 on asking.
    await expect(pairs.locator('tbody tr')).toHaveCount(means[method].filter((pair) => pair.p !== null && pair.p < 0.05).length);
    await page.getByLabel(/p < 0,05 деңгейінде/).uncheck();
    await expect(pairs.locator('tbody tr')).toHaveCount(means[method].length);
    for (const pair of means[method].slice(0, 5)) {
      const row = pairs.locator(`tr[data-pair="${pair.second}-${pair.first}"]`);
      expect(await dataValue(row.locator('td').nth(0))).toBe(pair.diff);
      await expect(row.locator('td').nth(2)).toHaveText(pair.p === null ? '—' : pText(pair.p));
    }
    await page.getByLabel('Әдіс').selectOption(method === 'tukey' ? 'gamesHowell' : 'tukey');
    const other = method === 'tukey' ? means.gamesHowell : means.tukey;
    expect(await dataValue(pairs.locator(`tr[data-pair="${other[0].second}-${other[0].first}"] td`).nth(0))).toBe(other[0].diff);
    await screenshotOfView(page.getByTestId('means'), '75-analysis-means');

    // Correlations of the variables ticked to start with: the matrix behind each cell is the CLI's.
    await page.getByRole('tab', { name: 'Корреляциялар' }).click();
    // The list renders after the tab opens: wait for the variables ticked to start with before reading them.
    await expect.poll(() => page.getByTestId('correlate-variables').locator('input:checked').count()).toBeGreaterThanOrEqual(2);
    const ticked = await page
      .getByTestId('correlate-variables')
      .locator('input:checked')
      .evaluateAll((boxes) => boxes.map((box) => (box as unknown as { value: string }).value));
    expect(ticked.length).toBeGreaterThanOrEqual(2);
    const correlations = analyze<{ pearson: { r: (number | null)[][]; p: (number | null)[][] }; spearman: { r: (number | null)[][] } }>(
      app,
      'correlate',
      '--vars',
      ticked.join(','),
    );
    const matrix = page.getByTestId('correlation-matrix');
    await expect(matrix.locator('tbody tr')).toHaveCount(ticked.length);
    expect(await dataValue(matrix.locator(`tr[data-row="${ticked[1]}"] td[data-col="${ticked[0]}"]`))).toBe(correlations.pearson.r[1][0]);
    await page.getByLabel('Коэффициент').selectOption('spearman');
    await expect(matrix).toHaveAttribute('data-method', 'spearman');
    expect(await dataValue(matrix.locator(`tr[data-row="${ticked[1]}"] td[data-col="${ticked[0]}"]`))).toBe(correlations.spearman.r[1][0]);
    await screenshotOfView(page.getByTestId('correlations'), '75b-analysis-correlations');

    // Reliability of the tolerance scale.
    await page.getByRole('tab', { name: 'Шкала сенімділігі' }).click();
    await page.getByLabel('Шкала', { exact: true }).selectOption('tolerance');
    const reliability = analyze<{ alpha: number; items: { item: string; alphaIfDeleted: number; correctedItemTotal: number }[] }>(
      app,
      'reliability',
      '--scale',
      'tolerance',
    );
    await expect(page.getByTestId('reliability').locator('.big strong')).toHaveText(fixed(reliability.alpha, 3));
    for (const item of reliability.items) {
      const row = page.locator(`[data-testid="reliability-items"] tr[data-item="${item.item}"]`);
      expect(await dataValue(row.locator('td').nth(0))).toBe(item.correctedItemTotal);
      expect(await dataValue(row.locator('td').nth(2))).toBe(item.alphaIfDeleted);
    }
    await screenshotOfView(page.getByTestId('reliability'), '76-analysis-reliability');

    // Social distance: mean distance per group and cumulative acceptance.
    await page.getByRole('tab', { name: 'Әлеуметтік қашықтық' }).click();
    const distance = analyze<{ targets: { target: string; meanDistance: number; acceptingPercent: number[] }[] }>(
      app,
      'distance',
      '--by',
      'region',
    );
    const acceptance = page.getByTestId('distance-acceptance');
    await expect(acceptance.locator('tbody tr')).toHaveCount(distance.targets.length);
    for (const target of distance.targets) {
      const row = acceptance.locator(`tr[data-target="${target.target}"]`);
      expect(await dataValue(row.locator('td').nth(1))).toBe(target.meanDistance);
      expect(await dataValue(row.locator('td').nth(2))).toBe(target.acceptingPercent[0]);
    }
    await expect(page.getByTestId('distance-by-group').locator('tbody tr')).toHaveCount(20);
    await screenshotOfView(page.getByTestId('distance'), '77-analysis-distance');

    // Frequencies of one Likert item: missing codes apart from the valid answers.
    await page.getByRole('tab', { name: 'Жиіліктер' }).click();
    await page.getByLabel('Жиіліктері').selectOption('tol_01');
    const frequencies = analyze<{ rows: { value: string; count: number; percent: number; validPercent: number | null; missing?: true }[] }>(
      app,
      'frequencies',
      '--var',
      'tol_01',
    );
    const table = page.getByTestId('frequency-table');
    for (const row of frequencies.rows) {
      const line = (row.missing ? page.getByTestId('frequency-missing') : table.locator('tbody').first()).locator(
        `tr[data-value-row="${row.value}"]`,
      );
      expect(await dataValue(line.locator('td').nth(0))).toBe(row.count);
      expect(await dataValue(line.locator('td').nth(1))).toBe(row.percent);
      if (!row.missing) await expect(line.locator('td').nth(2)).toHaveText(fixed(row.validPercent!, 1));
    }
    await expect(page.getByTestId('frequency-missing')).toContainText('Жетіспейтін мәндер');
    await screenshotOfView(page.getByTestId('frequencies'), '78-analysis-frequencies');
  });
});
