/**
 * One form's responses as the statistics engine takes them. The answer columns an analysis needs are loaded once
 * (dictionary-coded, through the column cache) and turned into typed variables on request: a select_one into codes
 * of its substantive choices, a number or Likert item into a Float64Array, a select_multiple into one indicator per
 * choice, a scale name into per-respondent scale scores.
 *
 * Which responses count is carried by the weights, not by copying arrays: a response outside the subset has weight 0,
 * which the engine treats as absent (PSPP's rule for weights), and an unweighted analysis has weight 1 elsewhere.
 */
import { codedError, type KelisimError } from '../common/errors';
import type { Db } from '../store/database';
import { loadResponseColumns, type DictionaryColumn, type ResponseColumns } from '../store/columns';
import { formOf, formVersions } from '../store/forms';
import { rejectedResponseIds } from '../store/fieldwork';
import { NOT_VALID, marginOfErrorForPercent, scaleScores, summarizeWeights } from './stats';
import type { CategoricalVariable, NumericVariable, ScaleItem } from './stats';
import { buildCatalog, type CatalogEntry, type VariableCatalog } from './catalog';
import { applyFilter, parseFilter, type ParsedFilter } from './filter';
import { selectResponses } from './subset';
import { resolveDesign, type ResolvedDesign } from './design';
import type { AnalysisOptions, Level, SampleDesignOptions, WeightingSummary } from './results';

/** A numeric variable or a scale score counts as categories only up to this many distinct values. */
export const MAX_AXIS_LEVELS = 20;

export interface DatasetRequest extends AnalysisOptions {
  /** The variables (questions or scale names) the analysis reads. */
  variables: readonly string[];
}

/** A categorical variable with the level each code stands for. */
export interface Axis {
  entry: CatalogEntry;
  variable: CategoricalVariable;
  levels: Level[];
}

/**
 * A categorical variable still in the codes it was loaded in (one per distinct answer), with the level each code
 * stands for: counting these codes and then adding up rows of the same level gives the level counts without first
 * rewriting a million codes per item.
 */
export interface CodedAxis {
  entry: CatalogEntry;
  levels: Level[];
  /** Per response a code 0..levelOfCode.length-1, or -1 for no answer. */
  codes: Int32Array;
  /** Per code its level, or NOT_VALID (a missing-value code or a value that is not a choice). */
  levelOfCode: Int32Array;
}

/** The catalog of a form's variables, described by the latest version that has each (see catalog.ts). */
export function formCatalog(db: Db, formId: string, language?: string): VariableCatalog {
  const versions = formVersions(db, formId);
  if (!versions.length) throw codedError('not-found', 'form-not-found', { formId });
  const definitions = versions.map(formOf).reverse();
  if (language !== undefined) {
    const known = definitions[0].languages.map((l) => l.code);
    if (!known.includes(language))
      throw codedError('bad-input', 'form-language-unknown', { formId, language, languages: known.join(', ') });
  }
  return buildCatalog(definitions, language);
}

export class Dataset {
  /** Per loaded response: 0 when it is not analysed, else its frequency weight (1 when unweighted). */
  readonly weights: Float64Array;
  readonly weighting?: WeightingSummary;
  /** The sample design the options declare (strata, clusters, sampling weights, fpc), when they declare one. */
  readonly design?: ResolvedDesign;
  /** Responses analysed (unweighted count). */
  readonly caseCount: number;
  private readonly numbers = new Map<string, Float64Array>();
  /** Per loaded response: 1 when the subset and the filter select it (whatever its weight). */
  readonly selected: Uint8Array;
  /** Per loaded response: 1 when the subset selects it, before the filter (the sample of a design). */
  readonly sample: Uint8Array;

