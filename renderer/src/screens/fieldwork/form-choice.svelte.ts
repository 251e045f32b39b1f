import { call } from '../../lib/api';
import { Resource } from '../../lib/resource.svelte';

/** The forms of this database and the one the fieldwork screens look at (the first with finalized interviews). */
export class FormChoice {
  readonly forms = new Resource(() => call('forms.list', {}));
  formId = $state('');
  /** Count practice (demo) responses too; field data only by default, as everywhere. */
  includeDemo = $state(false);
  /** Practice responses of the chosen form (the checkbox shows only when there are some). */
  get practiceCount(): number {
    return this.forms.value?.find((form) => form.formId === this.formId)?.demo ?? 0;
  }

  async load(): Promise<void> {
    await this.forms.reload();
    const known = this.forms.value ?? [];
    if (!known.some((form) => form.formId === this.formId)) this.formId = (known.find((form) => form.finals > 0) ?? known[0])?.formId ?? '';
  }
}

/** Labels of the choices of the form's questions, for showing plan locations ("zhambyl" → "Жамбыл облысы"). */
export async function choiceLabels(formId: string, language: string): Promise<Map<string, Map<string, string>>> {
  const variables = await call('analysis.variables', { formId, language });
  return new Map(variables.map((variable) => [variable.name, new Map(variable.levels.map((level) => [level.value, level.label]))]));
}
