/**
 * Colours for charts. Nominal answers use a qualitative palette of 24 distinct colours, enough for the largest list
 * of the bundled survey (20 regions; 14 ethnic groups) without a repeat: Okabe–Ito first (distinguishable with the
 * common colour-vision deficiencies), then Paul Tol's muted and light schemes. Ordered answers (Likert, frequency,
 * trust) use ColorBrewer's RdBu diverging ramp, so "disagree" and "agree" read as opposites (safe for colour-blind
 * readers), and beyond seven steps the sequential viridis ramp. Missing codes are grey.
 */
import { rampColour } from '../../../../src/common/regions/map-svg';

const QUALITATIVE = [
  // Okabe–Ito
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  // Paul Tol, muted
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  // Paul Tol, light (the colours muted does not already have)
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#BBCC33',
  '#AAAA00',
];

export const MAX_DISTINCT_COLOURS = QUALITATIVE.length;

const DIVERGING: Record<number, string[]> = {
  2: ['#b2182b', '#2166ac'],
  3: ['#b2182b', '#c8c8c8', '#2166ac'],
  4: ['#b2182b', '#ef8a62', '#67a9cf', '#2166ac'],
  5: ['#b2182b', '#ef8a62', '#c8c8c8', '#67a9cf', '#2166ac'],
  6: ['#b2182b', '#d6604d', '#f4a582', '#92c5de', '#4393c3', '#2166ac'],
  7: ['#b2182b', '#d6604d', '#f4a582', '#c8c8c8', '#92c5de', '#4393c3', '#2166ac'],
};

export const MISSING_COLOUR = '#9a9a9a';
/** The "other" bar of grouped categories: a neutral that no category uses. */
export const OTHER_COLOUR = '#6e6e6e';

/** Distinct colours up to 24 categories; beyond that (more than any list should chart) they repeat. */
export function nominalColours(count: number): string[] {
  return Array.from({ length: count }, (_, i) => QUALITATIVE[i % QUALITATIVE.length]);
}

/** Colours for `count` ordered categories, low to high: diverging up to 7, sequential beyond. */
export function orderedColours(count: number): string[] {
  return DIVERGING[count] ?? Array.from({ length: count }, (_, i) => rampColour(count > 1 ? i / (count - 1) : 0.5));
}

/** Black or white text, whichever reads better on the fill. */
export function inkOn(fill: string): string {
  const hex = fill.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.5 ? '#111111' : '#ffffff';
}

/**
 * Keeps the `limit − 1` largest categories and sums the rest into one "other" category (charts only: the table
 * keeps every category). `sizes` orders them; `values[g][s]` is group g's value of category s.
 */
export function groupSmallCategories<S extends { key: string; label: string; missing?: boolean }>(
  series: readonly S[],
  sizes: readonly number[],
  values: readonly number[][],
  limit: number,
  otherLabel: (count: number) => string,
): { series: (S | { key: string; label: string; other: true })[]; values: number[][] } {
  const substantive = series.map((_, i) => i).filter((i) => !series[i].missing);
  if (substantive.length <= limit) return { series: [...series], values: values.map((row) => [...row]) };
  const kept = new Set([...substantive].sort((a, b) => sizes[b] - sizes[a]).slice(0, limit - 1));
  const folded = substantive.filter((i) => !kept.has(i));
  const order = series.map((_, i) => i).filter((i) => kept.has(i) || series[i].missing);
  return {
    series: [...order.map((i) => series[i]), { key: '__other', label: otherLabel(folded.length), other: true as const }],
    values: values.map((row) => [...order.map((i) => row[i]), folded.reduce((sum, i) => sum + (Number.isFinite(row[i]) ? row[i] : 0), 0)]),
  };
}
