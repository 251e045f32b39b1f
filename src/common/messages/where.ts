import type { Language } from './catalog';
import type { Problem } from '../errors';
import { localizedMessage } from '../errors';
import { placed } from './place';

/** "survey, жол 12, баған relevant: …" — a problem with where it is, in one language. */
export function localizedProblem(problem: Problem, language: Language): string {
  return placed(problem, localizedMessage(problem, language), language);
}
