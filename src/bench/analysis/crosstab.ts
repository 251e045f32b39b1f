/**
 * Micro-benchmark (not a test) of the counting behind "breakdown of every item by region":
 * 1,000,000 respondents × 60 five-point items × 20 regions, unweighted and weighted, then the statistics of all 60
 * tables; and, for scale, a 10-item scale score, its means by region and its reliability.
 * Run: npx tsx src/bench/analysis/crosstab.ts [respondents]   (tsx slows the hot loops by about a third;
 * bundled with esbuild and run by plain node, counting 60 items took ~300 ms on the 2-core machine, 5 ns per answer)
 */
import { breakdown, countBreakdown, crosstabStatistics, meansByGroup, reliability, scaleScores } from '../../analysis/stats/index';
import type { CategoricalVariable } from '../../analysis/stats/index';

const respondents = Number(globalThis.process?.argv[2] ?? 1_000_000);
const itemCount = 60;
const regionCount = 20;

// A small deterministic generator, so that every run counts the same data.
let seed = 20240915;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

const region: CategoricalVariable = time('generate regions and weights', () => ({
  codes: Int32Array.from({ length: respondents }, () => Math.floor(random() * regionCount)),
  levels: regionCount,
}));
const weights = Float64Array.from({ length: respondents }, () => 0.3 + 2 * random());
const items: CategoricalVariable[] = time(`generate ${itemCount} five-point items (3% missing)`, () =>
  Array.from({ length: itemCount }, () => ({
    codes: Int32Array.from({ length: respondents }, (_, i) => (random() < 0.03 ? -1 : (region.codes[i] + Math.floor(random() * 7)) % 5)),
    levels: 5,
  })),
);

console.log(`\n${respondents.toLocaleString('en')} respondents × ${itemCount} items × ${regionCount} regions`);
time('count all items by region, unweighted', () => countBreakdown(items, region));
time('count all items by region, weighted', () => countBreakdown(items, region, weights));
const counts = countBreakdown(items, region, weights);
time('statistics of the 60 counted tables', () => counts.map(crosstabStatistics));
time('whole breakdown (count + statistics), weighted', () => breakdown(items, region, weights));

const scaleItems = items.slice(0, 10).map((item) => ({ values: Float64Array.from(item.codes, (code) => (code < 0 ? NaN : code + 1)) }));
const score = time('10-item scale score per respondent', () => scaleScores(scaleItems));
time('means of the scale score by region (all tests)', () => meansByGroup(score, region, weights));
time('reliability of the 10-item scale', () => reliability(scaleItems, weights));
