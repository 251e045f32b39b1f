/**
 * A form's variables as a sample design: the strata, cluster, sampling-weight and fpc variables named in the options
 * read from the loaded responses, checked, and numbered for the design-based engine (stats/survey-design.ts).
 *
 * The sample is the responses the subset selects (status, versions, interviewers, dates); the filter expression only
 * narrows the analysed domain, as R's subset(design, ...) does, so that every PSU of the sample keeps counting in
 * its stratum's variance. A response without a stratum, cluster, weight or fpc leaves the sample, counted and said in
 * a note; a negative weight, an fpc that varies within a stratum or is below the sample size is refused.
 */
import { codedError } from '../common/errors';
import { buildSampleDesign, type SampleDesign } from './stats/survey-design';
import type { DesignSummary, SampleDesignOptions } from './results';
import type { CatalogEntry } from './catalog';
import type { DictionaryColumn } from '../store/columns';
import type { NumericVariable } from './stats';

/**
 * What a design is read from: the loaded responses (src/analysis/dataset.ts's Dataset is one). Named here, so the
 * dataset can resolve its design without the two modules importing each other.
 */
export interface DesignSource {
  /** Per loaded response, 1 when it is in the sample (the subset)… */
  readonly sample: Uint8Array;
  /** …and 1 when the filter also selects it. */
  readonly selected: Uint8Array;
  variable(name: string): CatalogEntry;
  column(name: string): DictionaryColumn;
  numeric(name: string): NumericVariable;
}

export interface ResolvedDesign {
  engine: SampleDesign;
  summary: DesignSummary;
  /** The stratum value (as stored) of each engine stratum, for messages. */
  strataValues: string[];
}

type Role = 'strata' | 'cluster' | 'weight' | 'fpc';

export function resolveDesign(dataset: DesignSource, options: SampleDesignOptions & { weight?: string }): ResolvedDesign {
  if (options.weightKind === 'sampling' && !options.weight) throw codedError('bad-input', 'design-sampling-needs-weight', {});
  const roles: [Role, string | undefined][] = [
    ['strata', options.strata],
    ['cluster', options.cluster],
    ['weight', options.weight],
    ['fpc', options.fpc],
  ];
  const named = roles.flatMap(([, name]) => (name ? [name] : []));
  const repeated = named.find((name, index) => named.indexOf(name) !== index);
  if (repeated) throw codedError('bad-input', 'design-variable-repeated', { name: repeated });

  const { selected } = dataset;
  // Responses without a stratum, cluster, weight or fpc cannot be placed in the design: they leave the sample
  // (counted, and said in a note), as a researcher drops them before R's svydesign, which refuses missing values.
  const sample = dataset.sample.slice();
  const excluded: Partial<Record<Role, number>> = {};
  const leaveOut = (role: Role, missing: (i: number) => boolean) => {
    let count = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] && missing(i)) {
        sample[i] = 0;
        count++;
      }
    }
    if (count) excluded[role] = count;
  };
  const strata = options.strata ? codesOf(dataset, 'strata', options.strata) : undefined;
  const cluster = options.cluster ? codesOf(dataset, 'cluster', options.cluster) : undefined;
  const weightValues = options.weight ? numbersOf(dataset, 'weight', options.weight) : undefined;
  const fpcValues = options.fpc ? numbersOf(dataset, 'fpc', options.fpc) : undefined;
  if (strata) leaveOut('strata', (i) => strata.missing(i));
  if (cluster) leaveOut('cluster', (i) => cluster.missing(i));
  if (weightValues) leaveOut('weight', (i) => Number.isNaN(weightValues[i]));
  if (fpcValues) leaveOut('fpc', (i) => Number.isNaN(fpcValues[i]));
  if (!sample.includes(1)) throw codedError('bad-input', 'design-sample-empty', { size: dataset.sample.reduce((a, b) => a + b, 0) });

  const stratum = new Int32Array(sample.length).fill(-1);
  for (let i = 0; i < sample.length; i++) if (sample[i]) stratum[i] = strata ? strata.codes[i] : 0;
  const strataValues = strata ? strata.values : [''];

  const weights = new Float64Array(sample.length);
  if (weightValues && options.weight) {
    let bad = 0;
    let example = '';
    for (let i = 0; i < sample.length; i++) {
      if (!sample[i]) continue;
      const value = weightValues[i];
      // A zero weight keeps the response in the sample but out of every estimate (R: probability Inf).
      if (!(value >= 0 && value < Infinity)) {
        if (!bad) example = String(value);
        bad++;
      } else if (selected[i]) weights[i] = value;
    }
    if (bad) throw codedError('bad-input', 'design-weight-negative', { name: options.weight, count: bad, example });
  } else {
    for (let i = 0; i < sample.length; i++) weights[i] = sample[i] && selected[i] ? 1 : 0;
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
  const populationSize =
    fpcValues && options.fpc ? populationSizes(fpcValues, options.fpc, stratum, usedValues, cluster?.codes) : undefined;
  const engine = buildSampleDesign({
    stratum,
    strataCount: usedValues.length,
    weights,
    ...(cluster ? { cluster: cluster.codes } : {}),
    ...(populationSize ? { populationSize } : {}),
  });
  return { engine, summary: summarize(engine, options, excluded), strataValues: usedValues };
}

