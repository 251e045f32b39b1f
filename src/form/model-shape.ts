import type { FormDefinition } from './model';

/**
 * Whether a value has the outline of a form model: the named parts a form always has, with their types. Cheap (no
 * row is looked into), so the store can check every definition it reads and the API every form a screen sends;
 * what a form says is checked by checkForm, when it is published.
 */
export function isFormModel(value: unknown): value is FormDefinition {
  const candidate = value as Partial<FormDefinition> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    !Array.isArray(candidate) &&
    typeof candidate.formId === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.version === 'string' &&
    typeof candidate.defaultLanguage === 'string' &&
    Array.isArray(candidate.languages) &&
    Array.isArray(candidate.survey) &&
    Array.isArray(candidate.choiceLists)
  );
}

/**
 * The outline and every row, language and choice in it: for a form from outside (a field package), whose parts could
 * have any type and would otherwise break the checker itself.
 */
export function isFormModelThroughout(value: unknown): value is FormDefinition {
  return (
    isFormModel(value) &&
    value.languages.every((l) => isRecord(l) && typeof l.code === 'string' && typeof l.name === 'string') &&
    value.survey.every((row) => isRecord(row) && typeof row.type === 'string' && typeof row.name === 'string') &&
    value.choiceLists.every(
      (list) =>
        isRecord(list) &&
        typeof list.name === 'string' &&
        Array.isArray(list.choices) &&
        list.choices.every((choice) => isRecord(choice) && typeof choice.name === 'string' && isRecord(choice.label)),
    )
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
