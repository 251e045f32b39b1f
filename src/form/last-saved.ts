import type { FormDefinition } from './model';
import { parseExpression, walkExpression } from './expr';
import { rowExpressions } from './row-expressions';

const cache = new WeakMap<FormDefinition, string[]>();

/**
 * The fields the form reads as ${last-saved#name}. Only these answers of the last saved response
 * are handed to an interview: answers hold ethnicity and religion, so nothing more travels.
 */
export function lastSavedFields(form: FormDefinition): string[] {
  let names = cache.get(form);
  if (names) return names;
  const found = new Set<string>();
  for (const row of form.survey) {
    for (const { text } of rowExpressions(row)) {
      if (!text.includes('last-saved#')) continue;
      try {
        for (const node of walkExpression(parseExpression(text))) if (node.kind === 'last-saved') found.add(node.name);
      } catch {
        // checkForm reports expressions that cannot be read; a published form has none.
      }
    }
  }
  names = [...found];
  cache.set(form, names);
  return names;
}
