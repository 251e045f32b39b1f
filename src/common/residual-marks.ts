/**
 * How a crosstab cell that differs significantly from independence is marked, everywhere it is shown: the same glyph
 * and the same two colours in the analysis screen and in the Excel workbook, so that a reader who learnt one reads
 * the other. Blue for more than expected, orange for fewer (a pair colour-blind readers tell apart; the ink on each
 * fill has a contrast above 7:1).
 */
export const RESIDUAL_MARKS = {
  over: { glyph: '▲', background: '#dcebf7', ink: '#0b4f7a' },
  under: { glyph: '▼', background: '#fbe3d3', ink: '#8f3a06' },
} as const;

/** "#dcebf7" → "FFDCEBF7", as Excel writes colours. */
export function excelColour(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}
