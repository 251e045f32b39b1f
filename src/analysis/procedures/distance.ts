/**
 * Bogardus social distance: per target group the mean step (1 = would accept by marriage … 7 = would exclude from the
 * country) and the share accepting each step or closer, overall and by group (region).
 */
import { codedError } from '../../common/errors';
import { DISTANCE_STEPS, socialDistance } from '../stats';
import type { DistanceSummary } from '../stats';
import type { VariableCatalog } from '../catalog';
import type { Dataset } from '../dataset';
import { orNull } from '../present';
import type { DistanceResult, DistanceSummaryResult, Level } from '../results';

/** The scale name the bundled survey (and, by convention, Kelisim forms) gives the Bogardus items. */
export const DISTANCE_SCALE = 'social_distance';

/** The targets: the items given, else the items of the social-distance scale. */
export function distanceItemNames(catalog: VariableCatalog, items?: readonly string[], scale = DISTANCE_SCALE): string[] {
  if (items?.length) return [...items];
  const members = catalog.scaleItems(scale);
  if (!members.length) {
    throw codedError('bad-input', 'analysis-distance-no-scale', { scale });
  }
  return members.map((entry) => entry.name);
}

export function distanceTable(dataset: Dataset, items: readonly string[], by?: string): DistanceResult {
  const targets = items.map((name) => {
    const entry = dataset.variable(name);
    if (entry.kind !== 'single' || !entry.numericValues) {
      throw codedError('bad-input', 'analysis-distance-not-steps', { name, steps: DISTANCE_STEPS });
    }
    return { name, steps: dataset.numeric(name) };
  });
  const groups = by === undefined ? undefined : dataset.axis(by);
  const results = socialDistance(targets, groups?.variable, dataset.weights);
  if (results.every((result) => result.all.n === 0)) {
    throw codedError('bad-input', 'analysis-distance-no-answers', { count: dataset.caseCount, items: items.join(', ') });
  }
  const first = dataset.variable(items[0]);
  const steps: Level[] = Array.from({ length: DISTANCE_STEPS }, (_, s) => {
    const level = first.levels.find((candidate, index) => first.numericValues![index] === s + 1);
    return { value: String(s + 1), label: level?.label ?? String(s + 1) };
  });
  const table: DistanceResult = {
    by: by ?? null,
    byLabel: groups?.entry.label ?? null,
    steps,
    targets: results.map((result, index) => ({
      target: result.target,
      label: dataset.variable(items[index]).label,
      ...summary(result.all),
      groups: result.byGroup.map((group, code) => ({
        group: groups!.levels[code].value,
        label: groups!.levels[code].label,
        ...summary(group),
      })),
    })),
  };
  return dataset.weighting ? { ...table, weighting: dataset.weighting } : table;
}

function summary(result: DistanceSummary): DistanceSummaryResult {
  return { n: result.n, meanDistance: orNull(result.meanDistance), acceptingPercent: result.acceptingPercent.map(orNull) };
}
