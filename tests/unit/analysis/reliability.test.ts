import { describe, expect, it } from 'vitest';
import { reliability, scaleScores } from '../../../src/analysis/stats';
import type { ScaleItem } from '../../../src/analysis/stats';
import { expectAllRelative, expectAsPrinted, expectPrintedRow, expectRelative, loadSurvey, psppTable, rReference } from './references';

const survey = loadSurvey();
const reference = rReference('reliability');
/** The 5-item tolerance scale; q3 ("people of other nationalities should live apart") is worded the other way. */
const items: ScaleItem[] = ['q1', 'q2', 'q3', 'q4', 'q5'].map((name) => ({
  values: survey.column(name),
  ...(name === 'q3' ? { reverse: { min: 1, max: 5 } } : {}),
}));

describe('reliability of the tolerance scale', () => {
  it('matches psych::alpha on the respondents who answered every item (raw_alpha, alpha.drop, r.drop)', () => {
    const result = reliability(items);
    const expected = reference.tolerance;
    expect(result.n).toBe(expected.n);
    expectRelative(result.alpha, expected.alpha);
    expectAllRelative(
      result.items.map((item) => item.alphaIfDeleted),
      expected.alphaIfDeleted,
    );
    expectAllRelative(
      result.items.map((item) => item.correctedItemTotal),
      expected.correctedItemTotal,
    );
    expectAllRelative(
      result.items.map((item) => item.scaleMeanIfDeleted),
      expected.scaleMeanIfDeleted,
    );
    expectAllRelative(
      result.items.map((item) => item.scaleVarianceIfDeleted),
      expected.scaleVarianceIfDeleted,
    );
  });

  it('prints as PSPP RELIABILITY /SUMMARY=TOTAL prints it', () => {
    const result = reliability(items);
    // The table is one heading row ("Cronbach's Alpha", "N of Items") and one row of numbers.
    expectAsPrinted(result.alpha, psppTable('reliability', 'Reliability Statistics', 0).rows[1][0]);
    const totals = psppTable('reliability', 'Item-Total Statistics', 0);
    ['q1', 'q2', 'q3r', 'q4', 'q5'].forEach((name, index) =>
      expectPrintedRow(totals, [name], {
        'Scale Mean if Item Deleted': result.items[index].scaleMeanIfDeleted,
        'Scale Variance if Item Deleted': result.items[index].scaleVarianceIfDeleted,
        'Corrected Item-Total Correlation': result.items[index].correctedItemTotal,
        "Cronbach's Alpha if Item Deleted": result.items[index].alphaIfDeleted,
      }),
    );
  });

  it('treats whole-number weights as repeated respondents, as psych::alpha on the repeated data', () => {
    // PSPP 1.6.2's RELIABILITY ignores WEIGHT (its weighted run in reliability.sps prints the unweighted table),
    // so the weighted reference is R on the repeated cases.
    const result = reliability(items, survey.freq);
    const expected = reference.toleranceFreqWeighted;
    expectRelative(result.n, expected.n);
    expectRelative(result.alpha, expected.alpha);
    expectAllRelative(
      result.items.map((item) => item.alphaIfDeleted),
      expected.alphaIfDeleted,
    );
    expectAllRelative(
      result.items.map((item) => item.correctedItemTotal),
      expected.correctedItemTotal,
    );
    expectAllRelative(
      result.items.map((item) => item.scaleVarianceIfDeleted),
      expected.scaleVarianceIfDeleted,
    );
  });
});

describe('scale scores per respondent', () => {
  it('averages the answered items after reversing q3, when at least 4 of 5 are answered (the default)', () => {
    expectAllRelative(Array.from(scaleScores(items)), reference.scores);
  });

  it('lets the lead accept fewer answered items', () => {
    expectAllRelative(Array.from(scaleScores(items, { minimumValidItems: 1 })), reference.scoresAtLeastOne);
  });

  it('refuses a minimum the scale cannot meet, in words a researcher understands', () => {
    expect(() => scaleScores(items, { minimumValidItems: 6 })).toThrow(
      'A scale of 5 items needs between 1 and 5 answered items for a score, not 6.',
    );
  });
});
