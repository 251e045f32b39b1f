import { titleIn, type Titled } from '../../../src/form/languages';
import { i18n } from './i18n/index.svelte';

/**
 * A form's title in the interface language, else its plain title: what every list and heading shows (the interview
 * header passes its own language, which the interviewer may change). Reactive inside components, as `t` is.
 */
export function formTitle(form: Titled, language: string = i18n.language): string {
  return titleIn(form, language);
}
