/**
 * Fisher's exact test for a 2×2 table, two-sided exactly as R's fisher.test defines it: the sum of the
 * probabilities of all tables with the observed margins that are no more probable than the observed one,
 * allowing a relative tolerance of 1e-7 so that tables tied with the observed one by rounding count too.
 * (PSPP 1.6.2 prints a different two-sided value; R is the reference here.)
 */

/** Two-sided p for the table [[a, b], [c, d]]; non-integer (weighted) counts are rounded first, as R does. */
export function fisherExact2x2(a: number, b: number, c: number, d: number): number {
  [a, b, c, d] = [a, b, c, d].map(roundHalfEven);
  // As R: x = a is hypergeometric, drawing k = a+b (first row) from m = a+c (first column) and n = b+d (second).
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const lowest = Math.max(0, k - n);
  const highest = Math.min(k, m);
  // Relative probabilities over the support, walked outwards from the mode (= 1) with the ratio of successive
  // hypergeometric terms: O(support) and free of overflow, where jstat's hypgeom.pdf costs O(n) per point and would
  // take minutes for a 2×2 table over a million respondents. Normalising by the sum, as R's dnhyper does, makes the
  // common factor irrelevant.
  const mode = Math.min(highest, Math.max(lowest, Math.floor(((k + 1) * (m + 1)) / (m + n + 2))));
  const size = highest - lowest + 1;
  const density = new Float64Array(size);
  density[mode - lowest] = 1;
  for (let x = mode; x < highest; x++) {
    density[x + 1 - lowest] = (density[x - lowest] * (m - x) * (k - x)) / ((x + 1) * (n - k + x + 1));
  }
  for (let x = mode; x > lowest; x--) {
    density[x - 1 - lowest] = (density[x - lowest] * x * (n - k + x)) / ((m - x + 1) * (k - x + 1));
  }
  const observed = density[a - lowest] * (1 + 1e-7);
  let total = 0;
  let asExtreme = 0;
  for (let i = 0; i < size; i++) {
    total += density[i];
    if (density[i] <= observed) asExtreme += density[i];
  }
  return Math.min(1, asExtreme / total);
}

/** R's round(): halves go to the even neighbour (IEC 60559). */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}
