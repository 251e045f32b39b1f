import { describe, expect, it } from 'vitest';
import { breakdown, countCrosstab, crosstab, crosstabStatistics, fisherExact2x2 } from '../../../src/analysis/stats';
import type { Crosstab } from '../../../src/analysis/stats';
import { expectAllRelative, expectAsPrinted, expectRelative, loadSurvey, psppCell, psppTable, rReference } from './references';

const survey = loadSurvey();
const reference = rReference('crosstab');

/** Compares every number R gave for a table; R's matrices are rows × cols with null where undefined. */
function expectSameAsR(table: Crosstab, expected: any): void {
  expectRelative(table.n, expected.n);
  for (const key of ['counts', 'rowPercent', 'colPercent', 'totalPercent', 'expected', 'adjustedResiduals'] as const) {
    table[key].forEach((row, r) => expectAllRelative(row, expected[key][r]));
  }
  expectRelative(table.chiSquare!, expected.chiSquare);
  expect(table.df).toBe(expected.df);
  expectRelative(table.p!, expected.p);
  expectRelative(table.cramersV!, expected.cramersV);
  expect(table.smallExpected.cells).toBe(expected.smallExpectedCells);
  expectRelative(table.smallExpected.percent, (100 * expected.smallExpectedCells) / expected.statisticCells);
}

describe('crosstab of a Likert item by region', () => {
  it('matches R on trust × region, leaving the empty Aktobe column out of the statistics as PSPP does', () => {
    const table = crosstab(survey.trust, survey.region);
    // Aktobe (region 5) has respondents, but none with a valid trust answer: its column is empty.
    expect(table.colTotals[4]).toBe(0);
    expect(table.statisticCols).toEqual([0, 1, 2, 3]);
    expectSameAsR(table, reference.trustByRegion);
    expect(table.fisherP).toBeNull();
    expect(table.missing).toBe(survey.caseCount - table.n);
  });

  it("prints as PSPP CROSSTABS prints it, df and Cramér's V counting only the populated columns", () => {
    const table = crosstab(survey.trust, survey.region);
    const tests = psppTable('crosstab', 'Chi-Square Tests', 0);
    expectAsPrinted(table.chiSquare!, psppCell(tests, ['Pearson Chi-Square'], 'Value'));
    expectAsPrinted(table.df!, psppCell(tests, ['Pearson Chi-Square'], 'df'));
    expectAsPrinted(table.p!, psppCell(tests, ['Pearson Chi-Square'], 'Asymptotic Sig. (2-tailed)'));
    expectAsPrinted(
      table.cramersV!,
      psppCell(psppTable('crosstab', 'Symmetric Measures', 0), ['Nominal by Nominal', "Cramer's V"], 'Value'),
    );
    const cells = psppTable('crosstab', 'trust × region', 0);
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 4; c++) {
        const labels = ['trust', String(r + 1)];
        expectAsPrinted(table.expected[r][c], psppCell(cells, [...labels, 'Expected'], 3 + c));
        expectAsPrinted(table.adjustedResiduals[r][c], psppCell(cells, [...labels, 'Adjusted Residual'], 3 + c));
        expectAsPrinted(table.rowPercent[r][c], psppCell(cells, [...labels, 'Row %'], 3 + c));
      }
      // PSPP, like us, has no adjusted residual for the empty column.
      expect(psppCell(cells, ['trust', String(r + 1), 'Adjusted Residual'], 7)).toBe('NaN');
      expect(table.adjustedResiduals[r][4]).toBeNaN();
    }
  });

  it('warns when more than 20% of the expected counts are under 5', () => {
    const table = crosstab(survey.trust, survey.region);
    // 19 of the 20 populated cells (R's expected counts) are under 5.
    expect(table.smallExpected).toEqual({ cells: 19, percent: 95, warning: true });
    expect(crosstab(survey.contact, survey.gender).smallExpected.warning).toBe(false);
  });
});

describe('weighted crosstabs', () => {
  it('uses non-integer weights as they are (PSPP CROSSTABS default /COUNT=ASIS) and drops zero, negative and blank weights', () => {
    const table = crosstab(survey.trust, survey.region, survey.weight);
    expectSameAsR(table, reference.trustByRegionWeighted);

    const cells = psppTable('crosstab', 'trust × region', 1);
    expectAsPrinted(table.counts[2][0], psppCell(cells, ['trust', '3', 'Count'], 3));
    expectAsPrinted(table.counts[4][1], psppCell(cells, ['trust', '5', 'Count'], 4));
    const tests = psppTable('crosstab', 'Chi-Square Tests', 2);
    expectAsPrinted(table.chiSquare!, psppCell(tests, ['Pearson Chi-Square'], 'Value'));
    expectAsPrinted(table.p!, psppCell(tests, ['Pearson Chi-Square'], 'Asymptotic Sig. (2-tailed)'));
    expectAsPrinted(table.n, psppCell(tests, ['N of Valid Cases'], 'Value'));
  });

  it('gives with whole-number weights what R gives for the data with each case repeated', () => {
    expectSameAsR(crosstab(survey.trust, survey.region, survey.freq), reference.trustByRegionFreqWeighted);
  });
});

describe("2×2 tables and Fisher's exact test", () => {
  it('matches R for contact with other ethnic groups × gender, Fisher two-sided as fisher.test', () => {
    const table = crosstab(survey.contact, survey.gender);
    expectSameAsR(table, reference.contactByGender);
    expectRelative(table.fisherP!, reference.contactByGender.fisherP);
  });

  it('matches fisher.test on tables with ties, zeros, extremes and a million respondents', () => {
    for (const { name, a, b, c, d, p } of reference.fisher) {
      expect(name).toBeTruthy();
      expectRelative(fisherExact2x2(a, b, c, d), p);
    }
  });

  it('tests a table whose populated part is 2×2 as 2×2, as PSPP does', () => {
    // The contact × gender counts inside a 3×3 layout whose third row and column are empty.
    const counts = countCrosstab(survey.contact, survey.gender);
    const padded = Float64Array.from([counts.counts[0], counts.counts[1], 0, counts.counts[2], counts.counts[3], 0, 0, 0, 0]);
    const table = crosstabStatistics({ rows: 3, cols: 3, counts: padded, missing: 0 });
    expect(table.df).toBe(1);
    expectRelative(table.chiSquare!, reference.contactByGender.chiSquare);
    expectRelative(table.fisherP!, reference.contactByGender.fisherP);
  });
});

describe('breakdown of several items by region in one call', () => {
  it('gives for each item exactly the crosstab of that item', () => {
    const items = [survey.trust, survey.contact, survey.gender];
    const tables = breakdown(items, survey.region, survey.weight);
    tables.forEach((table, index) => expect(table).toEqual(crosstab(items[index], survey.region, survey.weight)));
    expectRelative(tables[0].chiSquare!, reference.trustByRegionWeighted.chiSquare);
  });

  it("refuses a code beyond the variable's choices rather than counting it in a wrong cell", () => {
    const broken = { codes: Int32Array.of(0, 7), levels: 5 };
    expect(() => crosstab(broken, { codes: Int32Array.of(0, 1), levels: 2 })).toThrow(/code 7/);
  });
});
