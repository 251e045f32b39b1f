import { describe, expect, it } from 'vitest';
import { crosstab, ordinalAssociation, statisticsTable } from '../../../src/analysis/stats';
import type { OrdinalAssociation } from '../../../src/analysis/stats';
import { expectAsPrinted, expectRelative, loadSurvey, psppCell, psppTable, rReference } from './references';

// crosstab.R writes crosstab-association.r.json; crosstab.sps has PSPP print the same statistics.
const survey = loadSurvey();
const reference = rReference('crosstab-association');
const q1 = survey.categorical('q1', 5);

function expectOrdinalAsR(actual: OrdinalAssociation | null, expected: any): void {
  expect(actual).not.toBeNull();
  for (const key of ['value', 'ase', 'z', 'p'] as const) expectRelative(actual![key], expected[key]);
}

describe('likelihood-ratio χ²', () => {
  it('equals 2 Σ O ln(O/E) over the populated cells, as R computes it and PSPP prints it', () => {
    const table = crosstab(survey.trust, survey.region);
    for (const key of ['chiSquare', 'df', 'p'] as const) expectRelative(table.likelihoodRatio![key], reference.trustByRegion[key]);
    const printed = psppTable('crosstab', 'Chi-Square Tests', 0);
    expectAsPrinted(table.likelihoodRatio!.chiSquare, psppCell(printed, ['Likelihood Ratio'], 'Value'));
    expectAsPrinted(table.likelihoodRatio!.p, psppCell(printed, ['Likelihood Ratio'], 'Asymptotic Sig. (2-tailed)'));
  });

  it('takes non-integer weights as they are (PSPP /COUNT=ASIS)', () => {
    const table = crosstab(survey.trust, survey.region, survey.weight);
    expectRelative(table.likelihoodRatio!.chiSquare, reference.trustByRegionWeighted.chiSquare);
    expectRelative(table.likelihoodRatio!.p, reference.trustByRegionWeighted.p);
  });
});

describe('a 2×2 table: contact with other ethnic groups by gender', () => {
  const table = crosstab(survey.contact, survey.gender);
  const expected = reference.contactByGender;

  it("has Yates' corrected χ² as R's chisq.test(correct = TRUE) and PSPP's \"Continuity Correction\"", () => {
    expectRelative(table.yates!.chiSquare, expected.yates.chiSquare);
    expectRelative(table.yates!.p, expected.yates.p);
    const printed = psppTable('crosstab', 'Chi-Square Tests', 1);
    expectAsPrinted(table.yates!.chiSquare, psppCell(printed, ['Continuity Correction'], 'Value'));
    expectAsPrinted(table.likelihoodRatio!.chiSquare, psppCell(printed, ['Likelihood Ratio'], 'Value'));
  });

  it("has the odds ratio with Woolf's 95% interval, weighted or not", () => {
    for (const key of ['estimate', 'lwr', 'upr'] as const) expectRelative(table.oddsRatio![key], expected.oddsRatio[key]);
    const weighted = crosstab(survey.contact, survey.gender, survey.weight);
    for (const key of ['estimate', 'lwr', 'upr'] as const)
      expectRelative(weighted.oddsRatio![key], reference.contactByGenderWeighted.oddsRatio[key]);
  });

  it('leaves them out of larger tables', () => {
    const larger = crosstab(survey.trust, survey.region);
    expect([larger.yates, larger.oddsRatio]).toEqual([null, null]);
  });
});

describe('two Likert items: trust by q1', () => {
  const table = crosstab(survey.trust, q1);

  it("gives gamma and Kendall's tau-b with ASE1, the approximate T (ASE0) and its p", () => {
    const { gamma, tauB } = ordinalAssociation(statisticsTable(table));
    expectOrdinalAsR(gamma, reference.trustByQ1.gamma);
    expectOrdinalAsR(tauB, reference.trustByQ1.tauB);
    // R's own Kendall correlation on the answers is tau-b.
    expectRelative(tauB!.value, reference.trustByQ1.kendallTauB);
  });

  it('prints as PSPP CROSSTABS /STATISTICS=GAMMA BTAU', () => {
    const { gamma, tauB } = ordinalAssociation(statisticsTable(table));
    const printed = psppTable('crosstab', 'Symmetric Measures', 3);
    for (const [name, measure] of [
      ["Kendall's tau-b", tauB],
      ['Gamma', gamma],
    ] as const) {
      expectAsPrinted(measure!.value, psppCell(printed, ['Ordinal by Ordinal', name], 'Value'));
      expectAsPrinted(measure!.ase, psppCell(printed, ['Ordinal by Ordinal', name], 'Asymp. Std. Error'));
      expectAsPrinted(measure!.z, psppCell(printed, ['Ordinal by Ordinal', name], 'Approx. T'));
    }
  });

  it('with whole-number weights equals R on the data with each case repeated', () => {
    const { gamma, tauB } = ordinalAssociation(statisticsTable(crosstab(survey.trust, q1, survey.freq)));
    expectOrdinalAsR(gamma, reference.trustByQ1FreqWeighted.gamma);
    expectOrdinalAsR(tauB, reference.trustByQ1FreqWeighted.tauB);
  });
});
