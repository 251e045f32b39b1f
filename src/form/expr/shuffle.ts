/**
 * randomize(): the "inside-out" Fisher–Yates shuffle with a Park–Miller generator when seeded, as
 * the ODK XForms specification prescribes and JavaRosa (ParkMiller.java) and ODK Web Forms
 * implement, so a seeded order is the same in Kelisim as in ODK Collect and Enketo.
 */

const MODULUS = 2147483647;
const MULTIPLIER = 16807;

/** A seeded generator of doubles in [0, 1); the seed is truncated to a whole number first. */
export function parkMiller(seed: number): () => number {
  // Java's (long) conversion: NaN → 0, ±Infinity → the extremes of a long, whose remainder is 0 or less.
  let whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  let state = whole % MODULUS;
  if (state <= 0) state += MODULUS - 1;
  whole = state;
  return () => {
    // 16807 × (2^31 − 2) < 2^53: exact in a double.
    whole = (whole * MULTIPLIER) % MODULUS;
    return (whole - 1) / (MODULUS - 1);
  };
}

/** A new array with the items in shuffled order. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const j = Math.floor(random() * (i + 1));
    if (j !== i) result[i] = result[j];
    result[j] = items[i];
  }
  return result;
}
