import { describe, expect, it } from 'vitest';
import { binNumeric, frequencies, multipleResponseFrequencies, numericFrequencies, wilsonInterval } from '../../../src/analysis/stats';
import {
  expectAllRelative,
  expectAsPrinted,
  expectPrintedRow,
  expectRelative,
  loadSurvey,
  psppCell,
  psppTable,
  rReference,
} from './references';

const survey = loadSurvey();
const reference = rReference('frequencies');

describe('frequencies of a Likert item', () => {
  it('counts "trust" with refusals (code 9) and blanks as missing, as R and PSPP FREQUENCIES do', () => {
    const table = frequencies(survey.trust);
    const expected = reference.trust;
    expect([table.n, table.valid, table.missing]).toEqual([expected.n, expected.valid, expected.missing]);
    expectAllRelative(
      table.rows.map((row) => row.count),
      expected.count,
    );
    expectAllRelative(
      table.rows.map((row) => row.percent),
      expected.percent,
    );
    expectAllRelative(
      table.rows.map((row) => row.validPercent),
      expected.validPercent,
    );
    expectAllRelative(
      table.rows.map((row) => row.cumulativePercent),
      expected.cumulativePercent,
    );

    const pspp = psppTable('frequencies', 'trust', 0);
    table.rows.forEach((row, code) =>
      expectPrintedRow(pspp, ['Valid', String(code + 1)], {
        Frequency: row.count,
        Percent: row.percent,
        'Valid Percent': row.validPercent,
        'Cumulative Percent': row.cumulativePercent,
      }),
    );
  });

  it('weights cases by the non-integer survey weight and leaves out zero, negative and blank weights', () => {
    const table = frequencies(survey.trust, survey.weight);
    const expected = reference.trustWeighted;
    expectRelative(table.n, expected.n);
    expectRelative(table.valid, expected.valid);
    expectRelative(table.missing, expected.missing);
    expectAllRelative(
      table.rows.map((row) => row.count),
      expected.count,
    );
    expectAllRelative(
      table.rows.map((row) => row.percent),
      expected.percent,
    );
    expectAllRelative(
      table.rows.map((row) => row.cumulativePercent),
      expected.cumulativePercent,
    );

    const pspp = psppTable('frequencies', 'trust', 1);
    expectAsPrinted(table.n, psppCell(pspp, ['Total'], 'Frequency'));
    table.rows.forEach((row, code) =>
      expectPrintedRow(pspp, ['Valid', String(code + 1)], { Frequency: row.count, 'Valid Percent': row.validPercent }),
    );
  });
});

describe('multiple response: media used for news (select_multiple)', () => {
  const options = ['media_tv', 'media_internet', 'media_radio', 'media_press'];

  it('gives percent of respondents and of responses, from 0/1 columns or from a bitmask alike', () => {
    const columns = options.map(survey.indicator);
    const masks = Int32Array.from({ length: survey.caseCount }, (_, i) =>
      columns.reduce((mask, column, option) => mask | (column[i] << option), 0),
    );
    const expected = reference.media;
    for (const table of [
      multipleResponseFrequencies({ kind: 'indicators', columns }),
      multipleResponseFrequencies({ kind: 'bitmask', masks, options: options.length }),
    ]) {
      expect([table.n, table.respondents, table.responses]).toEqual([expected.n, expected.respondents, expected.responses]);
      expectAllRelative(
        table.rows.map((row) => row.count),
        expected.count,
      );
      expectAllRelative(
        table.rows.map((row) => row.percentOfResponses),
        expected.percentOfResponses,
      );
      expectAllRelative(
        table.rows.map((row) => row.percentOfRespondents),
        expected.percentOfRespondents,
      );
    }
  });

  it('weights respondents and responses', () => {
    const table = multipleResponseFrequencies({ kind: 'indicators', columns: options.map(survey.indicator) }, survey.weight);
    const expected = reference.mediaWeighted;
    expectRelative(table.respondents, expected.respondents);
    expectRelative(table.responses, expected.responses);
    expectAllRelative(
      table.rows.map((row) => row.percentOfRespondents),
      expected.percentOfRespondents,
    );
  });
});

describe('numeric variables in bins', () => {
  it('bins age into nice whole-number bins and counts them as R hist(right = FALSE) does', () => {
    // Hand calculation: 58 valid ages from 18 to 64; Sturges: ceil(log2 58) + 1 = 7 bins; (64 − 18) / 7 = 6.57,
    // the next nice width for whole numbers is 10; starting at floor(18 / 10) · 10 = 10 gives 10, 20, ..., 70.
    const { breaks, table } = numericFrequencies(survey.column('age'));
    expect(breaks).toEqual(reference.ageBins.breaks);
    expect(table.rows.map((row) => row.count)).toEqual(reference.ageBins.count);
    expect(table.valid).toBe(reference.ageBins.valid);
  });

  it('puts a value lying on a break into the bin that starts there, even when the division rounds below it', () => {
    // 0.3 / 0.1 = 2.9999999999999996 in floating point; the value belongs to [0.3, 0.4).
    const { breaks, variable } = binNumeric(Float64Array.of(0, 0.1, 0.3, 0.55, 0.7), { bins: 7 });
    expect(breaks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(Array.from(variable.codes)).toEqual([0, 1, 3, 5, 6]);
  });
});

describe('Wilson intervals of the valid shares', () => {
  it("equal R's prop.test(correct = FALSE) for every answer to trust", () => {
    const table = frequencies(survey.trust);
    table.rows.forEach((row, code) => {
      const interval = wilsonInterval(row.count, table.valid)!;
      expectAllRelative(interval, reference.trust.wilson[code]);
    });
  });

  it('stay inside [0, 1] at the edges, where the Wald interval would not', () => {
    expect(wilsonInterval(0, 10)![0]).toBe(0);
    expect(wilsonInterval(10, 10)![1]).toBe(1);
    expect(wilsonInterval(1, 0)).toBeNull();
  });
});
