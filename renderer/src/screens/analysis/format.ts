/**
 * How the analysis screens print numbers, in one place so that every table, chart label and test
 * rounds the same way: percentages to one decimal, test statistics to two, p to three (below
 * 0.001 as "< 0.001", as journals print it), Cramér's V and alpha to three.
 */
import { formatNumber, i18n } from '../../lib/i18n/index.svelte';

export const DASH = '—';

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : formatNumber(value, 1);
}

/** A percentage with its sign, spaced as Kazakh and Russian typography wants ("45,2 %"). */
export function percentSign(value: number | null | undefined): string {
  const text = percent(value);
  return text === DASH ? text : `${text}${i18n.language === 'en' ? '' : '\u00a0'}%`;
}

/** Counts: whole numbers as they are, weighted (fractional) counts to one decimal. */
export function count(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 1);
}

export function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : formatNumber(value, digits);
}

export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  return p < 0.001 ? `< ${formatNumber(0.001, 3)}` : formatNumber(p, 3);
}

/** The conventional threshold for marking a cell: |adjusted residual| > 1.96 (two-sided 5%). */
export const RESIDUAL_THRESHOLD = 1.96;

export function residualDirection(residual: number | null | undefined): 'over' | 'under' | undefined {
  if (residual === null || residual === undefined || !Number.isFinite(residual)) return undefined;
  if (residual > RESIDUAL_THRESHOLD) return 'over';
  if (residual < -RESIDUAL_THRESHOLD) return 'under';
  return undefined;
}