  private constructor(
    readonly formId: string,
    readonly catalog: VariableCatalog,
    private readonly columns: ResponseColumns,
    selected: Uint8Array,
    private readonly options: DatasetRequest,
    filter?: ParsedFilter,
  ) {
    // The selection so far reads as weights while the filter works out scale scores and calculations.
    this.weights = new Float64Array(selected);
    // A sample design keeps every PSU of the sample (before the filter) in its variance, as R's subset() does.
    this.sample = selected.slice();
    if (filter) {
      const filterColumns = new Map(
        filter.fields.map((name) => [name, this.variable(name).kind === 'scale' ? this.scoreColumn(name) : this.column(name)]),
      );
      applyFilter(filter, { catalog, columns: filterColumns, now: new Date(), language: options.language }, selected);
    }
    if (!selected.includes(1)) throw noResponsesError(options, columns.rowCount);
    this.selected = selected;
    let caseCount = 0;
    for (let i = 0; i < selected.length; i++) caseCount += selected[i];
    this.caseCount = caseCount;
    this.weights = new Float64Array(selected);
    if (options.weight && !usesSampleDesign(options)) {
      const weight = this.variable(options.weight);
      if (weight.kind !== 'numeric' && weight.kind !== 'calculate') {
        throw codedError('bad-input', 'analysis-weight-not-numeric', { name: weight.name, type: weight.type });
      }
      const values = this.numeric(weight.name);
      for (let i = 0; i < selected.length; i++) {
        const value = values[i];
        this.weights[i] = selected[i] && value > 0 && value < Infinity ? value : 0;
      }
      const summary = summarizeWeights(this.weights);
      if (summary.cases === 0) {
        throw codedError('bad-input', 'analysis-weight-none-positive', { name: weight.name, count: this.caseCount });
      }
      this.weighting = {
        variable: weight.name,
        ...summary,
        marginOfError: marginOfErrorForPercent(50, summary.effectiveN),
      };
    }
    if (usesSampleDesign(options)) {
      this.design = resolveDesign(this, options);
      // Counts and percentages of a design are weighted by its sampling weights, 0 outside the analysed domain.
      this.weights = this.design.engine.weights;
    }
  }

  /** The database ids of the selected responses, in id order (what an export of this subset writes). */
  selectedResponseIds(): Float64Array {
    const ids: number[] = [];
    for (let i = 0; i < this.selected.length; i++) if (this.selected[i]) ids.push(this.columns.responseIds[i]);
    return Float64Array.from(ids);
  }

  /** Loads the columns the request needs; pass the catalog when the caller already built it to pick the variables. */
  static load(db: Db, request: DatasetRequest, catalog = formCatalog(db, request.formId, request.language)): Dataset {
    const entries = request.variables.map((name) => requireVariable(catalog, request.formId, name));
    const filter = request.filter?.trim() ? parseFilter(request.filter.trim(), catalog) : undefined;
    const designVariables = [request.weight, request.strata, request.cluster, request.fpc].flatMap((name) =>
      name ? [requireVariable(catalog, request.formId, name)] : [],
    );
    const fields = new Set<string>();
    for (const entry of [...entries, ...designVariables]) {
      for (const name of entry.kind === 'scale' ? entry.items! : [entry.name]) fields.add(name);
    }
    for (const name of filter?.fields ?? []) {
      const entry = catalog.get(name)!;
      for (const field of entry.kind === 'scale' ? entry.items! : [name]) fields.add(field);
    }

    const columns = loadResponseColumns(db, { formId: request.formId, fields: [...fields] });
    const versions = formVersions(db, request.formId).map(({ id, version }) => ({ id, version }));
    const selected = selectResponses(columns, request, versions);
    leaveOutRejected(selected, columns.responseIds, rejectedResponseIds(db, request.formId));
    return new Dataset(request.formId, catalog, columns, selected, request, filter);
  }

  variable(name: string): CatalogEntry {
    return requireVariable(this.catalog, this.formId, name);
  }

  /** The loaded answers of a stored field, dictionary-coded. */
  column(name: string): DictionaryColumn {
    const column = this.columns.fields.get(name);
    if (!column) throw new Error(`the dataset did not load "${name}"`);
    return column;
  }

  /** Whether the variable reads as numbers: numeric types, Likert items, scales, calculations whose values all are numbers. */
  hasNumbers(name: string): boolean {
    const entry = this.variable(name);
    if (entry.kind !== 'calculate') return entry.numeric;
    const column = this.column(name);
    return column.values.every((value, code) => NUMBER.test(value.trim()) || !this.isAnalysedValue(column, code));
  }

  /**
   * A variable as categories: a select_one by its substantive choices (missing codes, blanks and values that are no
   * longer choices are not valid); any other single-valued variable by its distinct values when there are at most 20.
   */
  axis(name: string): Axis {
    const entry = this.variable(name);
    if (entry.kind === 'single') {
      const coded = this.codedAxis(name);
      return { entry, variable: { codes: remap(coded.codes, coded.levelOfCode), levels: entry.levels.length }, levels: entry.levels };
    }
    if (entry.kind === 'multiple') {
      throw codedError('bad-input', 'analysis-multiple-in-crosstab', { name });
    }
    return entry.kind === 'scale' || entry.kind === 'numeric' ? this.numericAxis(entry) : this.textAxis(entry);
  }

