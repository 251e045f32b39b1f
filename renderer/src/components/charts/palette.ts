/**
 * Colours for charts. Nominal answers use the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies); ordered answers (Likert, frequency, trust) use a diverging
 * red→grey→blue ramp so "disagree" and "agree" read as opposites. Missing codes are grey.
 */
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const DIVERGING: Record<number, string[]> = {
  2: ['#c0392b', '#2e6da4'],
  3: ['#c0392b', '#b8b8b8', '#2e6da4'],
  4: ['#b2182b', '#ef8a62', '#67a9cf', '#2166ac'],
  5: ['#b2182b', '#ef8a62', '#c8c8c8', '#67a9cf', '#2166ac'],
  6: ['#b2182b', '#d6604d', '#f4a582', '#92c5de', '#4393c3', '#2166ac'],
  7: ['#b2182b', '#d6604d', '#f4a582', '#c8c8c8', '#92c5de', '#4393c3', '#2166ac'],
};

export const MISSING_COLOUR = '#9a9a9a';

export function nominalColours(count: number): string[] {
  return Array.from({ length: count }, (_, i) => OKABE_ITO[i % OKABE_ITO.length]);
}

/** Colours for `count` ordered categories, low to high; falls back to nominal beyond 7. */
export function orderedColours(count: number): string[] {
  return DIVERGING[count] ?? nominalColours(count);
}

/** Black or white text, whichever reads better on the fill. */
export function inkOn(fill: string): string {
  const hex = fill.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.5 ? '#111111' : '#ffffff';
}
