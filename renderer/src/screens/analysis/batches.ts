/**
 * How "break down every item" splits the items into calls: small first, so something shows
 * quickly; then larger, to spend less on loading the grouping column again.
 */
const FIRST_BATCH = 4;
const BATCH = 12;

export function batches<T>(items: readonly T[], first = FIRST_BATCH, size = BATCH): T[][] {
  const result: T[][] = [];
  let start = 0;
  while (start < items.length) {
    const end = start + (result.length === 0 ? first : size);
    result.push(items.slice(start, end));
    start = end;
  }
  return result;
}
