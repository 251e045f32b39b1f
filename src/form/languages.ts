import type { FormDefinition, Language, Translations } from './model';
import { UNNAMED_DEFAULT_LANGUAGE } from './model';

/**
 * Language names some XLSForm authors write without a code (`label::English`), mapped to ISO 639-1
 * codes so that a form's languages are always codes. Anything else keeps its name as its code.
 */
const CODES_BY_NAME: Record<string, string> = {
  english: 'en',
  russian: 'ru',
  kazakh: 'kk',
  uzbek: 'uz',
  kyrgyz: 'ky',
  tajik: 'tg',
  turkmen: 'tk',
  ukrainian: 'uk',
  turkish: 'tr',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  arabic: 'ar',
  chinese: 'zh',
  uyghur: 'ug',
  tatar: 'tt',
  korean: 'ko',
  қазақша: 'kk',
  'қазақ тілі': 'kk',
  русский: 'ru',
  орысша: 'ru',
  ағылшынша: 'en',
};

const NAME_WITH_CODE = /^(.*\S)\s*\(\s*([^()\s]+)\s*\)$/;

/**
 * "Kazakh (kk)" → {code: "kk", name: "Kazakh"}; "kk" → {code: "kk", name: ""};
 * "English" → {code: "en", name: "English"}; a name without a known code is its own code.
 */
export function parseLanguage(text: string): Language {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const withCode = NAME_WITH_CODE.exec(trimmed);
  if (withCode) return { code: withCode[2], name: withCode[1] };
  const known = CODES_BY_NAME[trimmed.toLowerCase()];
  if (known) return { code: known, name: trimmed };
  return { code: trimmed, name: '' };
}

/** The inverse of `parseLanguage`, as written after `label::` and in `default_language`. */
export function formatLanguage(language: Language): string {
  return language.name ? `${language.name} (${language.code})` : language.code;
}

export function isUnnamedDefault(language: Language): boolean {
  return language.code === UNNAMED_DEFAULT_LANGUAGE && !language.name;
}

/**
 * The text in `language`, else in the form's default language, else the first text there is.
 * Returns '' when there is no text at all.
 */
export function textIn(texts: Translations | undefined, language: string, defaultLanguage?: string): string {
  if (!texts) return '';
  if (texts[language]) return texts[language];
  if (defaultLanguage && texts[defaultLanguage]) return texts[defaultLanguage];
  for (const key in texts) if (texts[key]) return texts[key];
  return '';
}

/** The label of a row or choice in a form language, falling back as `textIn` does. */
export function labelIn(form: FormDefinition, texts: Translations | undefined, language?: string): string {
  return textIn(texts, language ?? form.defaultLanguage, form.defaultLanguage);
}

/** The header of a translated column for a language: `label::Kazakh (kk)`, or plain `label`. */
export function translatedHeader(column: string, language: Language | undefined): string {
  if (!language || isUnnamedDefault(language)) return column;
  return `${column}::${formatLanguage(language)}`;
}

/** What a form's title is made of, wherever it is shown: the plain title and its translations. */
export interface Titled {
  title: string;
  titles?: Translations;
}

/**
 * A form's title in `language` (settings `form_title::LANGUAGE`), else its plain `form_title`: the one helper every
 * list, header and command uses, so a Russian screen never shows the Kazakh title of a form that has a Russian one.
 */
export function titleIn(form: Titled, language: string): string {
  const translated = form.titles?.[language];
  return translated?.trim() ? translated : form.title;
}
