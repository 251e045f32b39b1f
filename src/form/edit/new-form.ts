/** A new, empty form, and the identifier a title suggests for it. */
import type { FormDefinition } from '../model';
import { languageFor } from './languages';
import { transliterate } from '../../common/transliteration';

/** "Толеранттылық 2025" → "toleranttylyq_2025": lower-case Latin letters, digits and _, starting with a letter. */
export function suggestFormId(title: string): string {
  const latin = transliterate(title.toLowerCase());
  const id = latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!id) return 'form';
  return /^[a-z]/.test(id) ? id : `form_${id}`;
}

/** What is wrong with a new form's identifier: it names files and packages, so Latin letters, digits, _ - . only. */
export function formIdProblem(formId: string): 'empty' | 'characters' | undefined {
  if (!formId) return 'empty';
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(formId) ? undefined : 'characters';
}

/** A form with no questions yet, in the given languages (codes such as kk, ru, en; the first is the default unless named). */
export function emptyForm(options: { formId: string; title: string; languages: string[]; defaultLanguage?: string }): FormDefinition {
  const languages = options.languages.map(languageFor);
  const defaultLanguage =
    options.defaultLanguage && options.languages.includes(options.defaultLanguage) ? options.defaultLanguage : options.languages[0];
  return { formId: options.formId, title: options.title, version: '', defaultLanguage, languages, survey: [], choiceLists: [] };
}
