/** How the designer names a form language: in its own words for kk, ru, en, else as the form names it. */
import type { Language } from '../form';
import { UI_LANGUAGES } from '../i18n/index.svelte';

const OWN_NAMES: Record<string, string> = Object.fromEntries(UI_LANGUAGES.map((language) => [language.code, language.name]));

export function languageLabel(language: Language): string {
  return OWN_NAMES[language.code] ?? (language.name || language.code);
}

/** The languages a lead adds most, offered first when adding one. */
export const COMMON_LANGUAGES = ['kk', 'ru', 'en', 'uz', 'ky', 'tg', 'ug', 'tr', 'de', 'zh'];
