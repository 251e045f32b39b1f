import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crosstabStatistics } from '../../../src/analysis/stats';
import { writeCrosstabSheet, writeMeansSheet, type CrosstabTable } from '../../../src/report/sheets/breakdown';
import { wordsIn } from '../../../src/common/messages/workbook';
import { StreamingWorkbook } from '../../../src/report/xlsx/streaming-workbook';
import { ABOVE_FILL_ARGB, BELOW_FILL_ARGB } from '../../../src/report/xlsx/styles';
import { tempFolder } from '../../helpers/temp';
import { readWorkbook, sheetValues } from '../../integration/report/workbook-reader';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder('kelisim-breakdown-')));
afterEach(() => temp.cleanup());

const level = (value: string, label: string) => ({ value, label });

/**
 * Trust in the akimat (3 answers) by settlement type (2): counts 30/10, 10/30, 5/5. By hand:
 * n = 90, expected 20/20, 20/20, 5/5, so chi-square = 10 + 10 + 0 = 20 with df = 2, p = e^(−20/2) = 4.540e-5
 * (the chi-square tail with 2 df is e^(−x/2)), Cramér's V = √(20 / 90) = 0.4714; the adjusted residual of the
 * first cell is 10 / √(20 · (1 − 40/90) · (1 − 45/90)) = 4.243 (marked), of the third row 0 (not marked).
 */
function trustBySettlement(): CrosstabTable {
  const stats = crosstabStatistics({ rows: 3, cols: 2, counts: Float64Array.from([30, 10, 10, 30, 5, 5]), missing: 0 });
  return {
    ...stats,
    row: 'trust_akimat',
    rowLabel: 'Жергілікті әкімдік',
    rows: [level('1', 'Сенбеймін'), level('4', 'Сенемін'), level('8', 'Білмеймін')],
    cols: [level('urban', 'Қала'), level('rural', 'Ауыл')],
  };
}

async function writeSheet(write: (book: StreamingWorkbook) => Promise<void>) {
  const file = temp.file('breakdown.xlsx');
  const book = new StreamingWorkbook(file);
  await write(book);
  await book.close();
  return (await readWorkbook(file)).worksheets[0];
}

