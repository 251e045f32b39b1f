/**
 * The numbers `kelisim analyze` prints are R's and PSPP's. A researcher imports the reference questionnaire and the
 * 60 respondents of tests/fixtures/analysis/survey.csv through `kelisim responses import`, runs every analysis with
 * --json, and gets the reference numbers R computed from the same CSV (tests/fixtures/analysis/*.R), to 1e-6 relative.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { importableSurveyCsv, surveyFormSheets } from '../../fixtures/analysis/survey-form';
import { expectAllRelative, expectRelative, fixtureText, rReference } from '../../unit/analysis/references';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeAll(async () => {
  temp = tempFolder();
  db = temp.file('reference.db');
  const workbook = temp.file('reference-survey.xlsx');
  fs.writeFileSync(workbook, await buildWorkbook(surveyFormSheets));
  const data = temp.file('survey.csv');
  fs.writeFileSync(data, importableSurveyCsv());
  expect((await kelisim('form', 'import', '--db', db, workbook)).code).toBe(0);
  const imported = await kelisim('responses', 'import', '--db', db, '--form', 'reference_survey', data, '--json');
  expect(imported.stderr).toBe('');
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 60, skipped: 0, errors: [] });
});
afterAll(() => temp.cleanup());

async function analyze<T = any>(...args: string[]): Promise<T> {
  const run = await kelisim('analyze', ...args, '--db', db, '--form', 'reference_survey', '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

const references = {
  frequencies: rReference('frequencies'),
  crosstab: rReference('crosstab'),
  means: rReference('means'),
  reliability: rReference('reliability'),
  distance: rReference('distance'),
  weights: rReference('weights'),
  association: rReference('crosstab-association'),
  correlation: rReference('correlation'),
};

/** A crosstab as the CLI prints it against R's describe_table (null in R: undefined, e.g. an empty column). */
function expectCrosstabAsR(table: any, expected: any): void {
  expectRelative(table.n, expected.n);
  for (const key of ['counts', 'rowPercent', 'colPercent', 'totalPercent', 'expected', 'adjustedResiduals'] as const) {
    table[key].forEach((row: (number | null)[], r: number) =>
      row.forEach((value, c) => {
        const reference = expected[key][r][c];
        if (reference === null) expect(value, `${key}[${r}][${c}]`).toBeNull();
        else expectRelative(value!, reference);
      }),
    );
  }
  expectRelative(table.chiSquare, expected.chiSquare);
  expect(table.df).toBe(expected.df);
  expectRelative(table.p, expected.p);
  expectRelative(table.cramersV, expected.cramersV);
  expect(table.smallExpected.cells).toBe(expected.smallExpectedCells);
}