/** A stratum or cluster variable as its stored values' codes (a blank answer is missing). */
function codesOf(
  dataset: DesignSource,
  role: Role,
  name: string,
): { codes: Int32Array; values: readonly string[]; missing: (i: number) => boolean } {
  const entry = dataset.variable(name);
  if (entry.kind === 'multiple' || entry.kind === 'scale') {
    throw codedError('bad-input', 'design-variable-not-single', { role, name, type: entry.type });
  }
  const column = dataset.column(name);
  const blank = column.values.map((value) => value.trim() === '');
  return { codes: column.codes, values: column.values, missing: (i) => column.codes[i] < 0 || blank[column.codes[i]] };
}

function numbersOf(dataset: DesignSource, role: Role, name: string): Float64Array {
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
function populationSizes(
  values: Float64Array,
  name: string,
  stratum: Int32Array,
  strataValues: string[],
  cluster?: Int32Array,
): Float64Array {
  const strataCount = strataValues.length;
  const fpcOf = new Float64Array(strataCount).fill(NaN);
  const psus = Array.from({ length: strataCount }, () => new Set<number>());
  for (let i = 0; i < stratum.length; i++) {
    const h = stratum[i];
    if (h < 0) continue;
    const value = values[i];
    if (!(value > 0 && value < Infinity)) {
      throw codedError('bad-input', 'design-fpc-not-positive', { name, stratum: strataValues[h], value: String(value) });
    }
    if (Number.isNaN(fpcOf[h])) fpcOf[h] = value;
    else if (fpcOf[h] !== value)
      throw codedError('bad-input', 'design-fpc-varies', { name, stratum: strataValues[h], first: fpcOf[h], second: value });
    psus[h].add(cluster ? cluster[i] : i);
  }
  return Float64Array.from(fpcOf, (fpc, h) => {
    const sampled = psus[h].size;
    const population = fpc > 1 ? fpc : sampled / fpc;
    if (population < sampled)
      throw codedError('bad-input', 'design-fpc-below-sample', { name, stratum: strataValues[h], population: fpc, sampled });
    return population;
  });
}

function summarize(
  engine: SampleDesign,
  options: SampleDesignOptions & { weight?: string },
  excluded: Partial<Record<Role, number>>,
): DesignSummary {
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
  for (const [role, count] of Object.entries(excluded)) {
    notes.push(`${count} responses without a value of the ${role} variable "${options[role as Role]}" are left out of the sample.`);
  }
  if (engine.lonelyStrata) {
    notes.push(
      `${engine.lonelyStrata} of ${engine.strataCount} strata have a single primary sampling unit; its variance is taken around the grand mean, as R's survey.lonely.psu = "adjust".`,
    );
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
    excluded: Object.values(excluded).reduce((total, count) => total + count, 0),
    notes,
  };
}
