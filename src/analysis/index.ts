/**
 * Statistics over the responses of one form: frequencies, crosstabs, breakdowns, means, reliability and social
 * distance, for any subset of responses and with optional frequency weights. Each call loads the answer columns it
 * needs once (see dataset.ts) and hands typed arrays to the statistics engine (./stats).
 */
import type { Db } from '../store/database';
import { codedError } from '../common/errors';
import { getSetting, setSetting, deleteSetting } from '../store/settings';
import { Dataset, formCatalog, requireVariable, usesSampleDesign } from './dataset';
import { resolveDesign } from './design';
import { estimateTable, type EstimateRequest } from './procedures/estimate';
import { designProportions } from './stats';
import { frequencyTable } from './procedures/frequencies';
import { breakdownItems, breakdownTables, crosstabTable } from './procedures/crosstab';
import { meansTable } from './procedures/means';
import { correlatedVariables, correlationTable } from './procedures/correlate';
import { reliabilityTable, scaleItemNames } from './procedures/reliability';
import { distanceItemNames, distanceTable } from './procedures/distance';
import { regionMap, type RegionMapRequest } from './map';
import type {
  AnalysisOptions,
  BreakdownResult,
  CorrelationResult,
  CrosstabResult,
  DistanceResult,
  EstimateResult,
  FrequenciesResult,
  MeansResult,
  ReliabilityResult,
  DesignSummary,
  SampleDesignOptions,
  StoredDesign,
  VariableInfo,
  RegionMapResult,
} from './results';

export type * from './results';
export type { EstimateRequest } from './procedures/estimate';
export type { RegionMapRequest } from './map';
export { clearRegionMapping, confirmRegionMapping, readRegionMappingTable, regionMappingView } from './region-mapping';
export type { RegionMappingChoice, RegionMappingView } from './region-mapping';
export { MAX_AXIS_LEVELS } from './dataset';
export { DISTANCE_SCALE } from './procedures/distance';
export { MAX_CORRELATED_VARIABLES } from './procedures/correlate';

/** The variables of a form for pickers: questions in survey order, then scales. */
export function listVariables(db: Db, formId: string, language?: string): VariableInfo[] {
  return formCatalog(db, formId, language).entries.map(({ form: _form, row: _row, numericValues: _numbers, ...info }) => info);
}

export function analyzeFrequencies(db: Db, args: AnalysisOptions & { variable: string; bins?: number }): FrequenciesResult {
  refuseDesign(args, 'frequencies');
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
  refuseDesign(args, 'means');
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
  refuseDesign(args, 'reliability');
  const catalog = formCatalog(db, args.formId, args.language);
  const items = scaleItemNames(catalog, args.formId, args);
  const dataset = Dataset.load(db, { ...args, variables: items }, catalog);
  return reliabilityTable(dataset, items, args.items?.length ? undefined : args.scale);
}

export function analyzeDistance(db: Db, args: AnalysisOptions & { by?: string; items?: string[]; scale?: string }): DistanceResult {
  refuseDesign(args, 'distance');
  const catalog = formCatalog(db, args.formId, args.language);
  const items = distanceItemNames(catalog, args.items, args.scale);
  const dataset = Dataset.load(db, { ...args, variables: [...items, ...(args.by ? [args.by] : [])] }, catalog);
  return distanceTable(dataset, items, args.by);
}

/** One value per region of Kazakhstan (share agreeing, mean, social distance) for a breakdown by a region variable. */
export function analyzeRegionMap(db: Db, args: AnalysisOptions & RegionMapRequest): RegionMapResult {
  return regionMap(db, args, {
    crosstab: (options) => analyzeCrosstab(db, options),
    means: (options) => analyzeMeans(db, options),
    distance: (options) => analyzeDistance(db, options),
  });
}

/**
 * Design-based mean or shares of one variable, overall and by group. Always design-based: without strata, cluster
 * or fpc the sample is taken as simple random, and a weight is a sampling weight.
 */
