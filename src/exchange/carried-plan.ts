/**
 * The plan a lead-to-laptop package carries (plan-package.ts writes it): checked with the rest of the package
 * before anything is written, and stored in the import's transaction.
 */
import { codedProblem, type Problem } from '../common/errors';
import type { Db } from '../store/database';
import { replaceInterviewerPlan } from '../store/fieldwork';
import type { CarriedPlan, PackageFormVersion } from './types';

/**
 * The plan a package carries, checked against the manifest and the form versions the package carries: its
 * recipient, every assignment that interviewer's, location and quota questions fields of the form.
 */
export function checkCarriedPlan(
  value: unknown,
  recipient: unknown,
  versions: readonly PackageFormVersion[],
): { plan?: CarriedPlan; problems: Problem[] } {
  if (value === undefined) {
    return recipient === undefined
      ? { problems: [] }
      : { problems: [malformed('the manifest names a recipient but the package carries no plan')] };
  }
  const bad = (detail: string) => ({ problems: [malformed(detail)] });
  if (!isObject(value) || !isText(value.formId) || !isText(value.interviewer) || !Array.isArray(value.assignments)) {
    return bad('it needs formId, interviewer and assignments');
  }
  if (recipient !== value.interviewer) return bad('its interviewer is not the recipient the manifest names');
  const fields = new Set(versions.filter((v) => v.formId === value.formId).flatMap((v) => v.fields));
  if (!fields.size) return bad(`the package carries no version of form ${value.formId}`);
  const ids = new Set<string>();
  const assignments: CarriedPlan['assignments'] = [];
  for (const [i, a] of value.assignments.entries()) {
    const where = `assignment ${i + 1}`;
    if (
      !isObject(a) ||
      !isText(a.id) ||
      a.interviewer !== value.interviewer ||
      !isCount(a.target) ||
      !isObject(a.location) ||
      !Array.isArray(a.quotas)
    ) {
      return bad(`${where} needs an id, the recipient as interviewer, a target (a whole number), location answers and quotas`);
    }
    if (ids.has(a.id)) return bad(`${where} repeats the id ${a.id}`);
    ids.add(a.id);
    const location: Record<string, string> = {};
    for (const [question, answer] of Object.entries(a.location)) {
      if (!fields.has(question) || typeof answer !== 'string')
        return bad(`${where}: ${question} is not a question of the form, or its answer is not text`);
      location[question] = answer;
    }
    const quotas: CarriedPlan['assignments'][number]['quotas'] = [];
    for (const q of a.quotas as unknown[]) {
      if (!isObject(q) || !isText(q.question) || !fields.has(q.question) || !isText(q.choice) || !isCount(q.target)) {
        return bad(`${where}: a quota needs a question of the form, a choice and a target`);
      }
      quotas.push({ question: q.question, choice: q.choice, target: q.target });
    }
    // Only the known keys go on: a package's extra fields never reach the database.
    assignments.push({ id: a.id, interviewer: a.interviewer, target: a.target, location, quotas });
  }
  return { plan: { formId: value.formId, interviewer: value.interviewer, assignments }, problems: [] };
}

/** Stores a checked plan on this database (inside the import's transaction). */
export function mergeCarriedPlan(db: Db, plan: CarriedPlan): void {
  replaceInterviewerPlan(db, plan.formId, plan.interviewer, plan.assignments);
}

const malformed = (detail: string) => codedProblem('plan-package-malformed', { detail });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 1_000_000;
