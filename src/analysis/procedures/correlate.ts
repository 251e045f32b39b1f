/**
 * Correlation matrices of chosen numbers, Likert items and scale scores: Pearson and Spearman, each pair over the
 * responses that answered both (pairwise deletion), with n and two-sided p as R's cor.test gives them.
 */
import { codedError } from '../../common/errors';
import { pearsonMatrix, spearmanMatrix } from '../stats';
import type { CorrelationMatrix } from '../stats';
import type { Dataset } from '../dataset';
import { matrixOrNull } from '../present';
import type { CorrelationMatrixResult, CorrelationResult } from '../results';

/** A matrix of 30 × 30 is already more than a screen or a table can show; beyond it the request is refused. */
export const MAX_CORRELATED_VARIABLES = 30;

/** The names asked for, each once, checked before any data is read. */
export function correlatedVariables(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  if (unique.length < 2) throw codedError('bad-input', 'analysis-stats.correlate-too-few', { count: unique.length });
  if (unique.length > MAX_CORRELATED_VARIABLES) {
    throw codedError('bad-input', 'analysis-stats.correlate-too-many', { count: unique.length, limit: MAX_CORRELATED_VARIABLES });
  }
  return unique;
}

export function correlationTable(dataset: Dataset, names: readonly string[]): CorrelationResult {
  for (const name of names) {
    if (!dataset.hasNumbers(name)) throw codedError('bad-input', 'analysis-stats.correlate-not-numeric', { variable: name });
  }
  const values = names.map((name) => dataset.numeric(name));
  const result: CorrelationResult = {
    variables: names.map((name) => ({ name, label: dataset.variable(name).label })),
    pearson: present(pearsonMatrix(values, dataset.weights)),
    spearman: present(spearmanMatrix(values, dataset.weights)),
  };
  return dataset.weighting ? { ...result, weighting: dataset.weighting } : result;
}

function present(matrix: CorrelationMatrix): CorrelationMatrixResult {
  return { r: matrixOrNull(matrix.r), n: matrix.n, p: matrixOrNull(matrix.p) };
}
