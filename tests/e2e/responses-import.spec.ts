/**
 * The lead imports respondents collected elsewhere from a table. A CSV saved by old Excel in Windows-1251 is refused
 * as UTF-8 with the line and byte offset of the first bad byte, and the screen offers to read it as Windows-1251:
 * then the preview shows the Cyrillic as written and the import stores it intact. A table with a bad value shows
 * the problem with its line and column, and cannot be imported as it is: the database does not change.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, screenshot, test } from './fixtures';
import { cliJson } from './lead-helpers';
import { cp1251 } from '../helpers/windows-1251';

const form = {
  formId: 'places',
  title: 'Елді мекендер',
  version: '1',
  defaultLanguage: 'kk',
  languages: [{ code: 'kk', name: 'Қазақша' }],
  survey: [
    { type: 'text', name: 'settlement', label: { kk: 'Елді мекен' } },
    { type: 'integer', name: 'age', label: { kk: 'Жасы' }, required: true },
  ],
  choiceLists: [],
};

test.use({
  appOptions: {
    seed: (database) => {
      const formFile = `${database}.form.json`;
      fs.writeFileSync(formFile, JSON.stringify(form));
      const script = path.join(projectRoot, 'tests', 'e2e', 'scripts', 'publish-form.ts');
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, database, formFile], { cwd: projectRoot, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
    },
  },
});

test('a Windows-1251 CSV is refused with its line and offset, then imported as Windows-1251; a bad value changes nothing', async ({
  page,
  app,
}) => {
  const legacy = path.join(app.folder, 'legacy.csv');
  // "Атырау" on line 3 starts at byte 25: the first byte that is not UTF-8.
  fs.writeFileSync(legacy, Buffer.concat([Buffer.from('settlement,age\nAlmaty,30\n'), cp1251('Атырау,41\nСемей,52\n')]));
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Жауаптарды импорттау' }).click();
  await page.locator('#import-file').setInputFiles(legacy);
  const refused = page.getByTestId('import-refused');
  await expect(refused).toContainText('UTF-8 емес: 3-жолда, файл басынан 25-байтта');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await screenshot(page, '70-import-not-utf8');

  await page.getByTestId('import-use-cp1251').click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts')).toContainText('3 жол');
  await expect(preview.getByTestId('import-counts')).toContainText('Windows-1251');
  await expect(preview.getByTestId('import-sample')).toContainText('Атырау');
  await expect(preview.getByTestId('import-columns')).toContainText('settlement — Елді мекен');
  await expect(preview.getByTestId('import-no-problems')).toBeVisible();
  await screenshot(page, '71-import-preview');
  await preview.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('3 жауап импортталды');

  const listed = cliJson<{ rows: { uuid: string }[] }>(app, ['responses', 'list', '--db', app.database, '--form', 'places']);
  const settlements = listed.rows.map(
    (row) =>
      cliJson<{ answers: Record<string, unknown> }>(app, ['responses', 'show', '--db', app.database, '--uuid', row.uuid]).answers
        .settlement,
  );
  expect(settlements.sort()).toEqual(['Almaty', 'Атырау', 'Семей'].sort());

  // A bad value: listed with its line and column, and the import cannot run; nothing is written.
  const bad = path.join(app.folder, 'bad.csv');
  fs.writeFileSync(bad, 'settlement,age\nТараз,40\nТүркістан,қырық\n');
  await page.getByRole('button', { name: 'Басқа кестені импорттау' }).click();
  await page.locator('#import-file').setInputFiles(bad);
  await expect(page.getByTestId('import-problems')).toContainText('жол 3, баған age');
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await screenshot(page, '72-import-problems');
  const after = cliJson<{ total: number }>(app, ['responses', 'list', '--db', app.database, '--form', 'places']);
  expect(after.total).toBe(3);
});
