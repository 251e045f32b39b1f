/**
 * Table cells shaded by their value, so that a matrix of percentages or mean distances can be read
 * at a glance: the accent colour at an opacity proportional to the value's place in its range,
 * with the text switching to white where the shade is dark.
 */
export function heatStyle(value: number | null | undefined, low: number, high: number): string {
  if (value === null || value === undefined || !Number.isFinite(value) || high <= low) return '';
  const share = Math.min(1, Math.max(0, (value - low) / (high - low)));
  const alpha = 0.08 + 0.72 * share;
  return `background: rgba(11, 95, 138, ${alpha.toFixed(3)}); color: ${alpha > 0.5 ? '#fff' : 'inherit'};`;
}
