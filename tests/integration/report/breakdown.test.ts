import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { analyzeBreakdown, analyzeFrequencies, analyzeMeans, analyzeReliability, listVariables } from '../../../src/analysis';
import { openDatabase, type Db } from '../../../src/store/database';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { ABOVE_FILL_ARGB, BELOW_FILL_ARGB } from '../../../src/report/xlsx/styles';
import { dataRecord, readWorkbook, sheetValues } from './workbook-reader';

/**
 * The breakdown sheets show the analysis layer's numbers: every count, percent and statistic read
 * back from the workbook is compared with what src/analysis returns for the same selection (whose
 * own numbers are checked against R and PSPP in tests/unit/analysis). Weighted and filtered, so the
 * selection and the weights reach every sheet.
 */
let temp: ReturnType<typeof tempFolder>;
let dbFile: string;
let workbook: ExcelJS.Workbook;
let db: Db;
const FILTER = '${age} >= 30';
// The study is the practice one (`kelisim demo`), so the report and every analysis it is compared with include it.
const options = { formId: 'tolerance_kz', language: 'ru', filter: FILTER, weight: 'age', includeDemo: true };

beforeAll(async () => {
  temp = tempFolder('kelisim-breakdown-');
  dbFile = temp.file('study.db');
  expect((await kelisim('demo', '--db', dbFile, '--responses', '600', '--seed', '7')).code).toBe(0);
  const out = temp.file('report.xlsx');
  const run = await kelisim(
    'report',
    '--db',
    dbFile,
    '--form',
    'tolerance_kz',
    '--by',
    'region',
    '--out',
    out,
    '--lang',
    'ru',
    '--filter',
    FILTER,
    '--weight',
    'age',
    '--include-demo',
  );
  expect(run.stderr).toBe('');
  workbook = await readWorkbook(out);
  db = openDatabase(dbFile, { readonly: true });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

/** The rows of a breakdown sheet from the block titled `title` to the next empty row. */
function block(sheet: ExcelJS.Worksheet, title: string): { rows: unknown[][]; first: number } {
  const rows = sheetValues(sheet);
  const start = rows.findIndex((row) => row[0] === title);
  expect(start, `a block titled "${title}"`).toBeGreaterThanOrEqual(0);
  let end = start + 1;
  while (end < rows.length && rows[end].some((cell) => cell !== null)) end++;
  return { rows: rows.slice(start + 1, end), first: start + 2 };
}

describe('the breakdown sheets of a filtered, weighted report', () => {
  it('hold in Data exactly the responses the filter selects', () => {
    const selected = analyzeFrequencies(db, { formId: 'tolerance_kz', variable: 'region', filter: FILTER, includeDemo: true });
    const data = workbook.getWorksheet('Данные')!;
    expect(data.rowCount - 1).toBe(selected.n);
    const ages = sheetValues(data)
      .slice(1)
      .map((row) => row[sheetValues(data)[0].indexOf('age')]);
    expect(ages.every((age) => typeof age === 'number' && age >= 30)).toBe(true);
    const about = sheetValues(workbook.getWorksheet('Описание')!);
    expect(about).toContainEqual(['Фильтр', FILTER]);
    expect(about).toContainEqual(['Вес', 'age']);
    expect(about).toContainEqual(['Анкет в этом файле', selected.n]);
  });

  it('show every select_one item by region with the counts, column percents and tests of analyzeBreakdown', () => {
    const expected = analyzeBreakdown(db, { ...options, by: 'region' });
    const sheet = workbook.getWorksheet('Таблицы сопряжённости')!;
    expect(sheetValues(sheet)[0][0]).toBe(`Группирующая переменная: region — ${expected.byLabel}`);
    expect(expected.items.length).toBeGreaterThan(30);
    let marked = 0;
    for (const table of expected.items) {
      const { rows, first } = block(sheet, `${table.row} — ${table.rowLabel}`);
      expect(rows[0].slice(2, 2 + table.cols.length)).toEqual(table.cols.map((col) => col.label));
      table.rows.forEach((level, r) => {
        expect(rows[1 + 2 * r].slice(0, 2 + table.cols.length + 1)).toEqual([
          level.label,
          'Частота',
          ...table.counts[r],
          table.rowTotals[r],
        ]);
        expect(rows[2 + 2 * r].slice(2, 2 + table.cols.length)).toEqual(
          table.colPercent[r].map((percent) => (percent === null ? null : percent / 100)),
        );
        table.adjustedResiduals[r].forEach((residual, c) => {
          const fill = (sheet.getRow(first + 1 + 2 * r).getCell(3 + c).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
          const expectedFill =
            residual === null ? undefined : residual > 1.96 ? ABOVE_FILL_ARGB : residual < -1.96 ? BELOW_FILL_ARGB : undefined;
          expect(fill, `${table.row} ${level.value} × ${table.cols[c].value}`).toBe(expectedFill);
          if (expectedFill) marked++;
        });
      });
      const totals = 1 + 2 * table.rows.length;
      expect(rows[totals].slice(0, 2 + table.cols.length + 1)).toEqual(['Всего', 'Частота', ...table.colTotals, table.n]);
      if (table.chiSquare === null) {
        expect(rows[totals + 2][0]).toBe('Не вычислено: меньше двух строк или столбцов с ответами.');
      } else {
        expect(rows[totals + 2].slice(1, 9)).toEqual([
          'Хи-квадрат',
          table.chiSquare,
          'ст. св.',
          table.df,
          'p',
          table.p,
          'V Крамера',
          table.cramersV,
        ]);
        // Beneath Pearson's: the likelihood-ratio χ² (PSPP prints it); region is not ordered, so no gamma or tau-b.
        const lr = table.likelihoodRatio!;
        expect(rows[totals + 3].slice(1, 7)).toEqual(['Хи-квадрат отношения правдоподобия', lr.chiSquare, 'ст. св.', lr.df, 'p', lr.p]);
        expect(rows.some((row) => row[1] === 'Гамма Гудмана — Краскела')).toBe(false);
      }
    }
    expect(marked).toBeGreaterThan(0);
  });

  it('show the means by region of every numeric item and scale score as analyzeMeans gives them', () => {
    const sheet = workbook.getWorksheet('Средние')!;
    const numeric = listVariables(db, 'tolerance_kz', 'ru').filter(
      (variable) => variable.numeric && variable.kind !== 'calculate' && variable.name !== 'region',
    );
    expect(numeric.map((variable) => variable.name)).toEqual(expect.arrayContaining(['age', 'tol_01', 'tolerance', 'trust']));
    for (const variable of numeric) {
      const expected = analyzeMeans(db, { ...options, variable: variable.name, by: 'region', postHoc: false });
      const title = `${variable.name} — ${variable.kind === 'scale' ? 'балл по шкале (среднее по отвеченным пунктам)' : variable.label}`;
      const { rows } = block(sheet, title);
      const statistics = (row: {
        n: number;
        mean: number | null;
        sd: number | null;
        se: number | null;
        ciLow: number | null;
        ciHigh: number | null;
        median: number | null;
      }) => [row.n, row.mean, row.sd, row.se, row.ciLow, row.ciHigh, row.median];
      expected.groups.forEach((group, g) => expect(rows[1 + g].slice(0, 8)).toEqual([group.label, ...statistics(group)]));
      expect(rows[1 + expected.groups.length].slice(0, 8)).toEqual(['Всего', ...statistics(expected.total)]);
      const tests = rows.slice(expected.groups.length + 3).map((row) => row.slice(0, 6));
      expect(tests).toEqual([
        ...(expected.anova
          ? [['Однофакторный дисперсионный анализ', 'F', expected.anova.F, expected.anova.df1, expected.anova.df2, expected.anova.p]]
          : []),
        ...(expected.welch
          ? [['Дисперсионный анализ Уэлча', 'F', expected.welch.F, expected.welch.df1, expected.welch.df2, expected.welch.p]]
          : []),
        ...(expected.levene
          ? [['Критерий Ливиня', 'F', expected.levene.F, expected.levene.df1, expected.levene.df2, expected.levene.p]]
          : []),
        ...(expected.kruskalWallis
          ? [['Критерий Краскела — Уоллиса', 'H', expected.kruskalWallis.H, expected.kruskalWallis.df, null, expected.kruskalWallis.p]]
          : []),
        ...(expected.anova
          ? [['Размер эффекта дисперсионного анализа', 'η²', expected.anova.etaSquared, 'ω²', expected.anova.omegaSquared, null]]
          : []),
      ]);
    }
  });

  it('show each scale’s reliability as analyzeReliability gives it', () => {
    const sheet = workbook.getWorksheet('Надёжность шкал')!;
    for (const scale of ['social_distance', 'tolerance', 'trust']) {
      const expected = analyzeReliability(db, { ...options, scale });
      const { rows } = block(sheet, `Шкала: ${scale}`);
      expect(rows[0].slice(0, 2)).toEqual(['Альфа Кронбаха', expected.alpha]);
      expect(rows[1].slice(0, 2)).toEqual(['N (все пункты заполнены)', expected.n]);
      expect(rows.slice(3).map((row) => row.slice(0, 5))).toEqual(
        expected.items.map((item) => [item.item, item.label, item.alphaIfDeleted, item.correctedItemTotal, item.reversed ? 'да' : null]),
      );
    }
  });

  it('keeps Data (labels) in step with Data', () => {
    const data = workbook.getWorksheet('Данные')!;
    const uuid = sheetValues(data)[1][0] as string;
    const labels = dataRecord(workbook.getWorksheet('Данные (метки)')!, uuid);
    expect(labels.get('age')!.value).toBe(dataRecord(data, uuid).get('age')!.value);
  });
});

describe('a report asked for post-hoc comparisons (--post-hoc)', () => {
  it('lists Tukey HSD and Games–Howell under each mean as analyzeMeans gives them (by settlement type)', async () => {
    const out = temp.file('post-hoc.xlsx');
    const run = await kelisim(
      'report',
      '--db',
      dbFile,
      '--form',
      'tolerance_kz',
      '--by',
      'settlement_type',
      '--out',
      out,
      '--lang',
      'en',
      '--include-demo',
      '--post-hoc',
    );
    expect(run.stderr).toBe('');
    const sheet = (await readWorkbook(out)).getWorksheet('Means')!;
    const rows = sheetValues(sheet);
    const expected = analyzeMeans(db, {
      formId: 'tolerance_kz',
      language: 'en',
      includeDemo: true,
      variable: 'age',
      by: 'settlement_type',
    });
    expect(expected.tukey!.length).toBeGreaterThan(0);
    const label = (value: string) => expected.groups.find((group) => group.group === value)!.label;
    const ageBlock = rows.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('age — '));
    for (const [title, pairs] of [
      ['Tukey HSD: pairwise differences of means', expected.tukey!],
      ['Games–Howell: pairwise differences of means', expected.gamesHowell!],
    ] as const) {
      const start = rows.findIndex((row, index) => index > ageBlock && row[0] === title);
      expect(start, title).toBeGreaterThan(ageBlock);
      expect(rows.slice(start + 2, start + 2 + pairs.length).map((row) => row.slice(0, 5))).toEqual(
        pairs.map((pair) => [`${label(pair.second)} − ${label(pair.first)}`, pair.diff, pair.lwr, pair.upr, pair.p]),
      );
    }
  });
});