export function analyzeEstimate(db: Db, args: AnalysisOptions & EstimateRequest): EstimateResult {
  const options = args.weight && !usesSampleDesign(args) ? { ...args, weightKind: 'sampling' as const } : args;
  const dataset = Dataset.load(db, { ...options, variables: [args.variable, ...(args.by ? [args.by] : [])] });
  return estimateTable(dataset, dataset.design ?? resolveDesign(dataset, options), args);
}

/**
 * The design the options declare, for the analysis screen's summary line: strata, PSUs, weights, df, and the mean
 * design effect of the shares of the form's select_one items (how much the design widens their variances), against
 * simple random sampling with replacement as R's deff = "replace".
 */
export function summarizeDesign(db: Db, args: AnalysisOptions): { design: DesignSummary; designEffect: number | null } {
  const catalog = formCatalog(db, args.formId, args.language);
  const options = args.weight && !usesSampleDesign(args) ? { ...args, weightKind: 'sampling' as const } : args;
  const items = catalog.entries
    .filter((entry) => entry.kind === 'single' && ![args.strata, args.cluster].includes(entry.name))
    .map((entry) => entry.name);
  const dataset = Dataset.load(db, { ...options, variables: items }, catalog);
  const design = dataset.design ?? resolveDesign(dataset, options);
  let total = 0;
  let count = 0;
  for (const item of items) {
    for (const { estimate: p, se, n } of designProportions(design.engine, dataset.axis(item).variable, null)[0]) {
      // Against simple random sampling with replacement (R's deff = "replace"), which stays defined for
      // unweighted data, where the without-replacement reference of deff = TRUE has no variance.
      if (p > 0 && p < 1 && n > 1) {
        total += (se * se * (n - 1)) / (p * (1 - p));
        count++;
      }
    }
  }
  return { design: design.summary, designEffect: count ? total / count : null };
}

/** Procedures whose statistics are not design-based refuse a design rather than print SRS numbers under its name. */
function refuseDesign(options: SampleDesignOptions, procedure: string): void {
  if (usesSampleDesign(options)) throw codedError('bad-input', 'design-not-supported', { procedure });
}

const designKey = (formId: string) => `analysis-design:${formId}`;

/** The design stored for a form (`kelisim design set`), or null. */
export function storedDesign(db: Db, formId: string): StoredDesign | null {
  formCatalog(db, formId);
  const text = getSetting(db, designKey(formId));
  return text ? (JSON.parse(text) as StoredDesign) : null;
}

/** Stores a form's design after checking that its variables exist and have the kinds their roles need. */
export function storeDesign(db: Db, formId: string, design: StoredDesign): StoredDesign {
  const catalog = formCatalog(db, formId);
  const clean: StoredDesign = {
    ...(design.strata ? { strata: design.strata } : {}),
    ...(design.cluster ? { cluster: design.cluster } : {}),
    ...(design.weight ? { weight: design.weight } : {}),
    ...(design.fpc ? { fpc: design.fpc } : {}),
    ...(design.weightKind === 'sampling' ? { weightKind: 'sampling' as const } : {}),
  };
  if (clean.weightKind === 'sampling' && !clean.weight) throw codedError('bad-input', 'design-sampling-needs-weight', {});
  const roles = [
    ['strata', clean.strata],
    ['cluster', clean.cluster],
    ['weight', clean.weight],
    ['fpc', clean.fpc],
  ] as const;
  const named: string[] = [];
  for (const [role, name] of roles) {
    if (!name) continue;
    if (named.includes(name)) throw codedError('bad-input', 'design-variable-repeated', { name });
    named.push(name);
    const entry = requireVariable(catalog, formId, name);
    if ((role === 'weight' || role === 'fpc') && entry.kind !== 'numeric' && entry.kind !== 'calculate') {
      throw codedError('bad-input', 'design-variable-not-numeric', { role, name, type: entry.type });
    }
    if ((role === 'strata' || role === 'cluster') && (entry.kind === 'multiple' || entry.kind === 'scale')) {
      throw codedError('bad-input', 'design-variable-not-single', { role, name, type: entry.type });
    }
  }
  setSetting(db, designKey(formId), JSON.stringify(clean));
  return clean;
}

export function clearStoredDesign(db: Db, formId: string): void {
  formCatalog(db, formId);
  deleteSetting(db, designKey(formId));
}
