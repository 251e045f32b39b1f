/**
 * The one shape every catalog of user-facing words has: a stable code → a phrase per language.
 * The core raises codes with parameters; the CLI, the screens and the workbook turn them into words
 * here, never by matching an English sentence.
 */

export type Language = 'kk' | 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

/** Values a phrase may interpolate. Arrays are joined by the phrase itself. */
export type MessageParams = Record<string, string | number | boolean | undefined>;

/** One phrase in the three languages. Write whole sentences per language: never concatenate fragments. */
export type Phrase<P extends MessageParams = MessageParams> = Record<Language, (params: P) => string>;

export type Catalog = Record<string, Phrase<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Identity, for type inference of an area's catalog. */
export function defineCatalog<C extends Catalog>(catalog: C): C {
  return catalog;
}

/** "1 201" in kk/ru, "1,201" in en: the one number format of every message. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : language === 'ru' ? 'ru-RU' : 'kk-KZ').format(value);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The plural category of a count in a language, by CLDR's rules (Intl.PluralRules): ru has one
 * (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 25–30); en one and other; kk one and other,
 * though a Kazakh noun after a numeral stays singular, so kk phrases mostly give one form. One
 * rule for the screens, the CLI and the workbook.
 */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** Chooses the plural form of a count inside a phrase: kk has one form for all, ru three, en two. */
export function plural(language: Language, count: number, forms: { one: string; few?: string; many: string }): string {
  if (language === 'kk') return forms.many;
  const category = pluralCategory(language, count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few ?? forms.many;
  return forms.many;
}

/** A screen entry that depends on a count: its forms as Intl.PluralRules names them; `other` is always given. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The shape the other languages must give an English screen catalog: every key, a string where
 * English has a string and plural forms where English has plural forms.
 */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };

/** The form of a screen's plural entry for a count; a form the entry leaves out falls back to `other`. */
export function pluralForm(message: PluralMessage, language: Language, count: number): string {
  return message[pluralCategory(language, count)] ?? message.other;
}
