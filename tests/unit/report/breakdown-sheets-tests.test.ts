/**
 * The workbook carries the tests the analysis screen shows, with the numbers R gives: the engine's results on the
 * reference survey (tests/fixtures/analysis/survey.csv) written into the sheets, then read back and compared with
 * the R references that crosstab.R and means.R wrote (chisq.test, fisher.test, TukeyHSD, …).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crosstab, meansByGroup, ordinalAssociation, statisticsTable } from '../../../src/analysis/stats';
import { writeCrosstabSheet, writeMeansSheet, type CrosstabTable, type MeansTable } from '../../../src/report/sheets/breakdown';
import { wordsIn } from '../../../src/common/messages/workbook';
import { StreamingWorkbook } from '../../../src/report/xlsx/streaming-workbook';
import { tempFolder } from '../../helpers/temp';
import { readWorkbook, sheetValues } from '../../integration/report/workbook-reader';
import { expectRelative, loadSurvey, rReference } from '../analysis/references';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder('kelisim-breakdown-tests-')));
afterEach(() => temp.cleanup());

const survey = loadSurvey();
const association = rReference('crosstab-association');
const means = rReference('means');

const levels = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: `${prefix}${i + 1}` }));

async function sheetRows(write: (book: StreamingWorkbook) => Promise<void>) {
  const file = temp.file('tests.xlsx');
  const book = new StreamingWorkbook(file);
  await write(book);
  await book.close();
  return sheetValues((await readWorkbook(file)).worksheets[0]);
}

/** The row whose second cell names the test. */
const testRow = (rows: unknown[][], name: string) => {
  const row = rows.find((cells) => cells[1] === name);
  expect(row, name).toBeDefined();
  return row as (string | number | null)[];
};

describe("the crosstab sheet beneath Pearson's χ²", () => {
  it("a 2×2 table (contact by gender): likelihood-ratio χ², Yates' χ², Fisher's p and the odds ratio as R", async () => {
    const words = wordsIn('en');
    const b = words.breakdown;
    const stats = crosstab(survey.contact, survey.gender);
    const table: CrosstabTable = { ...stats, row: 'contact', rowLabel: 'Contact', rows: levels(2, 'c'), cols: levels(2, 'g') };
    const rows = await sheetRows((book) => writeCrosstabSheet(book, 'Crosstabs', { by: 'gender', byLabel: 'Gender' }, [table], words));
    const expected = association.contactByGender;

    const lr = testRow(rows, b.likelihoodRatio);
    expectRelative(lr[2] as number, expected.likelihoodRatio.chiSquare);
    expect(lr[4]).toBe(1);
    expectRelative(lr[6] as number, expected.likelihoodRatio.p);
    const yates = testRow(rows, b.yates);
    expectRelative(yates[2] as number, expected.yates.chiSquare);
    expectRelative(yates[6] as number, expected.yates.p);
    const odds = testRow(rows, b.oddsRatio);
    expect(odds.slice(3, 6).filter((cell) => typeof cell === 'string')).toEqual([b.ciLow, b.ciHigh]);
    for (const [cell, key] of [
      [2, 'estimate'],
      [4, 'lwr'],
      [6, 'upr'],
    ] as const)
      expectRelative(odds[cell] as number, expected.oddsRatio[key]);
    // Fisher's p is the engine's, which equals R's fisher.test on the 2×2 tables of fisher-tables.csv (crosstab.test.ts).
    expect(testRow(rows, b.fisherExact)[6]).toBe(stats.fisherP);
    expect(stats.fisherP).toBeGreaterThan(0.1);
    // Not ordered: no gamma or tau-b rows.
    expect(rows.some((cells) => cells[1] === b.gamma || cells[1] === b.tauB)).toBe(false);
  });

  it('two Likert items (trust by q1): gamma and tau-b with their ASE, z and p as R, in Kazakh', async () => {
    const words = wordsIn('kk');
    const b = words.breakdown;
    const stats = crosstab(survey.trust, survey.categorical('q1', 5));
    const { gamma, tauB } = ordinalAssociation(statisticsTable(stats));
    const table: CrosstabTable = {
      ...stats,
      gamma,
      tauB,
      row: 'trust',
      rowLabel: 'Сенім',
      rows: levels(stats.rows, 't'),
      cols: levels(stats.cols, 'q'),
    };
    const rows = await sheetRows((book) => writeCrosstabSheet(book, 'Түйіндес кестелер', { by: 'q1', byLabel: 'q1' }, [table], words));
    for (const [name, expected] of [
      [b.gamma, association.trustByQ1.gamma],
      [b.tauB, association.trustByQ1.tauB],
    ] as const) {
      const row = testRow(rows, name);
      expect([row[3], row[5], row[7]]).toEqual([b.ase, 'z', b.p]);
      for (const [cell, key] of [
        [2, 'value'],
        [4, 'ase'],
        [6, 'z'],
        [8, 'p'],
      ] as const)
        expectRelative(row[cell] as number, expected[key]);
    }
    // Larger than 2×2: no Yates, Fisher or odds ratio.
    expect(rows.some((cells) => [b.yates, b.fisherExact, b.oddsRatio].includes(cells[1] as string))).toBe(false);
  });
});

