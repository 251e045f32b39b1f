/**
 * Design-based estimates of a mean (a number, Likert item or scale score) or of the shares of a select_one's
 * categories, overall and by group, with standard errors, confidence intervals and design effects: what R's
 * svymean, svyby and svyciprop(method = "logit") give for the same design.
 */
import { codedError } from '../../common/errors';
import { designMeans, designProportions } from '../stats';
import type { DesignEstimate } from '../stats';
import type { Dataset } from '../dataset';
import type { ResolvedDesign } from '../design';
import { orNull } from '../present';
import type { DesignEstimateRow, EstimateResult, Level } from '../results';

export interface EstimateRequest {
  variable: string;
  by?: string;
  /** Confidence level, default 0.95. */
  level?: number;
  /** 'mean' or 'proportion'; default: shares for a select_one whose choices are not numbers, the mean otherwise. */
  statistic?: 'mean' | 'proportion';
}

export function estimateTable(dataset: Dataset, design: ResolvedDesign, request: EstimateRequest): EstimateResult {
  const level = request.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw codedError('bad-input', 'design-level-invalid', { value: String(request.level) });
  const entry = dataset.variable(request.variable);
  const statistic = request.statistic ?? (entry.kind === 'single' && !entry.numericValues ? 'proportion' : 'mean');
  if ((statistic === 'mean' && !dataset.hasNumbers(entry.name)) || (statistic === 'proportion' && entry.kind === 'multiple')) {
    throw codedError('bad-input', 'design-estimate-variable', { name: entry.name, type: entry.type });
  }
  const groups = request.by ? dataset.axis(request.by) : null;
  const engine = design.engine;
  const rows: DesignEstimateRow[] = [];
  let categories: Level[] = [];
  if (statistic === 'mean') {
    const values = dataset.numeric(entry.name);
    rows.push(...designMeans(engine, values, null, level).map((estimate) => row(null, null, estimate)));
    if (groups) {
      designMeans(engine, values, groups.variable, level).forEach((estimate, g) => rows.push(row(groups.levels[g].value, null, estimate)));
    }
  } else {
    const item = dataset.axis(entry.name);
    categories = item.levels;
    const add = (group: string | null, estimates: DesignEstimate[]) =>
      estimates.forEach((estimate, k) => rows.push(row(group, item.levels[k].value, estimate)));
    add(null, designProportions(engine, item.variable, null, level)[0]);
    if (groups)
      designProportions(engine, item.variable, groups.variable, level).forEach((estimates, g) => add(groups.levels[g].value, estimates));
  }
  return {
    variable: entry.name,
    label: entry.label,
    statistic,
    by: groups ? groups.entry.name : null,
    byLabel: groups ? groups.entry.label : null,
    groups: groups ? groups.levels : [],
    categories,
    level,
    estimates: rows,
    design: design.summary,
  };
}

function row(group: string | null, category: string | null, estimate: DesignEstimate): DesignEstimateRow {
  const ci = estimate.ci.every(Number.isFinite) ? estimate.ci : null;
  const defined = estimate.n > 0;
  return {
    group,
    category,
    estimate: defined ? orNull(estimate.estimate) : null,
    se: defined ? orNull(estimate.se) : null,
    ci: defined ? ci : null,
    deff: defined ? orNull(estimate.deff) : null,
    n: estimate.n,
  };
}
