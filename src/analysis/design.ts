/**
 * A form's variables as a sample design: the strata, cluster, sampling-weight and fpc variables named in the options
 * read from the loaded responses, checked, and numbered for the design-based engine (stats/survey-design.ts).
 *
 * The sample is the responses the subset selects (status, versions, interviewers, dates); the filter expression only
 * narrows the analysed domain, as R's subset(design, ...) does, so that every PSU of the sample keeps counting in
 * its stratum's variance. Every response of the sample needs a stratum, a cluster and a positive weight: a missing
 * one is refused with its count, never dropped silently (R's svydesign refuses missing design variables too).
 */
import { codedError } from '../common/errors';
import { buildSampleDesign, type SampleDesign } from './stats/survey-design';
import type { Dataset } from './dataset';
import type { DesignSummary, SampleDesignOptions } from './results';

export interface ResolvedDesign {
  engine: SampleDesign;
  summary: DesignSummary;
  /** The stratum value (as stored) of each engine stratum, for messages. */
  strataValues: string[];
}

type Role = 'strata' | 'cluster' | 'weight' | 'fpc';

export function resolveDesign(dataset: Dataset, options: SampleDesignOptions & { weight?: string }): ResolvedDesign {
  if (options.weightKind === 'sampling' && !options.weight) throw codedError('bad-input', 'design-sampling-needs-weight', {});
  const roles: [Role, string | undefined][] = [['strata', options.strata], ['cluster', options.cluster], ['weight', options.weight], ['fpc', options.fpc]];
  const named = roles.flatMap(([, name]) => (name ? [name] : []));
  const repeated = named.find((name, index) => named.indexOf(name) !== index);
  if (repeated) throw codedError('bad-input', 'design-variable-repeated', { name: repeated });

  const { sample, selected } = dataset;
  const sampleSize = sample.reduce((total, member) => total + member, 0);
  const strata = options.strata ? codesOf(dataset, 'strata', options.strata, sampleSize) : undefined;
  const cluster = options.cluster ? codesOf(dataset, 'cluster', options.cluster, sampleSize) : undefined;
  const stratum = new Int32Array(sample.length).fill(-1);
  for (let i = 0; i < sample.length; i++) if (sample[i]) stratum[i] = strata ? strata.codes[i] : 0;
  const strataValues = strata ? strata.values : [''];

  const weights = new Float64Array(sample.length);
  if (options.weight) {
    const values = numbersOf(dataset, 'weight', options.weight);
    let bad = 0;
    let example = '';
    for (let i = 0; i < sample.length; i++) {
      if (!sample[i]) continue;
      const value = values[i];
      if (!(value > 0 && value < Infinity)) {
        if (!bad) example = Number.isNaN(value) ? '' : String(value);
        bad++;
      } else if (selected[i]) weights[i] = value;
    }
    if (bad) throw codedError('bad-input', 'design-weight-not-positive', { name: options.weight, count: bad, example });
  } else {
    for (let i = 0; i < sample.length; i++) weights[i] = selected[i];
  }

  // Codes of the stored strata values may be sparse (values of responses outside the sample): renumber densely.
  const denseStratum = new Int32Array(strataValues.length).fill(-1);
  const usedValues: string[] = [];
  for (let i = 0; i < sample.length; i++) {
    const h = stratum[i];
    if (h < 0) continue;
    if (denseStratum[h] < 0) {
      denseStratum[h] = usedValues.length;
      usedValues.push(strataValues[h]);
    }
    stratum[i] = denseStratum[h];
  }
  const populationSize = options.fpc ? populationSizes(dataset, options.fpc, stratum, usedValues, cluster?.codes) : undefined;
  const engine = buildSampleDesign({
    stratum, strataCount: usedValues.length, weights,
    ...(cluster ? { cluster: cluster.codes } : {}),
    ...(populationSize ? { populationSize } : {}),
  });
  return { engine, summary: summarize(engine, options), strataValues: usedValues };
}

