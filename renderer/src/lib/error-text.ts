import { localizedMessage } from '../../../src/common/errors';
import { ApiError } from './api';
import { i18n } from './i18n/index.svelte';

/** An error's words in the interface language: a coded core error translated by its code, anything else as it came. */
export function errorText(error: Error): string {
  return error instanceof ApiError ? localizedMessage(error, i18n.language) : error.message;
}
