import type { Language, MessageParams, Phrase } from '../catalog';
import { expressionErrors } from './expressions';
import { generalErrors } from './general';

/**
 * Every error code the core can raise, joined from one file per area (add an area's file here).
 * A test walks every code through kk, ru and en.
 */
export const errorCatalog = {
  ...generalErrors,
  ...expressionErrors,
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCatalog, code);
}

/** The words for a coded error or problem in one language; undefined for an unknown code. */
export function errorText(code: string, params: MessageParams | undefined, language: Language): string | undefined {
  if (!isErrorCode(code)) return undefined;
  const phrase = errorCatalog[code] as Phrase;
  return phrase[language](params ?? {});
}
