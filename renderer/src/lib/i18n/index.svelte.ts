import type { UiLanguage } from '../../../../src/api/spec';
import { pluralForm } from '../../../../src/common/messages/catalog';
import { screenMessages, type MessageKey, type Messages, type PluralMessage } from '../../../../src/common/messages/screens';
import { dateTimeText } from '../date-text';

export type { MessageKey };

/** The words live in src/common/messages (one catalog per area and language); this is the screens' way in. */
const dictionaries: Record<UiLanguage, Messages> = screenMessages;

export const UI_LANGUAGES: { code: UiLanguage; name: string }[] = [
  { code: 'kk', name: 'Қазақша' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
];

let current = $state<UiLanguage>('kk');

export const i18n = {
  get language(): UiLanguage {
    return current;
  },
  set language(language: UiLanguage) {
    current = language;
    document.documentElement.lang = language;
  },
};

type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
}

/** Parameters that are counts: written in the interface's number format ("1 201"), as tables write them. */
const COUNT_PARAMS = new Set(['count', 'total', 'done']);

function withCountsFormatted(params?: Params): Params | undefined {
  if (!params) return params;
  const entries = Object.entries(params).map(([name, value]) => [
    name,
    typeof value === 'number' && COUNT_PARAMS.has(name) ? formatNumber(value) : value,
  ]);
  return Object.fromEntries(entries) as Params;
}

/** The number that picks a plural form: `count`, given as a number or already written out ("1 201"). */
function countOf(params?: Params): number {
  const count = params?.count ?? 0;
  return typeof count === 'number' ? count : Number(count.replace(/[\s,]/g, ''));
}

/** The app's words in the chosen interface language; reactive inside components. */
export function t(key: MessageKey, params?: Params): string {
  const message = dictionaries[current][key];
  const shown = withCountsFormatted(params);
  if (typeof message === 'string') return fill(message, shown);
  // A plural entry's form follows the parameter named count (CLDR's rules, as the CLI's and workbook's words).
  return fill(pluralForm(message as PluralMessage, current, countOf(params)), shown);
}

/**
 * Numbers as the interface language writes them: space-grouped thousands and a decimal comma in
 * Kazakh and Russian. Kazakh uses the Russian rules because browsers' kk-KZ data is often missing
 * (Chromium then falls back to English "1,200"), and the two conventions are the same.
 */
export function formatNumber(value: number, digits?: number): string {
  const locale = current === 'en' ? 'en-GB' : 'ru-RU';
  return new Intl.NumberFormat(locale, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A moment in local time, all digits, in the interface language (see dateTimeText). */
export function formatDateTime(ms: number): string {
  return dateTimeText(ms, current);
}