describe('kelisim analyze frequencies on the imported reference survey', () => {
  it('counts trust with the refusals (code 9) and blanks as missing rows, as R does', async () => {
    const result = await analyze('frequencies', '--var', 'trust');
    const expected = references.frequencies.trust;
    expect([result.n, result.valid, result.missing]).toEqual([expected.n, expected.valid, expected.missing]);
    const valid = result.rows.filter((row: any) => !row.missing);
    expect(valid.map((row: any) => row.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(valid.map((row: any) => row.label)).toEqual(['None at all', 'Little', 'Some', 'Much', 'Complete']);
    expectAllRelative(
      valid.map((row: any) => row.count),
      expected.count,
    );
    expectAllRelative(
      valid.map((row: any) => row.percent),
      expected.percent,
    );
    expectAllRelative(
      valid.map((row: any) => row.validPercent),
      expected.validPercent,
    );
    expectAllRelative(
      valid.map((row: any) => row.cumulativePercent),
      expected.cumulativePercent,
    );
    valid.forEach((row: any, code: number) => expectAllRelative(row.wilson, expected.wilson[code]));
    // The missing rows: the refusal code and the blanks, counted from survey.csv by hand (trust = 9 and trust empty).
    const trust = csvColumn('trust');
    expect(result.rows.filter((row: any) => row.missing).map((row: any) => [row.value, row.label, row.count, row.validPercent])).toEqual([
      ['9', 'Refused', trust.filter((value) => value === '9').length, null],
      ['', '(no answer)', trust.filter((value) => value === '').length, null],
    ]);
  });

  it('weights by the survey weight with PSPP semantics (blank, zero and negative weights drop the case)', async () => {
    const result = await analyze('frequencies', '--var', 'trust', '--weight', 'weight');
    const expected = references.frequencies.trustWeighted;
    expectRelative(result.n, expected.n);
    expectRelative(result.valid, expected.valid);
    expectRelative(result.missing, expected.missing);
    const valid = result.rows.filter((row: any) => !row.missing);
    expectAllRelative(
      valid.map((row: any) => row.count),
      expected.count,
    );
    expectAllRelative(
      valid.map((row: any) => row.validPercent),
      expected.validPercent,
    );
    expectAllRelative(
      valid.map((row: any) => row.cumulativePercent),
      expected.cumulativePercent,
    );
    // Kish's effective n and design effect over the analysed cases, and the margin of error of 50%.
    const weights = references.weights;
    expect(result.weighting.cases).toBe(weights.all.cases);
    expectRelative(result.weighting.sumOfWeights, weights.all.sumOfWeights);
    expectRelative(result.weighting.effectiveN, weights.all.effectiveN);
    expectRelative(result.weighting.designEffect, weights.all.designEffect);
    expectRelative(result.weighting.marginOfError, weights.halfMarginOfError);
    // Each valid percent's margin of error uses Kish's n of the respondents who answered trust (R: trustAnswered):
    // 100 · z · sqrt(p (1 − p) / n_eff), z = qnorm(0.975).
    const z = 1.959963984540054;
    valid.forEach((row: any, index: number) => {
      const share = references.frequencies.trustWeighted.validPercent[index] / 100;
      expectRelative(row.marginOfError, 100 * z * Math.sqrt((share * (1 - share)) / weights.trustAnswered.effectiveN));
    });
  });

  it('gives percent of respondents and of responses for the select_multiple media question, weighted or not', async () => {
    for (const [args, expected] of [
      [[], references.frequencies.media],
      [['--weight', 'weight'], references.frequencies.mediaWeighted],
    ] as const) {
      const result = await analyze('frequencies', '--var', 'media', ...args);
      expectRelative(result.n, expected.n);
      expectRelative(result.respondents, expected.respondents);
      expectRelative(result.responses, expected.responses);
      const options = result.rows.filter((row: any) => !row.missing);
      expect(options.map((row: any) => row.value)).toEqual(['tv', 'internet', 'radio', 'press']);
      expectAllRelative(
        options.map((row: any) => row.count),
        expected.count,
      );
      expectAllRelative(
        options.map((row: any) => row.percentOfResponses),
        expected.percentOfResponses,
      );
      expectAllRelative(
        options.map((row: any) => row.percentOfRespondents),
        expected.percentOfRespondents,
      );
    }
  });

  it("counts age, which has more than 20 values, in the bins R's hist() gives", async () => {
    const result = await analyze('frequencies', '--var', 'age');
    const expected = references.frequencies.ageBins;
    expect(result.breaks).toEqual(expected.breaks);
    expect(result.valid).toBe(expected.valid);
    expect(result.rows.filter((row: any) => !row.missing).map((row: any) => row.count)).toEqual(expected.count);
  });
});

describe('kelisim analyze crosstab', () => {
  it("gives R's numbers for trust × region, leaving the empty Aktobe column out of the statistics", async () => {
    const table = await analyze('crosstab', '--row', 'trust', '--col', 'region');
    expect(table.cols.map((col: any) => col.label)).toEqual(['Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe']);
    expectCrosstabAsR(table, references.crosstab.trustByRegion);
    expect(table.fisherP).toBeNull();
    expect(table.smallExpected.warning).toBe(true);
    expect(table.warnings.join(' ')).toMatch(/expected count under 5/);
  });

  it('weights by the survey weight (non-integer, as PSPP /COUNT=ASIS) and by whole-number frequency weights', async () => {
    expectCrosstabAsR(
      await analyze('crosstab', '--row', 'trust', '--col', 'region', '--weight', 'weight'),
      references.crosstab.trustByRegionWeighted,
    );
    expectCrosstabAsR(
      await analyze('crosstab', '--row', 'trust', '--col', 'region', '--weight', 'freq'),
      references.crosstab.trustByRegionFreqWeighted,
    );
  });

  it("adds Fisher's exact test, two-sided as R's fisher.test, to a 2×2 table", async () => {
    const table = await analyze('crosstab', '--row', 'contact', '--col', 'gender');
    expectCrosstabAsR(table, references.crosstab.contactByGender);
    expectRelative(table.fisherP, references.crosstab.contactByGender.fisherP);
  });

  it('adds the likelihood-ratio χ² to every table, Yates and the odds ratio to a 2×2 table', async () => {
    const trust = await analyze('crosstab', '--row', 'trust', '--col', 'region');
    for (const key of ['chiSquare', 'df', 'p']) expectRelative(trust.likelihoodRatio[key], references.association.trustByRegion[key]);
    expect([trust.yates, trust.oddsRatio, trust.gamma, trust.tauB]).toEqual([null, null, null, null]);
    const contact = await analyze('crosstab', '--row', 'contact', '--col', 'gender');
    for (const key of ['chiSquare', 'p']) expectRelative(contact.yates[key], references.association.contactByGender.yates[key]);
    for (const key of ['estimate', 'lwr', 'upr'])
      expectRelative(contact.oddsRatio[key], references.association.contactByGender.oddsRatio[key]);
  });

  it('gives gamma and tau-b for two scale items by itself, and for items declared ordered with --ordinal', async () => {
    const scaleItems = await analyze('crosstab', '--row', 'q1', '--col', 'q2');
    expectRelative(scaleItems.tauB.value, references.association.q1ByQ2KendallTauB);
    // trust is in no scale, and its numeric codes alone do not make it ordered (region's codes are numbers too).
    expect((await analyze('crosstab', '--row', 'trust', '--col', 'q1')).tauB).toBeNull();
    const result = await analyze('crosstab', '--row', 'trust', '--col', 'q1', '--ordinal');
    for (const measure of ['gamma', 'tauB'] as const) {
      for (const key of ['value', 'ase', 'z', 'p']) expectRelative(result[measure][key], references.association.trustByQ1[measure][key]);
    }
  });

  it('gives in a breakdown by region the same table for each item as the crosstab', async () => {
    const result = await analyze('breakdown', '--by', 'region', '--weight', 'weight');
    expect(result.items.map((item: any) => item.row)).toEqual([
      'trust',
      'gender',
      'contact',
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'dist_russian',
      'dist_uzbek',
      'dist_chinese',
    ]);
    expectCrosstabAsR(result.items[0], references.crosstab.trustByRegionWeighted);
    const single = await analyze('crosstab', '--row', 'q4', '--col', 'region', '--weight', 'weight');
    const { weighting: _weighting, ...withoutWeighting } = single;
    expect(result.items[6]).toEqual(withoutWeighting);
  });
});

describe('kelisim analyze means', () => {
  function expectMeansAsR(result: any, expected: any): void {
    result.groups.forEach((group: any, index: number) => {
      expect(group.group).toBe(String(index + 1));
      for (const key of Object.keys(expected.groups[index + 1])) expectRelative(group[key], expected.groups[index + 1][key]);
    });
    for (const key of Object.keys(expected.total)) expectRelative(result.total[key], expected.total[key]);
    for (const test of ['anova', 'welch', 'levene'] as const) {
      if (!expected[test]) continue;
      for (const key of ['F', 'df1', 'df2', 'p']) expectRelative(result[test][key], expected[test][key]);
    }
    if (expected.kruskalWallis) for (const key of ['H', 'df', 'p']) expectRelative(result.kruskalWallis[key], expected.kruskalWallis[key]);
    if (expected.effectSizes)
      for (const key of ['etaSquared', 'omegaSquared']) expectRelative(result.anova[key], expected.effectSizes[key]);
    for (const method of ['tukey', 'gamesHowell'] as const) {
      if (!expected[method]) continue;
      expect(result[method].map((pair: any) => [pair.first, pair.second])).toEqual(
        expected[method].map((pair: any) => [String(pair.first), String(pair.second)]),
      );
      result[method].forEach((pair: any, index: number) => {
        for (const key of ['diff', 'lwr', 'upr', 'p']) expectRelative(pair[key], expected[method][index][key]);
      });
    }
  }

  it("gives R's group descriptives, ANOVA, Welch, Levene (mean-centred) and Kruskal–Wallis for tolerance by region", async () => {
    expectMeansAsR(await analyze('means', '--var', 'tolerance', '--by', 'region'), references.means.toleranceByRegion);
  });

  it('adds η², ω², Tukey HSD (R\'s TukeyHSD) and Games–Howell pairs, "second − first" with adjusted p and 95% CI', async () => {
    const result = await analyze('means', '--var', 'tolerance', '--by', 'region');
    expect(result.tukey).toHaveLength(10);
    expectMeansAsR(result, references.means.toleranceByRegion);
  });

  it('with whole-number weights equals R on the repeated cases; with the survey weight uses Σw − 1 as PSPP', async () => {
    expectMeansAsR(
      await analyze('means', '--var', 'tolerance', '--by', 'region', '--weight', 'freq'),
      references.means.toleranceByRegionFreqWeighted,
    );
    expectMeansAsR(
      await analyze('means', '--var', 'tolerance', '--by', 'region', '--weight', 'weight'),
      references.means.toleranceByRegionWeighted,
    );
  });

  it("ranks a Likert item with ties for Kruskal–Wallis as R's kruskal.test", async () => {
    const result = await analyze('means', '--var', 'trust', '--by', 'region');
    for (const key of ['H', 'df', 'p']) expectRelative(result.kruskalWallis[key], references.means.trustByRegionKruskalWallis[key]);
  });

  it('takes a scale name as the variable: the mean of the answered items after reverse-coding q3', async () => {
    const region = csvColumn('region');
    for (const [args, scores] of [
      [[], references.reliability.scores],
      [['--min-items', '1'], references.reliability.scoresAtLeastOne],
    ] as const) {
      const result = await analyze('means', '--var', 'tol', '--by', 'region', ...args);
      // R's per-respondent scores (reliability.R), averaged by region here.
      result.groups.forEach((group: any) => {
        const mine = (scores as (number | null)[]).filter((score, i) => score !== null && region[i] === group.group) as number[];
        expect(group.n).toBe(mine.length);
        expectRelative(group.mean, mine.reduce((sum, score) => sum + score, 0) / mine.length);
      });
    }
  });
});

describe('kelisim analyze correlate', () => {
  it("gives R's Pearson and Spearman matrices with n and p per pair, unweighted and with whole-number weights", async () => {
    const vars = references.correlation.variables.join(',');
    for (const [args, expected] of [
      [[], references.correlation.unweighted],
      [['--weight', 'freq'], references.correlation.freqWeighted],
    ] as const) {
      const result = await analyze('correlate', '--vars', vars, ...args);
      expect(result.variables.map((variable: any) => variable.name)).toEqual(references.correlation.variables);
      for (const method of ['pearson', 'spearman'] as const) {
        result[method].r.forEach((row: number[], i: number) =>
          row.forEach((r, j) => {
            expectRelative(r, expected[method].r[i][j]);
            expect(result[method].n[i][j]).toBe(expected[method].n[i][j]);
            if (i === j) expect(result[method].p[i][j]).toBeNull();
            else expectRelative(result[method].p[i][j], expected[method].p[i][j]);
          }),
        );
      }
    }
  });
});

describe('kelisim analyze reliability', () => {
  function expectReliabilityAsR(result: any, expected: any): void {
    expectRelative(result.n, expected.n);
    expectRelative(result.alpha, expected.alpha);
    expect(result.items.map((item: any) => item.item)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(result.items.map((item: any) => item.reversed)).toEqual([false, false, true, false, false]);
    for (const key of ['alphaIfDeleted', 'correctedItemTotal', 'scaleMeanIfDeleted', 'scaleVarianceIfDeleted']) {
      expectAllRelative(
        result.items.map((item: any) => item[key]),
        expected[key],
      );
    }
  }

  it("gives psych::alpha's numbers for the scale named in the form, q3 reverse-coded", async () => {
    expectReliabilityAsR(await analyze('reliability', '--scale', 'tol'), references.reliability.tolerance);
  });

  it("gives the same for the items listed, and R's numbers on repeated cases with whole-number weights", async () => {
    expectReliabilityAsR(await analyze('reliability', '--items', 'q1,q2,q3,q4,q5'), references.reliability.tolerance);
    expectReliabilityAsR(await analyze('reliability', '--scale', 'tol', '--weight', 'freq'), references.reliability.toleranceFreqWeighted);
  });
});

describe('kelisim analyze distance', () => {
  it('gives the mean step and the share accepting each step per target, overall and by region, weighted or not', async () => {
    for (const [args, expected] of [
      [[], references.distance.unweighted],
      [['--weight', 'weight'], references.distance.weighted],
    ] as const) {
      const result = await analyze('distance', '--by', 'region', ...args);
      expect(result.targets.map((target: any) => target.target)).toEqual(['dist_russian', 'dist_uzbek', 'dist_chinese']);
      expect(result.steps[0]).toEqual({ value: '1', label: 'By marriage' });
      for (const target of result.targets) {
        const reference = (expected as any)[target.target];
        expectRelative(target.n, reference.all.n);
        expectRelative(target.meanDistance, reference.all.meanDistance);
        expectAllRelative(target.acceptingPercent, reference.all.acceptingPercent);
        target.groups.forEach((group: any, g: number) => {
          expectRelative(group.n, reference.byGroup[g].n);
          expectRelative(group.meanDistance, reference.byGroup[g].meanDistance);
          expectAllRelative(group.acceptingPercent, reference.byGroup[g].acceptingPercent);
        });
      }
    }
  });
});

describe('subsets', () => {
  it('counts only the respondents the filter expression keeps (checked by hand against survey.csv)', async () => {
    const gender = csvColumn('gender');
    const age = csvColumn('age');
    const trust = csvColumn('trust');
    const kept = gender.map((g, i) => g === '2' && age[i] !== '' && Number(age[i]) >= 30);
    const result = await analyze('frequencies', '--var', 'trust', '--filter', "${gender} = '2' and ${age} >= 30");
    expect(result.n).toBe(kept.filter(Boolean).length);
    for (const row of result.rows.filter((r: any) => !r.missing)) {
      expect(row.count).toBe(trust.filter((t, i) => kept[i] && t === row.value).length);
    }
  });
});

describe('readable tables without --json', () => {
  async function text(...args: string[]): Promise<string> {
    const run = await kelisim('analyze', ...args, '--db', db, '--form', 'reference_survey');
    expect(run.code).toBe(0);
    return run.stdout;
  }

  it('prints the same numbers, rounded as a report shows them', async () => {
    expect(await text('frequencies', '--var', 'trust')).toMatch(/^1\s+None at all\s+3\s+5\.0\s+5\.8\s+5\.8\s+2\.0 – 15\.6$/m);
    expect(await text('crosstab', '--row', 'trust', '--col', 'region')).toMatch(
      /Pearson chi-square 13\.938, df 12, p 0\.305; Cramér's V 0\.305/,
    );
    const means = await text('means', '--var', 'tolerance', '--by', 'region');
    expect(means).toMatch(/One-way ANOVA: F\(4, 51\) = 2\.425, p 0\.060/);
    expect(means).toMatch(/Tukey HSD \(equal variances\)/);
    expect(await text('crosstab', '--row', 'trust', '--col', 'q1', '--ordinal')).toMatch(
      /Kendall's tau-b -0\.091 \(asymptotic SE 0\.101\), approx\. T -0\.91/,
    );
    expect(await text('correlate', '--vars', 'tolerance,age')).toMatch(/Pearson's r\n[^]*tolerance\s+1\.000\s+-0\.0/);
    expect(await text('reliability', '--scale', 'tol')).toMatch(/Cronbach's alpha 0\.790 \(5 items, n 53 answering all\)/);
    expect(await text('distance', '--by', 'region')).toMatch(/^Russians\s+57\s+2\.04\s+43\.9/m);
    expect(await text('breakdown', '--by', 'region', '--items', 'trust,contact')).toMatch(/Breakdown of 2 items by region/);
  });
});

describe('bad input: a clear sentence on stderr and exit code 2', () => {
  async function refused(...args: string[]): Promise<string> {
    const run = await kelisim('analyze', ...args, '--db', db, '--json');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    return run.stderr;
  }

  it('refuses a correlation of fewer than two variables, or of a variable that is not a number, naming it', async () => {
    expect(await refused('correlate', '--form', 'reference_survey', '--vars', 'tolerance,tolerance')).toMatch(
      /at least two different variables, but 1 were given/,
    );
    expect(await refused('correlate', '--form', 'reference_survey', '--vars', 'tolerance,media')).toMatch(/"media" is not a number/);
  });

  it('names an unknown variable and suggests close names', async () => {
    expect(await refused('frequencies', '--form', 'reference_survey', '--var', 'trsut')).toMatch(
      /no question or scale named "trsut" \(did you mean trust\?\)/,
    );
    expect(await refused('crosstab', '--form', 'reference_survey', '--row', 'trust', '--col', 'oblast')).toMatch(/"oblast"/);
    expect(await refused('frequencies', '--form', 'no_such_form', '--var', 'trust')).toMatch(/no form "no_such_form"/);
  });

  it('refuses a number with more than 20 values as a crosstab axis, saying how many it has', async () => {
    const ages = new Set(csvColumn('age').filter((age) => age !== '')).size;
    expect(ages).toBeGreaterThan(20);
    expect(await refused('crosstab', '--form', 'reference_survey', '--row', 'trust', '--col', 'age')).toMatch(
      new RegExp(`"age" has ${ages} different values.*at most 20`),
    );
  });

  it('says where a filter stops making sense', async () => {
    expect(
      await refused('frequencies', '--form', 'reference_survey', '--var', 'trust', '--filter', '(${age} >= 30 and ${gender} = 1'),
    ).toMatch(/filter cannot be read: unexpected end of expression at character 32 of "\(\$\{age\} >= 30/);
    expect(await refused('frequencies', '--form', 'reference_survey', '--var', 'trust', '--filter', '${agee} > 3')).toMatch(
      /\$\{agee\}.*not a question/,
    );
  });

  it('says so when no case is left to analyse', async () => {
    expect(await refused('frequencies', '--form', 'reference_survey', '--var', 'trust', '--filter', '${age} > 200')).toMatch(
      /none of the 60 responses .* matches the selection/,
    );
    expect(
      await refused('means', '--form', 'reference_survey', '--var', 'tolerance', '--by', 'region', '--filter', "${tolerance} = ''"),
    ).toMatch(/none of the \d+ analysed responses has both a value of "tolerance"/);
    expect(await refused('frequencies', '--form', 'reference_survey', '--var', 'trust', '--status', 'draft')).toMatch(/status draft/);
  });

  it('refuses to average what is not a number and to cross a select_multiple', async () => {
    expect(await refused('means', '--form', 'reference_survey', '--var', 'media', '--by', 'region')).toMatch(/no mean/);
    expect(await refused('crosstab', '--form', 'reference_survey', '--row', 'media', '--col', 'region')).toMatch(/select_multiple/);
  });
});

function csvColumn(name: string): string[] {
  const [header, ...lines] = fixtureText('survey.csv').trim().split('\n');
  const index = header
    .split(',')
    .map((cell) => cell.replaceAll('"', ''))
    .indexOf(name);
  return lines.map((line) => line.split(',')[index]);
}