describe('the crosstab sheet', () => {
  it('shows counts, column percents, totals and the statistics beneath, marking significant cells', async () => {
    const words = wordsIn('kk');
    const table = trustBySettlement();
    expect([table.chiSquare, table.df]).toEqual([20, 2]);
    expect(table.p).toBeCloseTo(Math.exp(-10), 12);
    expect(table.cramersV).toBeCloseTo(Math.sqrt(20 / 90), 12);
    expect(table.adjustedResiduals[0][0]).toBeCloseTo(10 / Math.sqrt(20 * (1 - 40 / 90) * 0.5), 12);

    const sheet = await writeSheet((book) =>
      writeCrosstabSheet(book, words.sheets.crosstabs, { by: 'settlement_type', byLabel: 'Елді мекеннің түрі' }, [table], words),
    );
    expect(sheet.name).toBe('Түйіндес кестелер');
    const rows = sheetValues(sheet);
    expect(rows[0][0]).toBe('Топтау айнымалысы: settlement_type — Елді мекеннің түрі');
    const start = rows.findIndex((row) => row[0] === 'trust_akimat — Жергілікті әкімдік');
    // Column percents are the engine's (percent / 100 for Excel's percent format): 30/45, 10/45, …
    const percent = (r: number, c: number) => table.colPercent[r][c]! / 100;
    expect(percent(0, 0)).toBeCloseTo(30 / 45, 15);
    expect(rows.slice(start + 1, start + 10).map((row) => row.slice(0, 5))).toEqual([
      [null, null, 'Қала', 'Ауыл', 'Барлығы'],
      ['Сенбеймін', 'Саны', 30, 10, 40],
      [null, 'Баған бойынша %', percent(0, 0), percent(0, 1), 40 / 90],
      ['Сенемін', 'Саны', 10, 30, 40],
      [null, 'Баған бойынша %', percent(1, 0), percent(1, 1), 40 / 90],
      ['Білмеймін', 'Саны', 5, 5, 10],
      [null, 'Баған бойынша %', percent(2, 0), percent(2, 1), 10 / 90],
      ['Барлығы', 'Саны', 45, 45, 90],
      [null, 'Баған бойынша %', 1, 1, 1],
    ]);
    const statistics = rows[start + 10];
    expect(statistics.slice(1, 9)).toEqual(['Хи-квадрат', 20, 'е. д.', 2, 'p', table.p, 'Крамер V', table.cramersV]);

    const cell = (offset: number, column: number) => sheet.getRow(start + 1 + offset).getCell(column);
    const fill = (offset: number, column: number) =>
      (cell(offset, column).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect([fill(2, 3), fill(3, 3), fill(2, 4), fill(3, 4)]).toEqual([ABOVE_FILL_ARGB, ABOVE_FILL_ARGB, BELOW_FILL_ARGB, BELOW_FILL_ARGB]);
    expect([fill(6, 3), fill(7, 3)]).toEqual([undefined, undefined]);
    // The same glyph and ink as the analysis screen (src/common/residual-marks.ts): the number stays a number.
    expect(cell(3, 3).numFmt).toBe('0.0%" ▲"');
    expect(cell(3, 4).numFmt).toBe('0.0%" ▼"');
    expect(cell(2, 3).numFmt).toBe('#,##0" ▲"');
    expect([cell(3, 3).font?.color?.argb, cell(3, 4).font?.color?.argb]).toEqual(['FF0B4F7A', 'FF8F3A06']);
    expect(cell(6, 3).numFmt).toBe('#,##0');
    expect([cell(8, 1).font?.bold, cell(8, 5).font?.bold]).toEqual([true, true]);
    // The legend at the top shows both marks.
    const legend = rows.find((row) => typeof row[0] === 'string' && String(row[0]).startsWith('Боялған'))!;
    expect(legend.slice(1, 3)).toEqual(['▲ күтілгеннен көп', '▼ күтілгеннен аз']);
  });

  it('says when a table has too few answered rows or columns for the statistics', async () => {
    const words = wordsIn('en');
    const stats = crosstabStatistics({ rows: 2, cols: 2, counts: Float64Array.from([4, 0, 6, 0]), missing: 0 });
    const table: CrosstabTable = {
      ...stats,
      row: 'q',
      rowLabel: 'Q',
      rows: [level('a', 'A'), level('b', 'B')],
      cols: [level('x', 'X'), level('y', 'Y')],
    };
    const rows = sheetValues(await writeSheet((book) => writeCrosstabSheet(book, 'Crosstabs', { by: 'g', byLabel: '' }, [table], words)));
    expect(rows.some((row) => row[0] === 'Not computed: fewer than two answered rows or columns.')).toBe(true);
    // The empty column has no percentages rather than a division by zero.
    expect(rows.find((row) => row[0] === 'A')).toEqual(['A', 'Count', 4, 0, 4]);
    expect(rows.filter((row) => row[1] === 'Column %').map((row) => row[3])).toEqual([null, null, null]);
  });
});

describe('the means sheet', () => {
  it('lists n, mean, sd, se, CI and median by group, the total in bold, the tests with exact p in the cells, and η², ω²', async () => {
    const words = wordsIn('ru');
    const group = (name: string, n: number, mean: number) => ({
      group: name,
      label: name.toUpperCase(),
      n,
      mean,
      sd: 1,
      se: 1 / Math.sqrt(n),
      ciLow: mean - 1,
      ciHigh: mean + 1,
      median: mean,
    });
    const sheet = await writeSheet((book) =>
      writeMeansSheet(
        book,
        words.sheets.means,
        { by: 'region', byLabel: 'Область' },
        [
          {
            variable: 'age',
            label: 'Возраст',
            result: {
              groups: [group('abai', 4, 40), group('astana', 9, 35)],
              total: { n: 13, mean: 36.5, sd: 2, se: 0.5, ciLow: 35.4, ciHigh: 37.6, median: 36 },
              anova: { F: 4.5, df1: 1, df2: 11, p: 0.057, etaSquared: 0.29, omegaSquared: 0.21 },
              welch: null,
              levene: { F: 0.2, df1: 1, df2: 11, p: 0.66 },
              kruskalWallis: { H: 3.1, df: 1, p: 7.6e-126 },
            },
          },
        ],
        words,
      ),
    );
    const rows = sheetValues(sheet);
    const start = rows.findIndex((row) => row[0] === 'age — Возраст');
    expect(rows[start + 1]).toEqual([
      'Группа',
      'N',
      'Среднее',
      'Станд. отклонение',
      'Станд. ошибка',
      '95% ДИ, нижняя граница',
      '95% ДИ, верхняя граница',
      'Медиана',
    ]);
    expect(rows[start + 2]).toEqual(['ABAI', 4, 40, 1, 0.5, 39, 41, 40]);
    expect(rows[start + 4]).toEqual(['Всего', 13, 36.5, 2, 0.5, 35.4, 37.6, 36]);
    expect(sheet.getRow(start + 5).getCell(3).font?.bold).toBe(true);
    expect(rows.slice(start + 6, start + 10).map((row) => row.slice(0, 6))).toEqual([
      ['Однофакторный дисперсионный анализ', 'F', 4.5, 1, 11, 0.057],
      ['Критерий Ливиня', 'F', 0.2, 1, 11, 0.66],
      ['Критерий Краскела — Уоллиса', 'H', 3.1, 1, null, 7.6e-126],
      ['Размер эффекта дисперсионного анализа', 'η²', 0.29, 'ω²', 0.21, null],
    ]);
  });
});
