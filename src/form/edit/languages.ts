/** The form's languages: adding one, removing one with its texts, renaming, choosing the default. */
import type { Choice, FormDefinition, Language, SurveyRow, Translations } from '../model';
import { cleanTranslations } from './normalize';

/**
 * English names of the languages Kelisim's studies use, for the `label::Kazakh (kk)` headers that
 * ODK, Kobo and SurveyCTO show to their users; other codes get no name (`label::uz`).
 */
const HEADER_NAMES: Record<string, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

export function languageFor(code: string): Language {
  return { code, name: HEADER_NAMES[code] ?? '' };
}

const TRANSLATED_ROW_KEYS = ['label', 'hint', 'requiredMessage', 'constraintMessage'] as const;

function mapTexts(
  form: FormDefinition,
  change: (texts: Translations) => Translations,
): Pick<FormDefinition, 'survey' | 'choiceLists' | 'titles'> {
  const row = (r: SurveyRow): SurveyRow => {
    let next: SurveyRow | undefined;
    for (const key of TRANSLATED_ROW_KEYS) {
      const texts = r[key];
      if (!texts) continue;
      next ??= { ...r };
      const changed = cleanTranslations(change(texts));
      if (changed) next[key] = changed;
      else delete next[key];
    }
    return next ?? r;
  };
  const choice = (c: Choice): Choice => ({ ...c, label: cleanTranslations(change(c.label)) ?? {} });
  return {
    survey: form.survey.map(row),
    choiceLists: form.choiceLists.map((list) => ({ ...list, choices: list.choices.map(choice) })),
    // The title's translations follow the language as the labels do.
    ...(form.titles ? { titles: cleanTranslations(change(form.titles)) } : {}),
  };
}

/** Adds a language (without texts yet); the same form when it has it already. */
export function addLanguage(form: FormDefinition, language: Language): FormDefinition {
  if (form.languages.some((l) => l.code === language.code)) return form;
  return { ...form, languages: [...form.languages, language] };
}

/**
 * Removes a language and every text in it. The default language passes to the first one left; the
 * last language cannot be removed (the same form comes back).
 */
export function removeLanguage(form: FormDefinition, code: string): FormDefinition {
  const languages = form.languages.filter((l) => l.code !== code);
  if (!languages.length || languages.length === form.languages.length) return form;
  const defaultLanguage = form.defaultLanguage === code ? languages[0].code : form.defaultLanguage;
  return {
    ...form,
    ...mapTexts(form, (texts) => Object.fromEntries(Object.entries(texts).filter(([language]) => language !== code))),
    languages,
    defaultLanguage,
  };
}

/** Gives a language another code or name (texts follow the code), e.g. a plain "label" column becoming Kazakh (kk). */
export function renameLanguage(form: FormDefinition, code: string, language: Language): FormDefinition {
  if (!form.languages.some((l) => l.code === code)) return form;
  if (language.code !== code && form.languages.some((l) => l.code === language.code)) return form;
  const rekey = (texts: Translations) =>
    Object.fromEntries(Object.entries(texts).map(([key, text]) => [key === code ? language.code : key, text]));
  return {
    ...form,
    ...(language.code === code ? {} : mapTexts(form, rekey)),
    languages: form.languages.map((l) => (l.code === code ? language : l)),
    defaultLanguage: form.defaultLanguage === code ? language.code : form.defaultLanguage,
  };
}

export function setDefaultLanguage(form: FormDefinition, code: string): FormDefinition {
  if (!form.languages.some((l) => l.code === code)) return form;
  return { ...form, defaultLanguage: code };
}
