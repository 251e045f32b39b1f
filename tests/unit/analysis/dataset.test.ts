/**
 * The dataset layer: which responses an analysis reads (status, version, interviewer, dates, a filter in the form's
 * own language), how the variables of every form version line up, weights with PSPP's rules and scale scores.
 * Expected numbers are counted by hand from the responses written in each test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition, SurveyRow } from '../../../src/form';
import { storedFields } from '../../../src/form';
import { openDatabase, type Db } from '../../../src/store/database';
import { ensureForm, insertFormVersion } from '../../../src/store/forms';
import { insertResponse } from '../../../src/store/responses';
import { uuidv7 } from '../../../src/common/ids';
import { analyzeFrequencies, analyzeMeans, analyzeReliability, listVariables } from '../../../src/analysis';
import { buildCatalog } from '../../../src/analysis/catalog';
import { applyFilter, parseFilter } from '../../../src/analysis/filter';

const en = (text: string) => ({ en: text });
const choices = (entries: [string, string][]) => entries.map(([name, label]) => ({ name, label: en(label) }));
const agree = [
  ...choices([
    ['1', 'Disagree'],
    ['2', 'Rather disagree'],
    ['3', 'Neither'],
    ['4', 'Rather agree'],
    ['5', 'Agree'],
  ]),
  { name: '9', label: en('Refused'), missing: true },
];

function form(version: string, survey: SurveyRow[], regionLabels: [string, string][]): FormDefinition {
  return {
    formId: 'study',
    title: 'Study',
    version,
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    survey,
    choiceLists: [
      { name: 'region', choices: choices(regionLabels) },
      { name: 'agree', choices: agree },
    ],
  };
}
const item = (name: string, extra: Partial<SurveyRow> = {}): SurveyRow => ({
  type: 'select_one',
  name,
  listName: 'agree',
  label: en(name),
  scale: 'tol',
  ...extra,
});

// Version 2 renamed the regions' labels, dropped trust and added income.
const v1 = form(
  '1',
  [
    { type: 'select_one', name: 'region', listName: 'region', label: en('Region') },
    { type: 'select_one', name: 'trust', listName: 'agree', label: en('Trust') },
    item('tol_1'),
    item('tol_2', { reverse: true }),
    item('tol_3'),
    { type: 'integer', name: 'age', label: en('Age') },
    { type: 'decimal', name: 'w', label: en('Weight') },
  ],
  [
    ['abai', 'Abai'],
    ['almaty', 'Almaty'],
  ],
);
const v2 = form(
  '2',
  [
    { type: 'select_one', name: 'region', listName: 'region', label: en('Region of residence') },
    { type: 'integer', name: 'age', label: en('Age') },
    item('tol_1'),
    item('tol_2', { reverse: true }),
    item('tol_3'),
    { type: 'decimal', name: 'income', label: en('Income') },
    { type: 'decimal', name: 'w', label: en('Weight') },
  ],
  [
    ['abai', 'Abai Region'],
    ['almaty', 'Almaty Region'],
  ],
);

let db: Db;
const DAY = 86_400_000;
const SEPT_1 = new Date(2026, 8, 1, 10).getTime();

interface Respondent {
  version: 1 | 2;
  answers: Record<string, string>;
  status?: 'final' | 'draft';
  interviewer?: string;
  day?: number;
}

// Eight respondents; the comment after each says what the tests count.
const respondents: Respondent[] = [
  {
    version: 1,
    answers: { region: 'abai', trust: '4', tol_1: '5', tol_2: '1', tol_3: '4', age: '34', w: '1.5' },
    interviewer: 'Айгүл',
    day: 0,
  },
  {
    version: 1,
    answers: { region: 'abai', trust: '9', tol_1: '4', tol_2: '2', tol_3: '4', age: '51', w: '0' },
    interviewer: 'Болат',
    day: 1,
  },
  { version: 1, answers: { region: 'almaty', trust: '2', tol_1: '2', tol_2: '4', age: '27', w: '-1' }, interviewer: 'Айгүл', day: 2 },
  { version: 1, answers: { region: 'almaty', trust: '2', tol_1: '3', tol_2: '3', tol_3: '3', age: '45' }, interviewer: 'Болат', day: 3 },
  {
    version: 2,
    answers: { region: 'abai', age: '62', tol_1: '5', tol_2: '2', tol_3: '5', income: '250', w: '2' },
    interviewer: 'Айгүл',
    day: 4,
  },
  { version: 2, answers: { region: 'almaty', age: '38', tol_1: '1', tol_3: '9', income: '180', w: '1' }, interviewer: 'Болат', day: 5 },
  { version: 2, answers: { region: 'almaty', age: '29', tol_1: '4', tol_2: '2', tol_3: '4', w: '0.5' }, interviewer: 'Айгүл', day: 6 },
  { version: 2, answers: { region: 'abai', age: '44', tol_1: '3' }, status: 'draft', interviewer: 'Айгүл', day: 6 },
];

beforeEach(() => {
  db = openDatabase(':memory:');
  ensureForm(db, 'study', 'Study');
  const ids = [v1, v2].map((definition) =>
    insertFormVersion(db, {
      formId: 'study',
      version: definition.version,
      definition: JSON.stringify(definition),
      fields: storedFields(definition),
      contentHash: definition.version,
      publishedAt: 1,
    }),
  );
  for (const r of respondents) {
    const definition = r.version === 1 ? v1 : v2;
    insertResponse(
      db,
      {
        uuid: uuidv7(),
        formVersionId: ids[r.version - 1],
        status: r.status ?? 'final',
        interviewer: r.interviewer ?? '',
        deviceId: 'dev-1',
        startedAt: SEPT_1 + (r.day ?? 0) * DAY,
      },
      storedFields(definition),
      r.answers,
    );
  }
});
afterEach(() => db.close());

const count = (rows: { value: string; count: number }[], value: string) => rows.find((row) => row.value === value)?.count;

describe('variables across form versions', () => {
  it('describes each variable by the latest version that has it, scales included', () => {
    const variables = listVariables(db, 'study');
    expect(variables.map((v) => v.name)).toEqual(['region', 'age', 'tol_1', 'tol_2', 'tol_3', 'income', 'w', 'trust', 'tol']);
    expect(variables[0].levels).toEqual([
      { value: 'abai', label: 'Abai Region' },
      { value: 'almaty', label: 'Almaty Region' },
    ]);
    expect(variables.find((v) => v.name === 'trust')).toMatchObject({
      kind: 'single',
      numeric: true,
      categorical: true,
      missingCodes: [{ value: '9', label: 'Refused' }],
    });
    expect(variables.find((v) => v.name === 'tol')).toMatchObject({ kind: 'scale', numeric: true, items: ['tol_1', 'tol_2', 'tol_3'] });
    expect(variables.find((v) => v.name === 'tol_2')).toMatchObject({ scale: 'tol', reverse: true });
  });

  it('counts a field a version lacks as no answer there', () => {
    const trust = analyzeFrequencies(db, { formId: 'study', variable: 'trust' });
    // 7 final responses: trust 4, 9 (refused), 2, 2 from version 1; version 2 has no trust question.
    expect([trust.n, trust.valid, trust.missing]).toEqual([7, 3, 4]);
    expect(trust.rows.filter((row) => row.missing).map((row) => [row.value, row.count])).toEqual([
      ['9', 1],
      ['', 3],
    ]);
    expect(count(trust.rows, '2')).toBe(2);
  });
});

describe('which responses are analysed', () => {
  const regionCounts = (options: object) => {
    const table = analyzeFrequencies(db, { formId: 'study', variable: 'region', ...options });
    return [count(table.rows, 'abai'), count(table.rows, 'almaty')];
  };

  it('reads finalized responses by default, drafts or all on request', () => {
    expect(regionCounts({})).toEqual([3, 4]);
    expect(regionCounts({ status: 'draft' })).toEqual([1, 0]);
    expect(regionCounts({ status: 'all' })).toEqual([4, 4]);
  });

  it('selects by form version, interviewer and interview date', () => {
    expect(regionCounts({ versions: ['1'] })).toEqual([2, 2]);
    expect(regionCounts({ interviewers: ['Болат'] })).toEqual([1, 2]);
    // 3 to 6 September (local time), whole days: respondents 3, 4, 5 and 6 (days 2 to 5 after 1 September).
    expect(regionCounts({ from: '2026-09-03', to: '2026-09-06' })).toEqual([1, 3]);
  });

  it("keeps the responses a filter in the form's language is true for", () => {
    // age >= 40: respondents 2 (abai, 51), 4 (almaty, 45), 5 (abai, 62).
    expect(regionCounts({ filter: '${age} >= 40' })).toEqual([2, 1]);
    expect(regionCounts({ filter: "${region} = 'almaty' and ${tol_2} != ''" })).toEqual([0, 3]);
    // A field of one version only reads as blank in the other.
    expect(regionCounts({ filter: "${income} = ''" })).toEqual([2, 3]);
    // A scale name reads the respondent's score (worked out in the test below): 14/3, 4, 14/3 in Abai; 4 in Almaty.
    expect(regionCounts({ filter: '${tol} >= 4' })).toEqual([3, 1]);
  });

  it('refuses dates that are not dates and versions the form does not have', () => {
    expect(() => analyzeFrequencies(db, { formId: 'study', variable: 'region', from: '2026-02-30' })).toThrow(/not a calendar date/);
    expect(() => analyzeFrequencies(db, { formId: 'study', variable: 'region', versions: ['7'] })).toThrow(
      /no version 7 \(versions: 1, 2\)/,
    );
  });
});

describe('weights and scales', () => {
  it('drops zero, negative and blank weights, as PSPP does', () => {
    const region = analyzeFrequencies(db, { formId: 'study', variable: 'region', weight: 'w' });
    // abai: 1.5 + 0 (dropped) + 2 = 3.5; almaty: -1 and blank dropped, 1 + 0.5 = 1.5.
    expect([count(region.rows, 'abai'), count(region.rows, 'almaty')]).toEqual([3.5, 1.5]);
    expect(region.weighting).toMatchObject({ variable: 'w', cases: 4, sumOfWeights: 5 });
    // Kish: (Σw)² / Σw² = 25 / (2.25 + 4 + 1 + 0.25).
    expect(region.weighting!.effectiveN).toBeCloseTo(25 / 7.5, 12);
  });

  it('scores the scale as the mean of the answered items after reverse-coding, with at least all but one answered', () => {
    // tol_2 reversed as 6 − x; "9" (refused) is not an answer.
    // 1: (5 + 5 + 4)/3; 2: (4 + 4 + 4)/3; 3: (2 + 2)/2 (2 of 3 answered); 4: (3 + 3 + 3)/3;
    // 5: (5 + 4 + 5)/3; 6: only tol_1 answered → no score; 7: (4 + 4 + 4)/3.
    const means = analyzeMeans(db, { formId: 'study', variable: 'tol', by: 'region' });
    expect(means.groups.map((g) => [g.group, g.n])).toEqual([
      ['abai', 3],
      ['almaty', 3],
    ]);
    expect(means.groups[0].mean).toBeCloseTo((14 / 3 + 4 + 14 / 3) / 3, 12);
    expect(means.groups[1].mean).toBeCloseTo((2 + 3 + 4) / 3, 12);
    const strict = analyzeMeans(db, { formId: 'study', variable: 'tol', by: 'region', minimumValidItems: 3 });
    expect(strict.groups.map((g) => g.n)).toEqual([3, 2]);
  });

  it('computes reliability over the respondents who answered every item', () => {
    // Complete cases (reversed tol_2): [5,5,4], [4,4,4], [3,3,3], [5,4,5], [4,4,4].
    const result = analyzeReliability(db, { formId: 'study', scale: 'tol' });
    expect(result.n).toBe(5);
    const items = [
      [5, 4, 3, 5, 4],
      [5, 4, 3, 4, 4],
      [4, 4, 3, 5, 4],
    ];
    const variance = (x: number[]) => {
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      return x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1);
    };
    const totals = items[0].map((_, i) => items[0][i] + items[1][i] + items[2][i]);
    const alpha = (3 / 2) * (1 - items.map(variance).reduce((a, b) => a + b, 0) / variance(totals));
    expect(result.alpha).toBeCloseTo(alpha, 12);
    expect(result.items.map((i) => i.reversed)).toEqual([false, true, false]);
  });
});

describe('filters over a million responses', () => {
  const catalog = buildCatalog([v2]);
  const n = 1_000_000;
  let seed = 3;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const ages = Array.from({ length: 80 }, (_, i) => String(18 + i));
  const columns = new Map([
    ['age', { values: ages, codes: Int32Array.from({ length: n }, () => (random() < 0.02 ? -1 : Math.floor(random() * ages.length))) }],
    ['region', { values: ['abai', 'almaty'], codes: Int32Array.from({ length: n }, () => Math.floor(random() * 2)) }],
    ['tol_1', { values: ['1', '2', '3', '4', '5', '9'], codes: Int32Array.from({ length: n }, () => Math.floor(random() * 6)) }],
  ]);
  const byHand = (keep: (age: number, region: string, tol: string) => boolean) => {
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const age = columns.get('age')!.codes[i];
      if (
        keep(
          age < 0 ? NaN : Number(ages[age]),
          ['abai', 'almaty'][columns.get('region')!.codes[i]],
          columns.get('tol_1')!.values[columns.get('tol_1')!.codes[i]],
        )
      )
        kept++;
    }
    return kept;
  };
  const run = (text: string) => {
    const selected = new Uint8Array(n).fill(1);
    const start = performance.now();
    applyFilter(parseFilter(text, catalog), { catalog, columns, now: new Date() }, selected);
    return { kept: selected.reduce((sum, flag) => sum + flag, 0), ms: performance.now() - start };
  };

  it('evaluates each combination of answers once, so a million responses take a fraction of a second', () => {
    const filter = run("${age} >= 30 and ${region} = 'almaty' and ${tol_1} != '9'");
    expect(filter.kept).toBe(byHand((age, region, tol) => age >= 30 && region === 'almaty' && tol !== '9'));
    // Generous for a shared machine; a whole-row evaluation per response takes several seconds.
    expect(filter.ms).toBeLessThan(1500);
  });

  it('evaluates per response when the expression is not determined by the answers, with the same result', () => {
    expect(run('string-length(uuid()) = 36 and ${age} < 25').kept).toBe(byHand((age) => age < 25));
  });
});
