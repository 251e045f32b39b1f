/**
 * Frequency tables as PSPP FREQUENCIES prints them: count, percent of all cases, percent of valid cases and
 * cumulative percent of valid cases, weighted or not; and the multiple-response table of a select_multiple question.
 */
import { normalQuantile } from './distributions';
import { caseWeightsFor, codeOutOfRange, requireLength } from './variables';
import type { CaseWeights, CategoricalVariable } from './variables';

export interface FrequencyRow {
  /** The choice's code (0..levels-1). Every level has a row, also when no case chose it. */
  code: number;
  count: number;
  /** Percent of all cases, missing ones included. */
  percent: number;
  /** Percent of the cases with a valid answer. */
  validPercent: number;
  /** Valid percent of this and all earlier codes. */
  cumulativePercent: number;
}

export interface FrequencyTable {
  /** Cases (sum of weights when weighted) that count at all: a case with an excluded weight does not. */
  n: number;
  valid: number;
  missing: number;
  missingPercent: number;
  rows: FrequencyRow[];
}

export function frequencies(variable: CategoricalVariable, weights?: CaseWeights): FrequencyTable {
  const { codes, levels } = variable;
  const caseWeights = caseWeightsFor(codes.length, weights);
  const counts = new Float64Array(levels);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const weight = caseWeights[i];
    if (code < 0) missing += weight;
    else if (code < levels) counts[code] += weight;
    else throw codeOutOfRange(code, levels, 'a frequency table');
  }
  let valid = 0;
  for (const count of counts) valid += count;
  const n = valid + missing;
  let cumulative = 0;
  const rows = Array.from(counts, (count, code) => {
    cumulative += count;
    return {
      code,
      count,
      percent: (100 * count) / n,
      validPercent: (100 * count) / valid,
      cumulativePercent: (100 * cumulative) / valid,
    };
  });
  return { n, valid, missing, missingPercent: (100 * missing) / n, rows };
}

/**
 * Wilson's score interval of the proportion count/n, as R's prop.test(count, n, correct = FALSE)$conf.int: unlike the
 * Wald interval it stays inside [0, 1] and keeps its coverage for shares near 0 or 1 and for small n.
 */
export function wilsonInterval(count: number, n: number, level = 0.95): [number, number] | null {
  if (!(n > 0) || count < 0 || count > n) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const share = count / n;
  const shrink = 1 + (z * z) / n;
  const centre = (share + (z * z) / (2 * n)) / shrink;
  const half = (z / shrink) * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n));
  // R sets the bound at an edge to exactly 0 or 1, where the formula leaves a rounding residue.
  return [count === 0 ? 0 : centre - half, count === n ? 1 : centre + half];
}

/**
 * The answers to a select_multiple question, in either layout the loader finds convenient:
 * - `indicators`: one column per option, 1 where the case chose the option (0 or NOT_VALID otherwise);
 * - `bitmask`: one number per case whose bit j is set when the case chose option j (at most 32 options).
 */
export type MultipleResponseAnswers =
  | { readonly kind: 'indicators'; readonly columns: readonly (Int32Array | Uint8Array)[] }
  | { readonly kind: 'bitmask'; readonly masks: Int32Array | Uint32Array; readonly options: number };

export interface MultipleResponseRow {
  option: number;
  count: number;
  /** Percent of all choices made (sums to 100). */
  percentOfResponses: number;
  /** Percent of respondents who chose the option (sums to more than 100 when people choose several). */
  percentOfRespondents: number;
}

export interface MultipleResponseTable {
  /** Cases that count at all (sum of weights when weighted). */
  n: number;
  /** Cases that chose at least one option, the base of percentOfRespondents (as SPSS MULT RESPONSE counts them). */
  respondents: number;
  /** All choices made, the base of percentOfResponses. */
  responses: number;
  rows: MultipleResponseRow[];
}

export function multipleResponseFrequencies(answers: MultipleResponseAnswers, weights?: CaseWeights): MultipleResponseTable {
  const { counts, respondents, n } =
    answers.kind === 'bitmask'
      ? countBitmaskChoices(answers.masks, answers.options, weights)
      : countIndicatorChoices(answers.columns, weights);
  let responses = 0;
  for (const count of counts) responses += count;
  const rows = Array.from(counts, (count, option) => ({
    option,
    count,
    percentOfResponses: (100 * count) / responses,
    percentOfRespondents: (100 * count) / respondents,
  }));
  return { n, respondents, responses, rows };
}

interface ChoiceCounts {
  counts: Float64Array;
  respondents: number;
  n: number;
}

function countBitmaskChoices(masks: Int32Array | Uint32Array, options: number, weights?: CaseWeights): ChoiceCounts {
  if (options > 32) throw new Error(`A bitmask holds at most 32 options, not ${options}.`);
  const caseWeights = caseWeightsFor(masks.length, weights);
  const counts = new Float64Array(options);
  let respondents = 0;
  let n = 0;
  for (let i = 0; i < masks.length; i++) {
    const weight = caseWeights[i];
    const mask = masks[i];
    n += weight;
    if (mask === 0) continue;
    respondents += weight;
    for (let option = 0; option < options; option++) if ((mask >>> option) & 1) counts[option] += weight;
  }
  return { counts, respondents, n };
}

function countIndicatorChoices(columns: readonly (Int32Array | Uint8Array)[], weights?: CaseWeights): ChoiceCounts {
  const caseCount = columns.length ? columns[0].length : (weights?.length ?? 0);
  const caseWeights = caseWeightsFor(caseCount, weights);
  const choseAny = new Uint8Array(caseCount);
  const counts = new Float64Array(columns.length);
  columns.forEach((column, option) => {
    requireLength(column.length, caseCount, `option ${option + 1} of a select_multiple question`);
    let count = 0;
    for (let i = 0; i < caseCount; i++) {
      if (column[i] !== 1) continue;
      count += caseWeights[i];
      choseAny[i] = 1;
    }
    counts[option] = count;
  });
  let respondents = 0;
  let n = 0;
  for (let i = 0; i < caseCount; i++) {
    n += caseWeights[i];
    if (choseAny[i]) respondents += caseWeights[i];
  }
  return { counts, respondents, n };
}
