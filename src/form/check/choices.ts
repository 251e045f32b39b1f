import type { CheckContext } from './context';
import type { FormDefinition } from '../model';
import { isUnnamedDefault } from '../languages';

/** The settings `allow_choice_duplicates` (yes/true): the form keeps two choices of one name in a list, as pyxform lets it. */
export function allowsChoiceDuplicates(form: FormDefinition): boolean {
  const setting = Object.entries(form.settingsExtra ?? {}).find(
    ([key]) => key.trim().toLowerCase().replace(/\s+/g, '_') === 'allow_choice_duplicates',
  );
  return setting !== undefined && ['yes', 'true', 'true()', '1'].includes(setting[1].trim().toLowerCase());
}

/**
 * Every choice needs a name, unique in its list unless the settings allow duplicates. A label is
 * not demanded: pyxform accepts a choice without one, and the interview then shows its name.
 */
export function checkChoiceLists(ctx: CheckContext): void {
  const duplicatesAllowed = allowsChoiceDuplicates(ctx.form);
  for (const list of ctx.form.choiceLists) {
    const firstIndex = new Map<string, number>();
    list.choices.forEach((choice, index) => {
      if (!choice.name.trim()) {
        ctx.atChoice(list.name, index, 'name', 'xlsform-choice-no-name', { list: list.name });
        return;
      }
      const earlier = firstIndex.get(choice.name);
      if (earlier !== undefined && !duplicatesAllowed) {
        ctx.atChoice(list.name, index, 'name', 'xlsform-duplicate-choice', {
          choice: choice.name,
          list: list.name,
          earlierRow: ctx.choiceRow(list.name, earlier) ?? 0,
        });
      } else if (earlier === undefined) {
        firstIndex.set(choice.name, index);
      }
    });
  }
}

export function checkSettings(ctx: CheckContext): void {
  const { form } = ctx;
  if (!form.formId.trim()) ctx.atSettings('form_id', 'xlsform-no-form-id');
  if (form.languages.length && !form.languages.some((l) => l.code === form.defaultLanguage)) {
    const codes = form.languages.map((l) => l.code).join(', ');
    ctx.atSettings('default_language', 'xlsform-default-language-unknown', { language: form.defaultLanguage, languages: codes });
  }
  const unnamed = form.languages.find(isUnnamedDefault);
  if (unnamed && form.defaultLanguage !== unnamed.code) {
    ctx.atSettings('default_language', 'xlsform-unnamed-label-not-default');
  }
}
