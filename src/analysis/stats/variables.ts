/**
 * The columnar inputs of the statistics engine. The loader turns answers into one typed array per variable;
 * every function here reads those arrays and nothing else (no database, no form model, no Node).
 */

/** The code of a case that has no valid answer: blank, or a missing-value code such as "refused". */
export const NOT_VALID = -1;

/** A categorical variable: per case a code 0..levels-1 (the choice's position), or NOT_VALID (any negative code). */
export interface CategoricalVariable {
  readonly codes: Int32Array;
  /** The number of choices; codes run from 0 to levels-1, and a level may have no cases. */
  readonly levels: number;
}

/** A numeric variable: per case a number, NaN when missing. */
export type NumericVariable = Float64Array;

/**
 * Frequency weights, one per case, with PSPP's semantics: non-integer weights count as they are; a weight that is
 * zero, negative, NaN or infinite excludes the case from everything, including the case counts.
 */
export type CaseWeights = Float64Array;

/** PSPP's rule for one weight: a weight that is not a positive finite number counts as 0. */
export function usableWeight(weight: number): number {
  return weight > 0 && weight < Infinity ? weight : 0;
}

/**
 * The weight of every case after PSPP's rule, so that loops need no special case for unweighted data
 * (all weights 1) or for excluded cases (weight 0).
 */
export function caseWeightsFor(caseCount: number, weights?: CaseWeights): Float64Array {
  if (!weights) return new Float64Array(caseCount).fill(1);
  requireLength(weights.length, caseCount, 'the weights');
  const usable = new Float64Array(caseCount);
  for (let i = 0; i < caseCount; i++) usable[i] = usableWeight(weights[i]);
  return usable;
}

/** The loader and the engine disagree about the data: a programming error, not the researcher's. */
export function requireLength(actual: number, expected: number, what: string): void {
  if (actual !== expected) {
    throw new Error(`Statistics were given ${actual} values for ${what} but ${expected} cases.`);
  }
}

export function codeOutOfRange(code: number, levels: number, what: string): Error {
  return new Error(`Statistics were given the code ${code} for ${what}, which has only ${levels} choices.`);
}