describe('the means sheet with post-hoc comparisons', () => {
  it("lists Tukey HSD and Games–Howell per pair of regions as R's TukeyHSD, in Russian", async () => {
    const words = wordsIn('ru');
    const b = words.breakdown;
    const result = meansByGroup(survey.column('tolerance'), survey.region);
    const groups = result.groups.map((group, code) => ({ ...group, group: String(code + 1), label: `Регион ${code + 1}` }));
    const pairs = (comparisons: typeof result.tukey) =>
      comparisons!.map((pair) => ({ ...pair, first: String(pair.first + 1), second: String(pair.second + 1) }));
    const table: MeansTable = {
      groups,
      total: result.total,
      anova: result.anova && { ...result.anova, ...result.effectSizes! },
      welch: result.welch,
      levene: result.levene,
      kruskalWallis: result.kruskalWallis,
      tukey: pairs(result.tukey),
      gamesHowell: pairs(result.gamesHowell),
    };
    const rows = await sheetRows((book) =>
      writeMeansSheet(
        book,
        'Средние',
        { by: 'region', byLabel: 'Регион' },
        [{ variable: 'tolerance', label: 'Толерантность', result: table }],
        words,
      ),
    );

    for (const [title, expected] of [
      [b.tukey, means.toleranceByRegion.tukey],
      [b.gamesHowell, means.toleranceByRegion.gamesHowell],
    ] as const) {
      const start = rows.findIndex((cells) => cells[0] === title);
      expect(start, title).toBeGreaterThan(0);
      expect(rows[start + 1].slice(0, 5)).toEqual([b.pair, b.difference, b.ciLow, b.ciHigh, b.adjustedP]);
      expected.forEach((pair: { first: number; second: number; diff: number; lwr: number; upr: number; p: number }, index: number) => {
        const row = rows[start + 2 + index];
        // R names the row "second-first" and diff = mean(second) − mean(first).
        expect(row[0]).toBe(`Регион ${pair.second} − Регион ${pair.first}`);
        for (const [cell, key] of [
          [1, 'diff'],
          [2, 'lwr'],
          [3, 'upr'],
          [4, 'p'],
        ] as const)
          expectRelative(row[cell] as number, pair[key]);
      });
    }
  });

  it('has no pairwise tables when the report did not ask for them', async () => {
    const words = wordsIn('en');
    const result = meansByGroup(survey.column('tolerance'), survey.region, undefined, { postHoc: false });
    expect(result.tukey).toBeNull();
    const table: MeansTable = {
      groups: result.groups.map((group, code) => ({ ...group, group: String(code + 1), label: '' })),
      total: result.total,
      anova: null,
      welch: null,
      levene: null,
      kruskalWallis: null,
      tukey: null,
      gamesHowell: null,
    };
    const rows = await sheetRows((book) =>
      writeMeansSheet(book, 'Means', { by: 'region', byLabel: '' }, [{ variable: 'tolerance', label: 'T', result: table }], words),
    );
    expect(rows.some((cells) => cells[0] === words.breakdown.tukey || cells[0] === words.breakdown.gamesHowell)).toBe(false);
  });
});
