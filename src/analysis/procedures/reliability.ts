/**
 * Reliability of a scale (its items, reverse-coded as the form says): Cronbach's alpha over the respondents who
 * answered every item, alpha if an item is deleted, corrected item–total correlation, as psych::alpha and PSPP
 * RELIABILITY /SUMMARY=TOTAL compute them.
 */
import { codedError } from '../../common/errors';
import { reliability } from '../stats';
import type { VariableCatalog } from '../catalog';
import type { Dataset } from '../dataset';
import { requireVariable } from '../dataset';
import { orNull } from '../present';
import type { ReliabilityResult } from '../results';

export interface ScaleChoice {
  items?: readonly string[];
  scale?: string;
}

/** The items to analyse: the list given, or the items of the scale (the form's `scale` column). */
export function scaleItemNames(catalog: VariableCatalog, formId: string, choice: ScaleChoice): string[] {
  if (choice.items?.length && choice.scale) throw codedError('bad-input', 'analysis-reliability-items-and-scale', {});
  if (choice.items?.length) {
    const scales = choice.items.filter((name) => requireVariable(catalog, formId, name).kind === 'scale');
    if (scales.length)
      throw codedError('bad-input', 'analysis-reliability-scale-as-item', { names: scales.join(', '), count: scales.length });
    return [...choice.items];
  }
  if (!choice.scale) throw codedError('bad-input', 'analysis-reliability-needs-choice', {});
  const items = catalog.scaleItems(choice.scale);
  if (!items.length) {
    const scales = [...new Set(catalog.entries.flatMap((entry) => (entry.scale ? [entry.scale] : [])))];
    throw codedError('bad-input', 'analysis-scale-unknown', { formId, scale: choice.scale, scales: scales.join(', ') });
  }
  return items.map((item) => item.name);
}

export function reliabilityTable(dataset: Dataset, items: readonly string[], scale?: string): ReliabilityResult {
  if (items.length < 2) throw codedError('bad-input', 'analysis-reliability-too-few', { count: items.length });
  const notNumbers = items.filter((name) => !dataset.hasNumbers(name));
  if (notNumbers.length) {
    throw codedError('bad-input', 'analysis-reliability-not-numbers', { names: notNumbers.join(', '), count: notNumbers.length });
  }
  const result = reliability(dataset.scaleItems(items), dataset.weights);
  if (result.n === 0) throw codedError('bad-input', 'analysis-reliability-no-complete', { count: dataset.caseCount, items: items.length });
  const table: ReliabilityResult = {
    ...(scale ? { scale } : {}),
    n: result.n,
    alpha: orNull(result.alpha),
    items: result.items.map((item, index) => {
      const entry = dataset.variable(items[index]);
      return {
        item: entry.name,
        label: entry.label,
        reversed: entry.reverse === true,
        alphaIfDeleted: orNull(item.alphaIfDeleted),
        correctedItemTotal: orNull(item.correctedItemTotal),
        scaleMeanIfDeleted: orNull(item.scaleMeanIfDeleted),
        scaleVarianceIfDeleted: orNull(item.scaleVarianceIfDeleted),
      };
    }),
  };
  return dataset.weighting ? { ...table, weighting: dataset.weighting } : table;
}
