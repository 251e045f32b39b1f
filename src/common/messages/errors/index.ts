import type { Language, MessageParams, Phrase } from '../catalog';
import { placed, type Place } from '../place';
import { csvErrors } from './csv';
import { databaseErrors } from './database';
import { expressionErrors } from './expressions';
import { analysisStatsErrors } from './analysis-stats';
import { generalErrors } from './general';
import { qualityMessages } from './quality';
import { planMessages } from './plan';
import { xlsformErrors } from './xlsform';
import { transportErrors } from './transport';
import { fileAccessErrors } from './files';
import { demoErrors } from './demo';
import { analysisDesignErrors } from './analysis-design';
import { packageErrors } from './packages';
import { packageContentErrors } from './package-content';
import { appErrors } from './app';
import { paradataErrors } from './paradata';
import { analysisErrors } from './analysis';
import { analysisMapErrors } from './analysis-map';
import { collectErrors } from './collect';
import { formErrors } from './forms';
import { mediaErrors } from './media';
import { cliErrors } from './cli';
import { cliCommandErrors } from './cli-commands';
import { expressionReasons } from './expression-reasons';
import { formCheckErrors } from './form-check';
import { answerErrors } from './answers';

/**
 * Every error code the core can raise, joined from one file per area (add an area's file here).
 * A test walks every code through kk, ru and en.
 */
export const errorCatalog = {
  ...generalErrors,
  ...qualityMessages,
  ...planMessages,
  ...xlsformErrors,
  ...expressionErrors,
  ...transportErrors,
  ...csvErrors,
  ...databaseErrors,
  ...fileAccessErrors,
  ...demoErrors,
  ...analysisStatsErrors,
  ...analysisDesignErrors,
  ...packageErrors,
  ...packageContentErrors,
  ...appErrors,
  ...paradataErrors,
  ...analysisErrors,
  ...analysisMapErrors,
  ...collectErrors,
  ...formErrors,
  ...mediaErrors,
  ...cliErrors,
  ...cliCommandErrors,
  ...expressionReasons,
  ...formCheckErrors,
  ...answerErrors,
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCatalog, code);
}

/** The words for a coded error or problem in one language; undefined for an unknown code. */
export function errorText(code: string, params: MessageParams | undefined, language: Language): string | undefined {
  if (!isErrorCode(code)) return undefined;
  const phrase = errorCatalog[code] as Phrase;
  return phrase[language](withNestedProblems(params ?? {}, language));
}

/** Each problem carried inside the parameters (errors.ts nestedProblem) in the same language, in place of its English. */
function withNestedProblems(params: MessageParams, language: Language): MessageParams {
  let said = params;
  for (const [key, code] of Object.entries(params)) {
    if (!key.endsWith('.code') || typeof code !== 'string') continue;
    const name = key.slice(0, -'.code'.length);
    const inner: MessageParams = {};
    const place: Record<string, unknown> = {};
    for (const [other, value] of Object.entries(params)) {
      if (other.startsWith(`${name}.param.`)) inner[other.slice(`${name}.param.`.length)] = value;
      else if (other.startsWith(`${name}.where.`)) place[other.slice(`${name}.where.`.length)] = value;
    }
    const text = errorText(code, inner, language);
    if (text !== undefined) said = { ...said, [name]: placed(place as Place, text, language) };
  }
  return said;
}
