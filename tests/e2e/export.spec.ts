/**
 * Export: the research lead writes the Excel report in Russian, watches it being written, finds
 * where it went and (in browser mode) downloads it; the workbook read back with exceljs has the
 * sheets the screen listed and the responses the CLI counts. CSV and SPSS exports land beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { cliJson, demoSeed, screenshotOfView } from './lead-helpers';

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(60, 4) } });

  test('the Excel report, CSV and SPSS files are written, shown and downloaded', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Экспорт' }).click();
    await expect(page.getByRole('heading', { name: 'Excel есебі' })).toBeVisible();
    await expect(page.getByLabel('Бөліп талдау парақтарының белгісі')).toHaveValue('region');

    await page.getByRole('radio', { name: 'Русский' }).first().check();
    await page.getByRole('button', { name: 'Кітапты жасау' }).click();
    const result = page.getByTestId('export-result');
    await expect(result).toContainText('Кітап дайын: 60 сұхбат.');
    await expect(page.getByTestId('export-progress').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const written = (await result.locator('.files code').first().textContent())!;
    expect(path.dirname(written)).toBe(path.join(app.folder, 'kelisim-exports'));
    expect(path.basename(written)).toMatch(/^tolerance_kz-ru-\d{8}-\d{4}\.xlsx$/);
    await result.scrollIntoViewIfNeeded();
    await screenshotOfView(page, '79-export-workbook');

    const downloading = page.waitForEvent('download');
    await result.getByRole('link', { name: /жүктеп алу/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(path.basename(written));
    const saved = path.join(app.folder, 'downloaded.xlsx');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).equals(fs.readFileSync(written))).toBe(true);

    // Read back: the sheets the screen listed, one data row per response, regions as the CLI counts them.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheets = book.worksheets.map((sheet) => sheet.name);
    await expect(result).toContainText(sheets.join(' · '));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const data = book.worksheets[2];
    const header = (data.getRow(1).values as unknown[]).slice(1).map(String);
    expect(data.actualRowCount - 1).toBe(60);
    const regionColumn = header.indexOf('region') + 1;
    expect(regionColumn).toBeGreaterThan(0);
    const counted = new Map<string, number>();
    for (let row = 2; row <= data.actualRowCount; row++) {
      const code = String(data.getRow(row).getCell(regionColumn).value ?? '');
      counted.set(code, (counted.get(code) ?? 0) + 1);
    }
    const frequencies = cliJson<{ rows: { value: string; count: number }[] }>(app, [
      'analyze',
      'frequencies',
      '--db',
      app.database,
      '--form',
      'tolerance_kz',
      '--var',
      'region',
    ]);
    for (const row of frequencies.rows.filter((candidate) => candidate.count > 0 && candidate.value !== ''))
      expect(counted.get(row.value)).toBe(row.count);

    // The crosstabs sheet: the counts of settlement type by region are the analysis layer's.
    const crosstabs = book.worksheets[4];
    const crosstab = cliJson<{ rows: { label: string }[]; counts: number[][] }>(app, [
      'analyze',
      'crosstab',
      '--db',
      app.database,
      '--form',
      'tolerance_kz',
      '--row',
      'settlement_type',
      '--col',
      'region',
      '--language',
      'ru',
    ]);
    let heading = 1;
    while (heading <= crosstabs.actualRowCount && !String(crosstabs.getRow(heading).getCell(1).value ?? '').startsWith('settlement_type'))
      heading++;
    const firstAnswer = crosstabs.getRow(heading + 2);
    expect(firstAnswer.getCell(1).value).toBe(crosstab.rows[0].label);
    expect((firstAnswer.values as unknown[]).slice(3, 3 + crosstab.counts[0].length)).toEqual(crosstab.counts[0]);

    // CSV and SPSS: beside the workbook, each under a name of its own.
    await page.getByRole('button', { name: 'CSV экспорттау' }).click();
    await expect(result).toContainText('CSV файлы дайын: 60 сұхбат.');
    const csv = (await result.locator('.files code').first().textContent())!;
    expect(path.extname(csv)).toBe('.csv');
    expect(fs.readFileSync(csv, 'utf8').split(/\r\n/).filter(Boolean)).toHaveLength(61);

    await page.getByRole('button', { name: 'SPSS үшін экспорттау' }).click();
    await expect(result).toContainText('SPSS файлдары дайын: 60 сұхбат.');
    const [syntax, spssData] = await result.locator('.files code').allTextContents();
    expect(path.dirname(syntax)).toBe(path.dirname(spssData));
    expect(fs.readFileSync(syntax, 'utf8')).toContain('GET DATA');
    await expect(result.getByRole('link')).toHaveCount(2);
    await expect(page.getByText('Осы бетте бұрын экспортталғандар')).toBeVisible();
    await result.scrollIntoViewIfNeeded();
    await screenshotOfView(page, '80-export-spss');
  });
});

test.describe(() => {
  test.use({ appOptions: { seed: demoSeed(60, 5) } });

  test('pairwise comparisons of means are in the workbook when the lead asks for them', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Экспорт' }).click();
    const postHoc = page.getByLabel(/Топтар бойынша орташаларды жұптап салыстыру/);
    await page.getByLabel('Бөліп талдау парақтарының белгісі').selectOption('settlement_type');
    await expect(postHoc).not.toBeChecked();
    await postHoc.check();
    await page.getByRole('radio', { name: 'English' }).first().check();
    await page.getByRole('button', { name: 'Кітапты жасау' }).click();
    const result = page.getByTestId('export-result');
    await expect(result).toContainText('Кітап дайын: 60 сұхбат.');
    const written = (await result.locator('.files code').first().textContent())!;

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(written);
    const means = book.getWorksheet('Means')!;
    const rows = Array.from(means.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    const ageBlock = rows.findIndex((row) => String(row[0] ?? '').startsWith('age — '));
    const tukeyAt = rows.findIndex((row, index) => index > ageBlock && row[0] === 'Tukey HSD: pairwise differences of means');
    expect(tukeyAt).toBeGreaterThan(ageBlock);
    const expected = cliJson<{ tukey: { diff: number; p: number }[] }>(app, [
      'analyze',
      'means',
      '--db',
      app.database,
      '--form',
      'tolerance_kz',
      '--var',
      'age',
      '--by',
      'settlement_type',
    ]);
    expect(rows[tukeyAt + 2][1]).toBeCloseTo(expected.tukey[0].diff, 10);
    expect(rows[tukeyAt + 2][4]).toBeCloseTo(expected.tukey[0].p, 10);
  });
});
