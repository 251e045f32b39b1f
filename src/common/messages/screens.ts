/**
 * The screens' words: one catalog per area of the app (a folder beside this file) and per
 * language, joined here into one dictionary per language. English defines the keys; kk and ru must
 * define every one of them (the type checker enforces it). Placeholders look like {name}; a plural
 * entry lists the forms Intl.PluralRules names. renderer/src/lib/i18n/index.svelte.ts reads these.
 */
import type { Language, PluralMessage, Translated } from './catalog';
import { enShell } from './shell/en';
import { kkShell } from './shell/kk';
import { ruShell } from './shell/ru';
import { enInterview } from './interview/en';
import { kkInterview } from './interview/kk';
import { ruInterview } from './interview/ru';
import { enExchange } from './exchange/en';
import { kkExchange } from './exchange/kk';
import { ruExchange } from './exchange/ru';
import { enAnalysis } from './analysis/en';
import { kkAnalysis } from './analysis/kk';
import { ruAnalysis } from './analysis/ru';
import { enDesign } from './analysis/design/en';
import { kkDesign } from './analysis/design/kk';
import { ruDesign } from './analysis/design/ru';
import { enAnalysisMap } from './analysis/map/en';
import { kkAnalysisMap } from './analysis/map/kk';
import { ruAnalysisMap } from './analysis/map/ru';
import { enDesigner } from './designer/en';
import { kkDesigner } from './designer/kk';
import { ruDesigner } from './designer/ru';
import { enFieldwork } from './fieldwork/en';
import { kkFieldwork } from './fieldwork/kk';
import { ruFieldwork } from './fieldwork/ru';
import { enImport } from './import/en';
import { kkImport } from './import/kk';
import { ruImport } from './import/ru';
import { enPractice } from './practice/en';
import { kkPractice } from './practice/kk';
import { ruPractice } from './practice/ru';

export type { PluralMessage };

export const en = {
  ...enShell,
  ...enInterview,
  ...enExchange,
  ...enAnalysis,
  ...enDesign,
  ...enAnalysisMap,
  ...enDesigner,
  ...enFieldwork,
  ...enImport,
  ...enPractice,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Translated<typeof en>;

export const kk: Messages = {
  ...kkShell,
  ...kkInterview,
  ...kkExchange,
  ...kkAnalysis,
  ...kkDesign,
  ...kkAnalysisMap,
  ...kkDesigner,
  ...kkFieldwork,
  ...kkImport,
  ...kkPractice,
};

export const ru: Messages = {
  ...ruShell,
  ...ruInterview,
  ...ruExchange,
  ...ruAnalysis,
  ...ruDesign,
  ...ruAnalysisMap,
  ...ruDesigner,
  ...ruFieldwork,
  ...ruImport,
  ...ruPractice,
};

/** Each area's catalog in each language, as joined above (the catalogs test checks no key is in two areas). */
export const screenAreas = {
  shell: { en: enShell, kk: kkShell, ru: ruShell },
  interview: { en: enInterview, kk: kkInterview, ru: ruInterview },
  exchange: { en: enExchange, kk: kkExchange, ru: ruExchange },
  analysis: { en: enAnalysis, kk: kkAnalysis, ru: ruAnalysis },
  'analysis/design': { en: enDesign, kk: kkDesign, ru: ruDesign },
  'analysis/map': { en: enAnalysisMap, kk: kkAnalysisMap, ru: ruAnalysisMap },
  designer: { en: enDesigner, kk: kkDesigner, ru: ruDesigner },
  fieldwork: { en: enFieldwork, kk: kkFieldwork, ru: ruFieldwork },
  import: { en: enImport, kk: kkImport, ru: ruImport },
  practice: { en: enPractice, kk: kkPractice, ru: ruPractice },
} as const;

/** The screens' dictionary of each language. */
export const screenMessages: Record<Language, Messages> = { kk, ru, en: en as Messages };
