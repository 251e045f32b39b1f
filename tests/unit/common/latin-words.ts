/**
 * Latin words in a Kazakh or Russian text: the sign of a sentence left untranslated. Shared by the
 * error catalog's test and the catalogs' test so that both refuse the same things.
 */
import { expect } from 'vitest';
import { localizedMessage, type ErrorPayload } from '../../../src/common/errors';

/**
 * Names that stay in Latin letters in every language: programs and file formats, keyboard keys, and
 * the words of the XLSForm standard a lead types into a workbook. Add a name here only if a Kazakh
 * or Russian researcher would write it in Latin letters too.
 */
const KEPT_IN_LATIN = new Set([
  'Kelisim',
  'XLSForm',
  'Excel',
  'SPSS',
  'PSPP',
  'Stata',
  'ODK',
  'Kobo',
  'SurveyCTO',
  'Windows',
  'xlsx',
  'kelisim',
  'ANOVA',
  'Ctrl',
  'Alt',
  'Shift',
  'Enter',
  'Delete',
  'pulldata',
  'minimal',
  'multiline',
  'field-list',
  'table-list',
  'svychisq',
  'adjust',
  'scale',
  'survey',
  'JSON',
  'UUID',
  'uuid',
  // An example of a scale's name, as the lead would type it.
  'tolerance',
]);

/**
 * Latin words of four letters or more, outside placeholders, ${field} references, paths, XLSForm
 * headers and quoted codes; `codes` are more names a catalog may keep (the codes its sheets show).
 */
export function latinWords(text: string, codes: ReadonlySet<string> = new Set()): string[] {
  const prose = text
    .replace(/(^|\s)\/\S+|\S*::\S*/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/\$\{[^}]*\}/g, ' ')
    // A quotation that is code (no Cyrillic letter, or code's brackets and signs) is not words to translate.
    .replace(/«[^»]*»|"[^"]*"|`[^`]*`|'[^']*'/g, (quoted) =>
      /[\u0400-\u04FF]/.test(quoted) && !/[()[\]/=:$]/.test(quoted) ? quoted : ' ',
    );
  const tokens = prose.match(/[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*/g) ?? [];
  // Identifiers (form_id, tolerance_1, survey.lonely.psu, UTF-8) are names, not words.
  return tokens.filter(
    (token) =>
      /[A-Za-z]{4,}/.test(token) &&
      !/[_.\d]/.test(token) &&
      !KEPT_IN_LATIN.has(token.replace(/-.*$/, '')) &&
      !KEPT_IN_LATIN.has(token) &&
      !codes.has(token),
  );
}

/**
 * What a screen shows for a coded error or problem in each language, checked: it carries `code`, its English is its
 * message, and kk and ru are translated (Cyrillic, not the English, no Latin words left).
 */
export function inEveryLanguage(
  item: { message: string; code?: string; params?: Record<string, unknown> },
  code: string,
): Record<'kk' | 'ru' | 'en', string> {
  expect(item.code).toBe(code);
  const words = {
    kk: localizedMessage(item as ErrorPayload, 'kk'),
    ru: localizedMessage(item as ErrorPayload, 'ru'),
    en: localizedMessage(item as ErrorPayload, 'en'),
  };
  expect(words.en).toBe(item.message);
  for (const language of ['kk', 'ru'] as const) {
    expect(words[language]).not.toBe(words.en);
    expect(words[language]).toMatch(/[\u0400-\u04FF]/);
    expect(latinWords(words[language]), words[language]).toEqual([]);
  }
  return words;
}
