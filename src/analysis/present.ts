/** How engine numbers become result numbers: NaN and infinities (undefined statistics) become null. */

export function orNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

export function matrixOrNull(matrix: readonly (readonly number[])[]): (number | null)[][] {
  return matrix.map((row) => row.map(orNull));
}

/** "12.3%" with one decimal, for sentences. */
export function percentText(value: number): string {
  return `${(Math.round(value * 10) / 10).toString()}%`;
}
