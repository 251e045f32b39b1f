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

/** Chooses the plural form of a count: kk has one form for all, ru three, en two. */
export function plural(language: Language, count: number, forms: { one: string; few?: string; many: string }): string {
  if (language === 'kk') return forms.many;
  if (language === 'en') return count === 1 ? forms.one : forms.many;
  const n = Math.abs(count) % 100;
  const n1 = n % 10;
  if (n > 10 && n < 20) return forms.many;
  if (n1 > 1 && n1 < 5) return forms.few ?? forms.many;
  if (n1 === 1) return forms.one;
  return forms.many;
}

/** A screen entry that depends on a count: its forms as Intl.PluralRules names them; `other` is always given. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The shape the other languages must give an English screen catalog: every key, a string where
 * English has a string and plural forms where English has plural forms.
 */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };
