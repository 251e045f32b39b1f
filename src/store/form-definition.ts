import { codedError } from '../common/errors';
import type { FormDefinition } from '../form/model';
import { isFormModel, isFormModelThroughout } from '../form/model-shape';

/**
 * The one place a form model is read back from its JSON text: published versions and working copies in the
 * database, the definition a worker thread is handed, a version a field package carries. Everything else gets a
 * typed FormDefinition and never casts.
 */

/** A definition this database stored (checked when it was published or saved): its outline is checked again, cheaply. */
export function parseFormDefinition(text: string, where: { formId: string; version?: string }): FormDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isFormModel(value)) throw codedError('internal', 'stored-form-unreadable', { formId: where.formId, version: where.version ?? '' });
  return value;
}

/** A definition from outside (a field package): the form model when every part has the right type, else undefined. */
export function readForeignFormDefinition(text: string): FormDefinition | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isFormModelThroughout(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