  /** A scale's scores as a dictionary-coded column (each distinct score once), for filters. */
  private scoreColumn(name: string): DictionaryColumn {
    const scores = this.numeric(name);
    const codeOf = new Map<number, number>();
    const values: string[] = [];
    const codes = new Int32Array(scores.length);
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i];
      if (Number.isNaN(score)) {
        codes[i] = -1;
        continue;
      }
      let code = codeOf.get(score);
      if (code === undefined) {
        code = values.length;
        codeOf.set(score, code);
        values.push(String(score));
      }
      codes[i] = code;
    }
    return { values, codes };
  }

  /** The variable as categories (see axis), a select_one kept in the codes it was loaded in. */
  codedAxis(name: string): CodedAxis {
    const entry = this.variable(name);
    if (entry.kind !== 'single') {
      const { levels, variable } = this.axis(name);
      return { entry, levels, codes: variable.codes, levelOfCode: Int32Array.from(levels, (_, level) => level) };
    }
    const column = this.column(name);
    const levelOf = new Map(entry.levels.map((level, index) => [level.value, index]));
    return {
      entry,
      levels: entry.levels,
      codes: column.codes,
      levelOfCode: Int32Array.from(column.values, (value) => levelOf.get(value) ?? NOT_VALID),
    };
  }

  /** Per response a number, NaN when there is none: integers, decimals, Likert items, numeric calculations, scales. */
  numeric(name: string): NumericVariable {
    let values = this.numbers.get(name);
    if (!values) {
      values = this.readNumbers(this.variable(name));
      this.numbers.set(name, values);
    }
    return values;
  }

  /** One indicator column per substantive choice of a select_multiple: 1 chosen, 0 not chosen (or not answered). */
  indicators(name: string): { entry: CatalogEntry; columns: Uint8Array[] } {
    const entry = this.variable(name);
    if (entry.kind !== 'multiple') throw codedError('bad-input', 'analysis-not-multiple', { name });
    const column = this.column(name);
    const optionOf = new Map(entry.levels.map((level, index) => [level.value, index]));
    // Each distinct answer ("kk ru") is split once; responses then copy its choices by code.
    const chosenByCode = column.values.map((answer) => answer.split(' ').flatMap((choice) => optionOf.get(choice) ?? []));
    const columns = entry.levels.map(() => new Uint8Array(column.codes.length));
    const { codes } = column;
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) for (const option of chosenByCode[codes[i]]) columns[option][i] = 1;
    }
    return { entry, columns };
  }

  /** The items of a scale (or a list of items) as the engine's scale items, reverse-coded where the form says so. */
  scaleItems(names: readonly string[]): ScaleItem[] {
    return names.map((name) => {
      const entry = this.variable(name);
      const values = this.numeric(name);
      if (!entry.reverse) return { values };
      if (!entry.numericValues?.length) {
        throw codedError('bad-input', 'analysis-reverse-not-likert', { name });
      }
      return { values, reverse: { min: Math.min(...entry.numericValues), max: Math.max(...entry.numericValues) } };
    });
  }

  private readNumbers(entry: CatalogEntry): Float64Array {
    if (entry.kind === 'scale') {
      const items = entry.items!;
      const minimumValidItems = this.options.minimumValidItems;
      return scaleScores(this.scaleItems(items), minimumValidItems === undefined ? {} : { minimumValidItems });
    }
    const column = this.column(entry.name);
    let valueOf: Float64Array;
    if (entry.kind === 'single' && entry.numericValues) {
      const numberOf = new Map(entry.levels.map((level, index) => [level.value, entry.numericValues![index]]));
      valueOf = Float64Array.from(column.values, (value) => numberOf.get(value) ?? NaN);
    } else if (entry.kind === 'numeric' || entry.kind === 'calculate') {
      valueOf = Float64Array.from(column.values, (value) => (NUMBER.test(value.trim()) ? Number(value) : NaN));
      if (entry.kind === 'calculate') this.requireNumbers(entry, column, valueOf);
    } else {
      throw codedError('bad-input', 'analysis-no-mean', { name: entry.name, type: entry.type, single: entry.kind === 'single' });
    }
    const { codes } = column;
    const values = new Float64Array(codes.length);
    for (let i = 0; i < codes.length; i++) values[i] = codes[i] < 0 ? NaN : valueOf[codes[i]];
    return values;
  }

  /** A calculation is a number only when every analysed answer is one. */
  private requireNumbers(entry: CatalogEntry, column: DictionaryColumn, valueOf: Float64Array): void {
    const text = column.values.find((value, code) => Number.isNaN(valueOf[code]) && this.isAnalysedValue(column, code));
    if (text !== undefined) {
      throw codedError('bad-input', 'analysis-calculation-not-number', { name: entry.name, example: text });
    }
  }

  /** Whether some analysed response has this dictionary value. */
  private isAnalysedValue(column: DictionaryColumn, code: number): boolean {
    for (let i = 0; i < column.codes.length; i++) if (column.codes[i] === code && this.weights[i] > 0) return true;
    return false;
  }

  private numericAxis(entry: CatalogEntry): Axis {
    const values = this.numeric(entry.name);
    const distinct = new Set<number>();
    for (let i = 0; i < values.length; i++) {
      if (this.weights[i] > 0 && !Number.isNaN(values[i])) distinct.add(values[i]);
    }
    tooManyLevels(entry, distinct.size);
    const sorted = [...distinct].sort((a, b) => a - b);
    const levelOf = new Map(sorted.map((value, index) => [value, index]));
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) codes[i] = levelOf.get(values[i]) ?? NOT_VALID;
    const levels = sorted.map((value) => ({ value: String(value), label: String(value) }));
    return { entry, variable: { codes, levels: levels.length }, levels };
  }

  private textAxis(entry: CatalogEntry): Axis {
    const column = this.column(entry.name);
    const used = new Uint8Array(column.values.length);
    const { codes } = column;
    for (let i = 0; i < codes.length; i++) if (codes[i] >= 0 && this.weights[i] > 0) used[codes[i]] = 1;
    const present = column.values.filter((_, code) => used[code]);
    tooManyLevels(entry, present.length);
    const numeric = present.every((value) => NUMBER.test(value.trim()));
    const sorted = numeric ? present.sort((a, b) => Number(a) - Number(b)) : present.sort((a, b) => a.localeCompare(b));
    const levelOf = new Map(sorted.map((value, index) => [value, index]));
    const codeMap = Int32Array.from(column.values, (value) => levelOf.get(value) ?? NOT_VALID);
    const levels = sorted.map((value) => ({ value, label: value }));
    return { entry, variable: { codes: remap(column.codes, codeMap), levels: levels.length }, levels };
  }
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Whether the options declare a complex sample (otherwise a weight is a frequency weight, as in PSPP). */
export function usesSampleDesign(options: SampleDesignOptions): boolean {
  return Boolean(options.strata || options.cluster || options.fpc || options.weightKind === 'sampling');
}

