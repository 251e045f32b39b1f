import type { MessageLanguage } from '../common/messages/form-runtime';
import type { FormDefinition } from './model';
import { parseLanguage } from './languages';

const BY_NAME: Record<string, MessageLanguage> = { kazakh: 'kk', russian: 'ru', english: 'en' };

function asMessageLanguage(code: string): MessageLanguage | undefined {
  const base = code.toLowerCase().split(/[-_]/)[0];
  return base === 'kk' || base === 'ru' || base === 'en' ? base : BY_NAME[base];
}

/**
 * The language to write Kelisim's messages in for a form language: kk, ru or en by code
 * ("kk", "ru-RU") or by the language's name ("Kazakh"), English otherwise.
 */
export function messageLanguage(language: string | undefined, form?: FormDefinition): MessageLanguage {
  if (!language) return form ? messageLanguage(form.defaultLanguage) : 'en';
  const direct = asMessageLanguage(language) ?? asMessageLanguage(parseLanguage(language).code);
  if (direct) return direct;
  const named = form?.languages.find((l) => l.code === language)?.name;
  return (named && BY_NAME[named.toLowerCase()]) || 'en';
}
