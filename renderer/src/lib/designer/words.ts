/** A Message (see messages.ts) in the interface language, nested messages filled in. */
import { t } from '../i18n/index.svelte';
import type { Message } from './messages';

export function words(message: Message): string {
  const nested = Object.fromEntries(Object.entries(message.nested ?? {}).map(([name, inner]) => [name, words(inner)]));
  return t(message.key, { ...message.params, ...nested });
}