/** A stratum or cluster variable as its stored values' codes; every response of the sample needs one. */
function codesOf(dataset: Dataset, role: Role, name: string, sampleSize: number): { codes: Int32Array; values: readonly string[] } {
  const entry = dataset.variable(name);
  if (entry.kind === 'multiple' || entry.kind === 'scale') {
    throw codedError('bad-input', 'design-variable-not-single', { role, name, type: entry.type });
  }
  const column = dataset.column(name);
  let missing = 0;
  for (let i = 0; i < column.codes.length; i++) {
    if (dataset.sample[i] && (column.codes[i] < 0 || column.values[column.codes[i]].trim() === '')) missing++;
  }
  if (missing) throw codedError('bad-input', 'design-values-missing', { role, name, count: missing, total: sampleSize });
  return { codes: column.codes, values: column.values };
}

function numbersOf(dataset: Dataset, role: Role, name: string): Float64Array {
  const entry = dataset.variable(name);
  if (entry.kind !== 'numeric' && entry.kind !== 'calculate') {
    throw codedError('bad-input', 'design-variable-not-numeric', { role, name, type: entry.type });
  }
  return dataset.numeric(name);
}

/**
 * Per stratum the population size N_h, read as R's svydesign reads fpc: a value above 1 is N_h, a value at most 1
 * the sampling fraction n_h / N_h. One value per stratum; N_h below the number of PSUs sampled is refused.
 */
function populationSizes(dataset: Dataset, name: string, stratum: Int32Array, strataValues: string[], cluster?: Int32Array): Float64Array {
  const values = numbersOf(dataset, 'fpc', name);
  const strataCount = strataValues.length;
  const fpcOf = new Float64Array(strataCount).fill(NaN);
  const psus = Array.from({ length: strataCount }, () => new Set<number>());
  let missing = 0;
  let sampleSize = 0;
  for (let i = 0; i < stratum.length; i++) {
    const h = stratum[i];
    if (h < 0) continue;
    sampleSize++;
    const value = values[i];
    if (Number.isNaN(value)) {
      missing++;
      continue;
    }
    if (!(value > 0 && value < Infinity)) {
      throw codedError('bad-input', 'design-fpc-not-positive', { name, stratum: strataValues[h], value: String(value) });
    }
    if (Number.isNaN(fpcOf[h])) fpcOf[h] = value;
    else if (fpcOf[h] !== value) throw codedError('bad-input', 'design-fpc-varies', { name, stratum: strataValues[h], first: fpcOf[h], second: value });
    psus[h].add(cluster ? cluster[i] : i);
  }
  if (missing) throw codedError('bad-input', 'design-values-missing', { role: 'fpc', name, count: missing, total: sampleSize });
  return Float64Array.from(fpcOf, (fpc, h) => {
    const sampled = psus[h].size;
    const population = fpc > 1 ? fpc : sampled / fpc;
    if (population < sampled) throw codedError('bad-input', 'design-fpc-below-sample', { name, stratum: strataValues[h], population: fpc, sampled });
    return population;
  });
}

function summarize(engine: SampleDesign, options: SampleDesignOptions & { weight?: string }): DesignSummary {
  let cases = 0;
  let weightMin = Infinity;
  let weightMax = -Infinity;
  let sumOfWeights = 0;
  for (const weight of engine.weights) {
    if (!(weight > 0)) continue;
    cases++;
    sumOfWeights += weight;
    if (weight < weightMin) weightMin = weight;
    if (weight > weightMax) weightMax = weight;
  }
  const notes: string[] = [];
  if (engine.lonelyStrata) {
    notes.push(`${engine.lonelyStrata} of ${engine.strataCount} strata have a single primary sampling unit; its variance is taken around the grand mean, as R's survey.lonely.psu = "adjust".`);
  }
  if (options.fpc) notes.push(`Variances are reduced by the finite population correction in "${options.fpc}".`);
  if (!options.cluster) notes.push('Without a cluster variable each respondent is a primary sampling unit.');
  return {
    strata: options.strata ?? null,
    cluster: options.cluster ?? null,
    weight: options.weight ?? null,
    fpc: options.fpc ?? null,
    strataCount: engine.strataCount,
    psuCount: engine.psuStart.length - 1,
    df: engine.df,
    cases,
    weightMin: cases ? weightMin : 0,
    weightMax: cases ? weightMax : 0,
    sumOfWeights,
    lonelyStrata: engine.lonelyStrata,
    notes,
  };
}
