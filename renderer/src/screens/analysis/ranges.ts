import type { VariableInfo } from '../../../../src/api/spec';

/**
 * The values a Likert item or a scale score can take, from its choices' numeric names (1–5): the
 * axis of a means chart spans them. Undefined for plain numbers (age), whose range the data sets.
 */
export function possibleRange(variable: VariableInfo | undefined, variables: readonly VariableInfo[]): [number, number] | undefined {
  if (!variable) return undefined;
  const members = variable.kind === 'scale' ? variables.filter((candidate) => variable.items?.includes(candidate.name)) : [variable];
  const values = members.flatMap((member) => member.levels.map((level) => Number(level.value))).filter(Number.isFinite);
  if (values.length < 2 || members.some((member) => member.levels.length === 0)) return undefined;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low < high ? [low, high] : undefined;
}
