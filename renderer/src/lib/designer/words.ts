/** A Message (see messages.ts) in the interface language. */
import { t } from '../i18n/index.svelte';
import type { Message } from './messages';

export function words(message: Message): string {
  return t(message.key, message.params);
}
