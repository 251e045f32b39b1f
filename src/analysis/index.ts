/**
 * Statistics over the responses of one form: frequencies, crosstabs, breakdowns, means, reliability and social
 * distance, for any subset of responses and with optional frequency weights. Each call loads the answer columns it
 * needs once (see dataset.ts) and hands typed arrays to the statistics engine (./stats).
 */
import type { Db } from '../store/database';
import { Dataset, formCatalog } from './dataset';
import { frequencyTable } from './procedures/frequencies';
import { breakdownItems, breakdownTables, crosstabTable } from './procedures/crosstab';
import { meansTable } from './procedures/means';
import { correlatedVariables, correlationTable } from './procedures/correlate';
import { reliabilityTable, scaleItemNames } from './procedures/reliability';
import { distanceItemNames, distanceTable } from './procedures/distance';
import type {
  AnalysisOptions, BreakdownResult, CorrelationResult, CrosstabResult, DistanceResult, FrequenciesResult, MeansResult, ReliabilityResult, VariableInfo,
} from './results';

export type * from './results';
export { MAX_AXIS_LEVELS } from './dataset';
export { DISTANCE_SCALE } from './procedures/distance';
export { MAX_CORRELATED_VARIABLES } from './procedures/correlate';

/** The variables of a form for pickers: questions in survey order, then scales. */
export function listVariables(db: Db, formId: string, language?: string): VariableInfo[] {
  return formCatalog(db, formId, language).entries.map(({ form: _form, row: _row, numericValues: _numbers, ...info }) => info);
}

export function analyzeFrequencies(db: Db, args: AnalysisOptions & { variable: string; bins?: number }): FrequenciesResult {
  const dataset = Dataset.load(db, { ...args, variables: [args.variable] });
  return frequencyTable(dataset, args.variable, { ...(args.bins !== undefined ? { bins: args.bins } : {}) });
}

export function analyzeCrosstab(db: Db, args: AnalysisOptions & { row: string; col: string; ordinal?: boolean }): CrosstabResult {
  const dataset = Dataset.load(db, { ...args, variables: [args.row, args.col] });
  return crosstabTable(dataset, args.row, args.col, args.ordinal ?? false);
}

/** Every select_one item (or the items named) crossed with `by`, each with its statistics. */
export function analyzeBreakdown(db: Db, args: AnalysisOptions & { by: string; items?: string[] }): BreakdownResult {
  const catalog = formCatalog(db, args.formId, args.language);
  const items = breakdownItems(catalog, args.by, args.items);
  const dataset = Dataset.load(db, { ...args, variables: [args.by, ...items] }, catalog);
  return breakdownTables(dataset, args.by, items);
}

export function analyzeMeans(db: Db, args: AnalysisOptions & { variable: string; by: string; postHoc?: boolean }): MeansResult {
  const dataset = Dataset.load(db, { ...args, variables: [args.variable, args.by] });
  return meansTable(dataset, args.variable, args.by, args.postHoc ?? true);
}

/** Pearson and Spearman matrices of two or more numbers, Likert items or scales. */
export function analyzeCorrelations(db: Db, args: AnalysisOptions & { variables: string[] }): CorrelationResult {
  const variables = correlatedVariables(args.variables);
  const dataset = Dataset.load(db, { ...args, variables });
  return correlationTable(dataset, variables);
}

export function analyzeReliability(db: Db, args: AnalysisOptions & { items?: string[]; scale?: string }): ReliabilityResult {
  const catalog = formCatalog(db, args.formId, args.language);
  const items = scaleItemNames(catalog, args.formId, args);
  const dataset = Dataset.load(db, { ...args, variables: items }, catalog);
  return reliabilityTable(dataset, items, args.items?.length ? undefined : args.scale);
}

export function analyzeDistance(db: Db, args: AnalysisOptions & { by?: string; items?: string[]; scale?: string }): DistanceResult {
  const catalog = formCatalog(db, args.formId, args.language);
  const items = distanceItemNames(catalog, args.items, args.scale);
  const dataset = Dataset.load(db, { ...args, variables: [...items, ...(args.by ? [args.by] : [])] }, catalog);
  return distanceTable(dataset, items, args.by);
}
