/**
 * Bogardus social distance. For each target group (Russians, Uzbeks, ...) a respondent names the closest relation
 * they would accept, on steps 1–7: 1 = as a family member by marriage (closest), ..., 7 = would exclude them from the
 * country. The step chosen is the respondent's distance; a lower mean means a closer group. Accepting a relation
 * implies accepting every more distant one, so the share accepting step s is the share who chose a step ≤ s — it grows
 * with s and is 100% at step 7 by construction.
 */
import { codedError, codedProblem } from '../../common/errors';
import type { Problem } from '../../common/errors';
import { caseWeightsFor, codeOutOfRange, requireLength } from './variables';
import type { CaseWeights, CategoricalVariable, NumericVariable } from './variables';

export const DISTANCE_STEPS = 7;

export interface DistanceTarget {
  /** The target group's question name, for messages. */
  readonly name: string;
  /** Per respondent the step 1..7 chosen, NaN when not answered. */
  readonly steps: NumericVariable;
}

export interface DistanceSummary {
  /** Respondents (sum of weights) who answered. */
  n: number;
  meanDistance: number;
  /** acceptingPercent[s − 1]: percent of respondents who chose a step ≤ s. */
  acceptingPercent: number[];
}

export interface DistanceResult {
  target: string;
  all: DistanceSummary;
  /** One summary per level of the respondents' grouping variable (e.g. region), when one is given. */
  byGroup: DistanceSummary[];
}

export function socialDistance(targets: readonly DistanceTarget[], by?: CategoricalVariable, weights?: CaseWeights): DistanceResult[] {
  const problems = targets.flatMap(findInvalidSteps);
  if (problems.length) throw codedError('bad-input', 'analysis-distance-steps', {}, problems);
  return targets.map((target) => {
    const caseCount = target.steps.length;
    if (by) requireLength(by.codes.length, caseCount, "the respondents' groups");
    const caseWeights = caseWeightsFor(caseCount, weights);
    const groupCount = by?.levels ?? 0;
    // Row g holds the weighted count of each step in group g; the last row holds everyone.
    const stepCounts = Array.from({ length: groupCount + 1 }, () => new Float64Array(DISTANCE_STEPS));
    for (let i = 0; i < caseCount; i++) {
      const step = target.steps[i];
      if (Number.isNaN(step)) continue;
      stepCounts[groupCount][step - 1] += caseWeights[i];
      const group = by ? by.codes[i] : -1;
      if (group >= groupCount) throw codeOutOfRange(group, groupCount, "the respondents' groups");
      if (group >= 0) stepCounts[group][step - 1] += caseWeights[i];
    }
    const summaries = stepCounts.map(summarize);
    return { target: target.name, all: summaries[groupCount], byGroup: summaries.slice(0, groupCount) };
  });
}

function summarize(counts: Float64Array): DistanceSummary {
  let n = 0;
  let stepTotal = 0;
  counts.forEach((count, index) => {
    n += count;
    stepTotal += count * (index + 1);
  });
  let cumulative = 0;
  const acceptingPercent = Array.from(counts, (count) => (100 * (cumulative += count)) / n);
  return { n, meanDistance: stepTotal / n, acceptingPercent };
}

function findInvalidSteps(target: DistanceTarget): Problem[] {
  let invalid = 0;
  let example = NaN;
  for (const step of target.steps) {
    if (Number.isNaN(step) || (Number.isInteger(step) && step >= 1 && step <= DISTANCE_STEPS)) continue;
    if (invalid++ === 0) example = step;
  }
  return invalid ? [codedProblem('analysis-distance-invalid-step', { count: invalid, example }, { field: target.name })] : [];
}
