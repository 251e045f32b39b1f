import { codedError } from '../common/errors';
import type { Language } from '../common/messages/catalog';

const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

/**
 * The language the CLI says its errors and problems in: KELISIM_LANG when set (kk, ru or en; anything else is refused,
 * not guessed), else the user's locale as POSIX orders it (LC_ALL, LC_MESSAGES, LANG; on Windows the system's, as
 * Intl reads it) when it is Kazakh or Russian, else English. `--json` output is the same in every language.
 */
export function cliLanguage(env: NodeJS.ProcessEnv, systemLocale = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  const chosen = env.KELISIM_LANG?.trim();
  if (chosen) {
    if (!(LANGUAGES as readonly string[]).includes(chosen)) throw codedError('bad-input', 'cli-language-unknown', { value: chosen });
    return chosen as Language;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale;
  const language = /^([a-z]{2})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return language === 'kk' || language === 'ru' ? language : 'en';
}
