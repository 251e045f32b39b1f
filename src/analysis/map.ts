/**
 * A region map's numbers: one value per region of Kazakhstan for a breakdown by a variable whose choices name the
 * regions (matched by code or label, or by the lead's own mapping): the share agreeing with a Likert item, the mean
 * of a number or scale, or the mean social distance to a target group. The numbers are those of the crosstab,
 * means and distance procedures, so the map and the tables never disagree.
 */
import type { Db } from '../store/database';
import { codedError } from '../common/errors';
import { formCatalog, requireVariable } from './dataset';
import { mappingForMap } from './region-mapping';
import type { AnalysisOptions, Level, MapIndicator, RegionMapResult, RegionMapValue, WeightingSummary } from './results';

export interface RegionMapRequest {
  by: string;
  variable: string;
  indicator: MapIndicator;
  /**
   * Choice code → region id (null: off the map), for lists whose codes and labels are not the regions' own; it
   * overrides the lead's confirmed mapping choice by choice.
   */
  regions?: Record<string, string | null>;
}

/** The procedures a map reads (passed in, so that this module does not import the index that exports it). */
export interface MapProcedures {
  crosstab(args: AnalysisOptions & { row: string; col: string }): {
    rows: Level[];
    cols: Level[];
    colPercent: (number | null)[][];
    colTotals: number[];
    rowLabel: string;
    colLabel: string;
    weighting?: WeightingSummary;
  };
  means(args: AnalysisOptions & { variable: string; by: string; postHoc: false }): {
    label: string;
    byLabel: string;
    groups: { group: string; label: string; n: number; mean: number | null }[];
    weighting?: WeightingSummary;
  };
  distance(args: AnalysisOptions & { by: string; items?: string[]; scale?: string }): {
    byLabel: string | null;
    targets: { target: string; label: string; groups: { group: string; label: string; n: number; meanDistance: number | null }[] }[];
    weighting?: WeightingSummary;
  };
}

export function regionMap(db: Db, args: AnalysisOptions & RegionMapRequest, run: MapProcedures): RegionMapResult {
  const catalog = formCatalog(db, args.formId, args.language);
  const byEntry = requireVariable(catalog, args.formId, args.by);
  const variableEntry = requireVariable(catalog, args.formId, args.variable);
  const mapping = mappingForMap(db, args.formId, byEntry, args.regions);
  const mapped = Object.entries(mapping).filter((pair): pair is [string, string] => pair[1] !== null);
  if (mapped.length === 0) throw codedError('bad-input', 'map-not-regions', { name: args.by });
  const units = mapped.map(([, id]) => id);
  const twice = units.find((id, index) => units.indexOf(id) !== index);
  if (twice) {
    const codes = mapped.filter(([, id]) => id === twice).map(([code]) => code);
    throw codedError('bad-input', 'map-region-twice', { name: args.by, region: twice, codes: codes.join(', ') });
  }

  const {
    byLabel,
    label: indicatorLabel,
    values,
    weighting,
    agreeing,
    unit,
  } = indicatorValues(args, run, variableEntry.kind, variableEntry.type);
  // A scale's name is its label ("social_distance"): the catalog's label reads better.
  const label = variableEntry.kind === 'scale' ? variableEntry.label || indicatorLabel : indicatorLabel;
  const regions: RegionMapValue[] = byEntry.levels
    .filter((level) => mapping[level.value])
    .map((level) => ({
      region: mapping[level.value] as string,
      group: level.value,
      label: level.label,
      value: values.get(level.value)?.value ?? null,
      n: values.get(level.value)?.n ?? 0,
    }));
  const shown = regions.map((r) => r.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const domain: [number, number] = shown.length ? [Math.min(...shown), Math.max(...shown)] : [0, 1];
  return {
    by: args.by,
    byLabel: byLabel || byEntry.label,
    variable: args.variable,
    label,
    indicator: args.indicator,
    unit,
    domain,
    ...(agreeing ? { agreeing } : {}),
    regions,
    unmatched: byEntry.levels.filter((level) => !mapping[level.value]),
    ...(weighting ? { weighting } : {}),
  };
}

interface IndicatorValues {
  byLabel: string;
  label: string;
  values: Map<string, { value: number | null; n: number }>;
  weighting?: WeightingSummary;
  agreeing?: Level[];
  unit: '%' | '';
}

function indicatorValues(args: AnalysisOptions & RegionMapRequest, run: MapProcedures, kind: string, type: string): IndicatorValues {
  const { by, variable, indicator, regions: _regions, ...options } = args;
  const values = new Map<string, { value: number | null; n: number }>();
  if (indicator === 'agree') {
    if (kind !== 'single') throw codedError('bad-input', 'map-agree-needs-scale', { name: variable, type });
    const table = run.crosstab({ ...options, row: variable, col: by });
    const codes = table.rows.map((level) => Number(level.value));
    if (codes.length < 2 || codes.some((code) => !Number.isFinite(code)))
      throw codedError('bad-input', 'map-agree-needs-scale', { name: variable, type });
    // Agreeing: the answers above the middle of the scale (4 and 5 of 1–5; 3 and 4 of 1–4).
    const middle = (Math.min(...codes) + Math.max(...codes)) / 2;
    const upper = table.rows.map((_, r) => r).filter((r) => codes[r] > middle);
    table.cols.forEach((group, c) => {
      const shares = upper.map((r) => table.colPercent[r][c]);
      values.set(group.value, {
        value: table.colTotals[c] > 0 && shares.every((s) => s !== null) ? shares.reduce<number>((sum, s) => sum + (s ?? 0), 0) : null,
        n: table.colTotals[c],
      });
    });
    return {
      byLabel: table.colLabel,
      label: table.rowLabel,
      values,
      agreeing: upper.map((r) => table.rows[r]),
      unit: '%',
      ...(table.weighting ? { weighting: table.weighting } : {}),
    };
  }
  if (indicator === 'mean') {
    const means = run.means({ ...options, variable, by, postHoc: false });
    for (const group of means.groups) values.set(group.group, { value: group.n > 0 ? group.mean : null, n: group.n });
    return { byLabel: means.byLabel, label: means.label, values, unit: '', ...(means.weighting ? { weighting: means.weighting } : {}) };
  }
  // Distance to one target group (a question of the scale), or to all of them on average (the scale's name).
  const distance = run.distance(kind === 'scale' ? { ...options, by, scale: variable } : { ...options, by, items: [variable] });
  const targets = distance.targets;
  const groups = targets[0]?.groups ?? [];
  groups.forEach((group, g) => {
    const cells = targets.map((target) => target.groups[g]?.meanDistance).filter((v): v is number => v !== null && v !== undefined);
    values.set(group.group, {
      value: cells.length === targets.length && cells.length ? cells.reduce((a, b) => a + b, 0) / cells.length : null,
      n: group.n,
    });
  });
  const label = targets.length === 1 ? targets[0].label : variable;
  return { byLabel: distance.byLabel ?? by, label, values, unit: '', ...(distance.weighting ? { weighting: distance.weighting } : {}) };
}
