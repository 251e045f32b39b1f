/**
 * A form version a package carries is checked as `form import` checks a workbook, and a final
 * response as finalizing an interview checks it: the lead's database takes nothing an interview
 * on this installation could not have produced.
 */
import { createHash } from 'node:crypto';
import { codedProblem, KelisimError, nestedProblem, type Problem } from '../common/errors';
import { compileForm, isAnswerError, storedFields, validateAnswers, type CompiledForm, type FormDefinition } from '../form';
import type { PackageFormVersion, PackageResponse } from './types';
import { readForeignFormDefinition } from '../store/form-definition';

/** The compiled form of a carried version, or the problems that keep it out (none listed twice). */
export function checkCarriedVersion(version: PackageFormVersion): { compiled: CompiledForm } | { problems: Problem[] } {
  const names = { formId: version.formId, version: version.version };
  const form = readForeignFormDefinition(version.definition);
  if (!form) return { problems: [codedProblem('package-form-not-a-model', names)] };
  const compiled = compileDefinition(form, names);
  if ('problems' in compiled) return compiled;
  const itself =
    form.formId === version.formId &&
    form.version === version.version &&
    sameList(storedFields(form), version.fields) &&
    createHash('sha256').update(version.definition).digest('hex') === version.contentHash;
  if (!itself) return { problems: [codedProblem('package-form-not-itself', names)] };
  return compiled;
}

/** Compiles a definition the database already holds (trusted when it was stored, checked again here all the same). */
export function compileStoredDefinition(
  formId: string,
  version: string,
  definition: string,
): { compiled: CompiledForm } | { problems: Problem[] } {
  const form = readForeignFormDefinition(definition);
  if (!form) return { problems: [codedProblem('package-form-not-a-model', { formId, version })] };
  return compileDefinition(form, { formId, version });
}

/**
 * What finalizing would refuse in a final response: every answer error (required, type, choice,
 * constraint, repeat count, unknown field) in the response's language, at the moment it was finished.
 */
export function finalResponseProblems(
  compiled: CompiledForm,
  response: Pick<PackageResponse, 'uuid' | 'language' | 'finishedAt' | 'updatedAt'>,
  answers: Record<string, string>,
): Problem[] {
  const language =
    response.language && compiled.form.languages.some((l) => l.code === response.language)
      ? response.language
      : compiled.form.defaultLanguage;
  const given: Record<string, string> = {};
  for (const field in answers) if (answers[field] !== '') given[field] = answers[field];
  return validateAnswers(compiled, given, { language, now: new Date(response.finishedAt ?? response.updatedAt) })
    .filter(isAnswerError)
    .map((problem) =>
      codedProblem('package-answer-invalid', {
        uuid: response.uuid,
        field: problem.field,
        problem: problem.message,
        answer: problem.code,
        ...Object.fromEntries(Object.entries(problem.params).map(([name, value]) => [`answer.${name}`, value])),
      }),
    );
}

function compileDefinition(
  form: FormDefinition,
  names: { formId: string; version: string },
): { compiled: CompiledForm } | { problems: Problem[] } {
  try {
    return { compiled: compileForm(form) };
  } catch (error) {
    if (error instanceof KelisimError && error.problems.length) {
      return {
        problems: error.problems.map((problem) => codedProblem('package-form-problem', { ...names, ...nestedProblem('problem', problem) })),
      };
    }
    // A model whose parts have the wrong types can break the checker itself.
    return { problems: [codedProblem('package-form-not-a-model', names)] };
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
