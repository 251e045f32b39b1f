import type { CheckContext } from './context';
import { isUnnamedDefault, translatedHeader } from '../languages';

/** Every choice needs a name unique in its list and a label in some language. */
export function checkChoiceLists(ctx: CheckContext): void {
  const defaultLanguage = ctx.form.languages.find((l) => l.code === ctx.form.defaultLanguage) ?? ctx.form.languages[0];
  for (const list of ctx.form.choiceLists) {
    const firstIndex = new Map<string, number>();
    list.choices.forEach((choice, index) => {
      if (!choice.name.trim()) {
        ctx.atChoice(list.name, index, 'name', `A choice of list "${list.name}" has no name; give it the code to store, such as 1 or yes.`);
        return;
      }
      const earlier = firstIndex.get(choice.name);
      if (earlier !== undefined) {
        const earlierRow = ctx.choiceRow(list.name, earlier);
        ctx.atChoice(list.name, index, 'name',
          `The choice "${choice.name}" appears twice in list "${list.name}"${earlierRow ? ` (first in row ${earlierRow})` : ''}; each choice needs its own name.`);
      } else {
        firstIndex.set(choice.name, index);
      }
      if (!Object.values(choice.label).some((text) => text.trim() !== '')) {
        ctx.atChoice(list.name, index, translatedHeader('label', defaultLanguage),
          `The choice "${choice.name}" of list "${list.name}" has no label.`);
      }
    });
  }
}

export function checkSettings(ctx: CheckContext): void {
  const { form } = ctx;
  if (!form.formId.trim()) ctx.atSettings('form_id', 'The form has no form_id; give it a short identifier such as tolerance_2024.');
  if (form.languages.length && !form.languages.some((l) => l.code === form.defaultLanguage)) {
    const codes = form.languages.map((l) => l.code).join(', ');
    ctx.atSettings('default_language', `The default language "${form.defaultLanguage}" is not one of the form's languages (${codes}).`);
  }
  const unnamed = form.languages.find(isUnnamedDefault);
  if (unnamed && form.defaultLanguage !== unnamed.code) {
    ctx.atSettings('default_language',
      `The plain label column has no language of its own, so it must be the default language; name its language (label::English (en)) or make it the default.`);
  }
}