/** Dictionary codes to level codes in one pass; -1 (no answer) stays not valid. */
function remap(codes: Int32Array, codeMap: Int32Array): Int32Array {
  const levels = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    levels[i] = code < 0 ? NOT_VALID : codeMap[code];
  }
  return levels;
}

function tooManyLevels(entry: CatalogEntry, count: number): void {
  if (count <= MAX_AXIS_LEVELS) return;
  throw codedError('bad-input', 'analysis-too-many-levels', { name: entry.name, count, limit: MAX_AXIS_LEVELS });
}

export function requireVariable(catalog: VariableCatalog, formId: string, name: string): CatalogEntry {
  const entry = catalog.get(name);
  if (entry) return entry;
  const repeat = catalog.repeatOf(name);
  if (repeat) {
    throw repeat === name
      ? codedError('bad-input', 'analysis-repeat-section', { name })
      : codedError('bad-input', 'analysis-in-repeat', { name, repeat });
  }
  const similar = catalog.entries.filter((candidate) => isSimilar(candidate.name, name)).map((candidate) => candidate.name);
  throw codedError('not-found', 'analysis-variable-unknown', { formId, name, similar: similar.slice(0, 3).join(', ') });
}

function isSimilar(candidate: string, name: string): boolean {
  const a = candidate.toLowerCase();
  const b = name.toLowerCase();
  return a.includes(b) || b.includes(a) || editDistance(a, b) <= 2;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function noResponsesError(request: DatasetRequest, total: number): KelisimError {
  if (total === 0) return codedError('bad-input', 'analysis-no-responses', { formId: request.formId });
  return codedError('bad-input', 'analysis-none-selected', {
    formId: request.formId,
    total,
    status: request.status ?? 'final',
    ...(request.versions?.length ? { versions: request.versions.join(', ') } : {}),
    ...(request.interviewers?.length ? { interviewers: request.interviewers.join(', ') } : {}),
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.filter ? { filter: request.filter } : {}),
    demoLeftOut: !request.includeDemo,
  });
}

/** Responses a lead rejected in the quality review stay in the database and out of every analysis. */
function leaveOutRejected(selected: Uint8Array, responseIds: Float64Array, rejected: Set<number>): void {
  if (!rejected.size) return;
  for (let i = 0; i < selected.length; i++) if (selected[i] && rejected.has(responseIds[i])) selected[i] = 0;
}
