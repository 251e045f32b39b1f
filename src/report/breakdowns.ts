/**
 * What the breakdown sheets show, asked of the analysis layer: which responses the filter selects,
 * every categorical item crossed with the grouping variable, the means of every numeric item and
 * scale score by group, and the reliability of every scale. All of it is computed before the
 * workbook is opened, so a bad variable, filter or weight fails with nothing written.
 */
import { KelisimError } from '../common/errors';
import { analyzeBreakdown, analyzeMeans, analyzeReliability, listVariables } from '../analysis';
import type { AnalysisOptions, BreakdownResult, MeansResult, ReliabilityResult, SampleDesignOptions } from '../analysis';
import { Dataset, formCatalog } from '../analysis/dataset';
import { parseFilter } from '../analysis/filter';
import type { Db } from '../store/database';
import { countFinalResponses } from '../store/export-rows';
import { formOf, formVersions } from '../store/forms';
import type { ResponseSelection } from './source';

export interface BreakdownRequest {
  formId: string;
  by: string;
  /** The report language; the analysis labels use it when the form has it. */
  language: string;
  weight?: string;
  filter?: string;
  /** Practice responses too (default: field responses only). */
  includeDemo?: boolean;
  /** A sample design: the crosstabs become design-based; means and reliability use its weight as a frequency weight. */
  design?: SampleDesignOptions;
  /** Tukey HSD and Games–Howell under the means. */
  postHoc?: boolean;
}

export interface ReportSelection {
  selection: ResponseSelection;
  /** Finalized responses the filter selects. */
  count: number;
}

export interface BreakdownResults {
  by: string;
  byLabel: string;
  crosstabs: BreakdownResult | null;
  means: { variable: string; label: string; isScale: boolean; result: MeansResult | null }[];
  reliability: { scale: string; result: ReliabilityResult | null }[];
}

/** The analysis options of a request: the label language only when the form has it. */
function analysisOptions(db: Db, request: BreakdownRequest): AnalysisOptions {
  const versions = formVersions(db, request.formId);
  const newest = versions.length ? formOf(versions[versions.length - 1]) : undefined;
  const language = newest?.languages.some((language) => language.code === request.language) ? request.language : undefined;
  return {
    formId: request.formId,
    ...(language ? { language } : {}),
    ...(request.weight ? { weight: request.weight } : {}),
    ...(request.filter?.trim() ? { filter: request.filter } : {}),
    ...(request.includeDemo ? { includeDemo: true } : {}),
  };
}

/**
 * The finalized responses the filter selects, as the analysis layer selects them. Without a filter
 * that is every finalized response. The filter is parsed first, so a filter that does not parse or
 * names an unknown question is refused; after that, the one thing loading can refuse is an empty
 * selection, which the report shows instead of failing.
 */
export function selectResponsesForReport(db: Db, request: { formId: string; filter?: string; includeDemo?: boolean }): ReportSelection {
  const filter = request.filter?.trim();
  const includeDemo = request.includeDemo ?? false;
  if (!filter) return { selection: { kind: 'all', includeDemo }, count: countFinalResponses(db, request.formId, { includeDemo }) };
  const catalog = formCatalog(db, request.formId);
  parseFilter(filter, catalog);
  let dataset: Dataset;
  try {
    dataset = Dataset.load(db, { formId: request.formId, variables: [], filter, ...(includeDemo ? { includeDemo } : {}) }, catalog);
  } catch (error) {
    if (error instanceof KelisimError && error.kind === 'bad-input')
      return { selection: { kind: 'ids', ids: new Float64Array(0) }, count: 0 };
    throw error;
  }
  const ids = dataset.selectedResponseIds();
  return { selection: { kind: 'ids', ids }, count: ids.length };
}

/** Every result the breakdown sheets show, from the analysis layer's own functions; the selection must not be empty. */
export function computeBreakdowns(db: Db, request: BreakdownRequest): BreakdownResults {
  const options = analysisOptions(db, request);
  const catalog = formCatalog(db, request.formId, options.language);
  // Refuses here, before anything is computed, an unknown grouping variable, one that cannot be
  // counted in categories, and a weight that is not a usable number.
  const by = Dataset.load(db, { ...options, variables: [request.by] }, catalog).axis(request.by).entry;
  const variables = listVariables(db, request.formId, options.language);
  const items = variables.filter((variable) => variable.kind === 'single' && variable.name !== by.name);
  const numeric = variables.filter((variable) => variable.numeric && variable.name !== by.name && variable.kind !== 'calculate');
  const scales = variables.filter((variable) => variable.kind === 'scale');
  return {
    by: by.name,
    byLabel: by.label,
    crosstabs: items.length ? analyzeBreakdown(db, { ...options, ...designOf(request.design), by: by.name }) : null,
    means: numeric.map((variable) => ({
      variable: variable.name,
      // A scale's catalog label is English ("tolerance (10 items)"); the sheet names it in its own language.
      label: variable.kind === 'scale' ? '' : variable.label,
      isScale: variable.kind === 'scale',
      // Pairwise comparisons only when asked: they cost seconds per variable with 20 regions.
      result: unlessNoValidAnswers(() =>
        analyzeMeans(db, { ...options, variable: variable.name, by: by.name, postHoc: request.postHoc === true }),
      ),
    })),
    reliability: scales.map((scale) => ({
      scale: scale.name,
      result: unlessNoValidAnswers(() => analyzeReliability(db, { ...options, scale: scale.name })),
    })),
  };
}

/** The design fields that are set (the crosstabs' design; the other sheets refuse one). */
function designOf(design: SampleDesignOptions | undefined): SampleDesignOptions {
  if (!design) return {};
  return Object.fromEntries(Object.entries(design).filter(([, value]) => value !== undefined)) as SampleDesignOptions;
}

/**
 * A variable nobody in the selection answered has no mean and a scale without a complete answer
 * no alpha: the sheet says so for that table instead of the whole report failing.
 */
function unlessNoValidAnswers<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof KelisimError && error.kind === 'bad-input') return null;
    throw error;
  }
}
