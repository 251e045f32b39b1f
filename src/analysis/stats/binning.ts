/**
 * Bins for a numeric variable (age, income, a scale score) so that it can be counted like a categorical one.
 * The number of bins follows Sturges' rule, as R's hist() does; the width is the smallest "nice" number
 * (1, 2, 2.5 or 5 times a power of ten; 1, 2 or 5 for whole-number data) that covers the range in that many bins.
 */
import { NOT_VALID, caseWeightsFor } from './variables';
import type { CaseWeights, CategoricalVariable, NumericVariable } from './variables';
import { frequencies } from './frequencies';
import type { FrequencyTable } from './frequencies';

export interface NumericBins {
  /** Bin j holds breaks[j] <= x < breaks[j+1]; the last bin also holds x = its upper break (as R's include.lowest). */
  breaks: number[];
  /** Per case the bin's index, NOT_VALID for missing values and cases with an excluded weight. */
  variable: CategoricalVariable;
}

export interface BinOptions {
  /** How many bins at most to aim for; default Sturges' rule, ceil(log2 n) + 1. */
  bins?: number;
  weights?: CaseWeights;
}

export function binNumeric(values: NumericVariable, options: BinOptions = {}): NumericBins {
  const caseWeights = caseWeightsFor(values.length, options.weights);
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let wholeNumbers = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!isCounted(value, caseWeights[i])) continue;
    count++;
    if (value < min) min = value;
    if (value > max) max = value;
    if (!Number.isInteger(value)) wholeNumbers = false;
  }
  const codes = new Int32Array(values.length).fill(NOT_VALID);
  if (count === 0) return { breaks: [], variable: { codes, levels: 0 } };

  const targetBins = options.bins ?? Math.ceil(Math.log2(count)) + 1;
  const width = niceWidth((max - min) / targetBins, wholeNumbers);
  const start = Math.floor(min / width) * width;
  const binCount = Math.max(1, Math.ceil((max - start) / width));
  const decimals = Math.max(0, 1 - Math.floor(Math.log10(width)));
  // Rounding to the width's decimals keeps breaks such as 0.30000000000000004 out of labels and comparisons.
  const breaks = Array.from({ length: binCount + 1 }, (_, j) => Number((start + j * width).toFixed(decimals)));

  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!isCounted(value, caseWeights[i])) continue;
    let bin = Math.min(binCount - 1, Math.floor((value - start) / width));
    // The division can land a value that sits exactly on a break in the neighbouring bin.
    while (bin < binCount - 1 && value >= breaks[bin + 1]) bin++;
    while (bin > 0 && value < breaks[bin]) bin--;
    codes[i] = bin;
  }
  return { breaks, variable: { codes, levels: binCount } };
}

/** The frequency table of a numeric variable over its bins; row j is the bin [breaks[j], breaks[j+1]). */
export function numericFrequencies(values: NumericVariable, options: BinOptions = {}): { breaks: number[]; table: FrequencyTable } {
  const { breaks, variable } = binNumeric(values, options);
  return { breaks, table: frequencies(variable, options.weights) };
}

function isCounted(value: number, weight: number): boolean {
  return weight > 0 && Number.isFinite(value);
}

function niceWidth(rawWidth: number, wholeNumbers: boolean): number {
  if (!(rawWidth > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rawWidth));
  const multipliers = wholeNumbers ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const multiplier = multipliers.find((m) => m * power >= rawWidth * (1 - 1e-12)) ?? 10;
  const width = multiplier * power;
  return wholeNumbers ? Math.max(1, width) : width;
}
