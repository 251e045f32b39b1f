/**
 * The variables of a form as analysis sees them: every stored field of every published version, described by the
 * latest version that has it (its type, label, choices, missing codes, scale), plus one variable per scale name.
 */
import type { Choice, FormDefinition, SurveyRow } from '../form/model';
import { OTHER_CHOICE, choicesOf, enclosingContainers, labelIn, numericChoiceValues, otherFieldName, storedFields } from '../form';
import type { Level, VariableInfo, VariableKind } from './results';

/** A variable with the form it is described by, for labels and choice lookups. */
export interface CatalogEntry extends VariableInfo {
  /** The form version whose definition describes the variable (the latest that has it). */
  form: FormDefinition;
  /** The survey row; absent for scales and for the NAME_other text of an or_other select. */
  row?: SurveyRow;
  /** Choice value of each level, for Likert items and numeric steps (same order as levels). */
  numericValues?: number[];
}

export interface VariableCatalog {
  /** In survey order of the latest version, then fields only older versions had, then scales. */
  readonly entries: readonly CatalogEntry[];
  get(name: string): CatalogEntry | undefined;
  /** The items of a scale in survey order (empty when there is no such scale). */
  scaleItems(scale: string): CatalogEntry[];
  /**
   * For a repeat, or a question asked in a repeat's instances, the repeat's name: a response holds
   * such answers as one JSON list, which is no variable of its own (a calculate outside the repeat,
   * such as count(${member}), is).
   */
  repeatOf(name: string): string | undefined;
}

/**
 * Builds the catalog from form definitions, newest first. A field's metadata comes from the newest definition that
 * stores it, so an answer list edited in a later version describes the answers collected with earlier ones too.
 */
export function buildCatalog(definitionsNewestFirst: readonly FormDefinition[], language?: string): VariableCatalog {
  const entries: CatalogEntry[] = [];
  const byName = new Map<string, CatalogEntry>();
  const repeats = new Map<string, string>();
  for (const form of definitionsNewestFirst) {
    const enclosing = enclosingContainers(form);
    form.survey.forEach((row, index) => {
      const outermost = enclosing[index].find((begin) => form.survey[begin].type === 'begin_repeat');
      const repeat = outermost !== undefined ? form.survey[outermost].name : row.type === 'begin_repeat' ? row.name : undefined;
      if (repeat && row.name && !repeats.has(row.name)) repeats.set(row.name, repeat);
    });
    const rows = new Map(form.survey.map((row) => [row.name, row]));
    for (const name of storedFields(form)) {
      if (byName.has(name)) continue;
      const entry = describeField(form, name, rows, language);
      if (!entry) continue;
      entries.push(entry);
      byName.set(name, entry);
    }
  }
  const scales = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    if (entry.scale) scales.set(entry.scale, [...(scales.get(entry.scale) ?? []), entry]);
  }
  for (const [scale, items] of scales) {
    // A question of the same name keeps its name; the scale is then reachable with --scale only.
    if (byName.has(scale)) continue;
    const entry: CatalogEntry = {
      name: scale,
      kind: 'scale',
      type: 'scale',
      label: scaleLabel(items[0].form, scale, items, language),
      levels: [],
      missingCodes: [],
      numeric: items.every((item) => item.numeric),
      categorical: false,
      items: items.map((item) => item.name),
      form: items[0].form,
    };
    entries.push(entry);
    byName.set(scale, entry);
  }
  return {
    entries,
    get: (name) => byName.get(name),
    scaleItems: (scale) => scales.get(scale) ?? [],
    repeatOf: (name) => (byName.has(name) ? undefined : repeats.get(name)),
  };
}

/**
 * What a reader calls a scale: the title of the group of the same name, else of the group holding its first item,
 * in the label language; the scale's name only when neither exists (never shown as a raw id when a title is there).
 */
function scaleLabel(form: FormDefinition, scale: string, items: CatalogEntry[], language?: string): string {
  const named = form.survey.find((row) => row.type === 'begin_group' && row.name === scale);
  if (named?.label) return labelIn(form, named.label, language) || scale;
  const first = form.survey.findIndex((row) => row.name === items[0]?.name);
  if (first >= 0) {
    const containers = enclosingContainers(form)[first];
    const group = containers
      .map((index) => form.survey[index])
      .reverse()
      .find((row) => row.type === 'begin_group' && row.label);
    if (group) return labelIn(form, group.label, language) || scale;
  }
  return scale;
}

function describeField(form: FormDefinition, name: string, rows: Map<string, SurveyRow>, language?: string): CatalogEntry | undefined {
  const row = rows.get(name);
  if (!row) {
    // The NAME_other text of `select_one LIST or_other`.
    const select = [...rows.values()].find((candidate) => candidate.orOther && otherFieldName(candidate.name) === name);
    return (
      select && {
        name,
        kind: 'text',
        type: 'text',
        label: `${labelIn(form, select.label, language) || select.name}: other`,
        levels: [],
        missingCodes: [],
        numeric: false,
        categorical: false,
        form,
      }
    );
  }
  if (row.type === 'begin_repeat') return undefined; // a repeat is one JSON field: nothing to count per respondent
  const kind = kindOf(row);
  const label = labelIn(form, row.label, language) || row.name;
  const entry: CatalogEntry = {
    name,
    kind,
    type: row.type,
    label,
    levels: [],
    missingCodes: [],
    numeric: kind === 'numeric',
    categorical: false,
    form,
    row,
    ...(row.scale ? { scale: row.scale } : {}),
    ...(row.reverse ? { reverse: true } : {}),
  };
  if (kind === 'single' || kind === 'multiple') {
    const choices = choicesWithOther(form, row);
    entry.levels = choices.filter((choice) => !choice.missing).map((choice) => level(form, choice, language));
    entry.missingCodes = choices.filter((choice) => choice.missing).map((choice) => level(form, choice, language));
    entry.categorical = kind === 'single';
    const numbers = numericChoiceValues(form, row);
    const values = numbers && entry.levels.map((choice) => numbers[choice.value]);
    if (values?.every((value) => value !== undefined)) {
      entry.numeric = true;
      entry.numericValues = values;
    }
  }
  return entry;
}

function kindOf(row: SurveyRow): VariableKind {
  switch (row.type) {
    case 'select_one':
      return 'single';
    case 'select_multiple':
      return 'multiple';
    case 'integer':
    case 'decimal':
      return 'numeric';
    case 'calculate':
      return 'calculate';
    case 'date':
    case 'dateTime':
    case 'time':
    case 'start':
    case 'end':
    case 'today':
      return 'date';
    default:
      return 'text';
  }
}

/** The choices a select offers, with the "other" that `or_other` adds. */
function choicesWithOther(form: FormDefinition, row: SurveyRow): Choice[] {
  const choices = choicesOf(form, row);
  if (!row.orOther || choices.some((choice) => choice.name === OTHER_CHOICE)) return choices;
  return [...choices, { name: OTHER_CHOICE, label: { [form.defaultLanguage]: 'Other' } }];
}

function level(form: FormDefinition, choice: Choice, language?: string): Level {
  return { value: choice.name, label: labelIn(form, choice.label, language) || choice.name };
}
