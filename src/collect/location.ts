import type { CompiledForm } from '../form';
import { isSelect } from '../form';
import { isAnswerable } from './answers';

/**
 * Questions whose answers carry over to the next interview on the same laptop: an interviewer
 * works through one settlement before moving on. Found by name, as the bundled survey (and the
 * analysis "by region") names them.
 */
export const LOCATION_FIELDS = ['region', 'district', 'settlement'] as const;

/** The remembered answers this form can take: its location questions, with values it accepts. */
export function rememberedLocation(compiled: CompiledForm, remembered: Record<string, string>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const name of LOCATION_FIELDS) {
    const value = remembered[name];
    const field = compiled.byName.get(name);
    if (typeof value !== 'string' || value === '' || !field || !isAnswerable(field) || field.repeats.length) continue;
    if (isSelect(field.type) && !field.choices?.has(value)) continue;
    answers[name] = value;
  }
  return answers;
}

/** An assignment's answers this form can take: questions outside repeats, with values they accept. */
export function assignedAnswers(compiled: CompiledForm, assigned: Record<string, string>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(assigned)) {
    const field = compiled.byName.get(name);
    if (typeof value !== 'string' || value === '' || !field || !isAnswerable(field) || field.repeats.length) continue;
    if (isSelect(field.type) && !field.choices?.has(value)) continue;
    answers[name] = value;
  }
  return answers;
}

/** The location answers to remember after a save, or undefined when the save changed none of them. */
export function locationAnswers(
  compiled: CompiledForm,
  changedFields: readonly string[],
  answers: Record<string, string>,
): Record<string, string> | undefined {
  const present = LOCATION_FIELDS.filter((name) => compiled.byName.has(name));
  if (!present.some((name) => changedFields.includes(name))) return undefined;
  return Object.fromEntries(present.map((name) => [name, answers[name] ?? '']));
}
