/**
 * The model leaves optional properties out rather than holding '' or false (see model.ts), so a
 * form edited in the designer writes the same workbook, and compares equal, as one read from it.
 */
import type { Choice, SurveyRow, Translations } from '../model';

/** Translations without empty texts; undefined when none is left. */
export function cleanTranslations(texts: Translations | undefined): Translations | undefined {
  if (!texts) return undefined;
  const kept = Object.entries(texts).filter(([, text]) => text !== '');
  return kept.length ? Object.fromEntries(kept) : undefined;
}

const FLAGS = new Set(['required', 'readOnly', 'reverse', 'orOther']);

/** A row with the patch applied: undefined, '' and false remove a property, empty translations too. */
export function patchRow(row: SurveyRow, patch: Partial<SurveyRow>): SurveyRow {
  const next: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(patch)) {
    const empty = value === undefined || value === '' || (value === false && FLAGS.has(key));
    if (empty) delete next[key];
    else next[key] = value;
  }
  for (const key of ['label', 'hint', 'requiredMessage', 'constraintMessage'] as const) {
    if (!(key in patch)) continue;
    const cleaned = cleanTranslations(next[key] as Translations | undefined);
    if (cleaned) next[key] = cleaned;
    else delete next[key];
  }
  if ('extra' in patch && next.extra && !Object.keys(next.extra as object).length) delete next.extra;
  return next as unknown as SurveyRow;
}

/** A choice with the patch applied; its label is always an object (possibly empty), as the reader makes it. */
export function patchChoice(choice: Choice, patch: Partial<Choice>): Choice {
  const next: Choice = { ...choice, ...patch, label: cleanTranslations(patch.label ?? choice.label) ?? {} };
  if (!next.missing) delete next.missing;
  if (next.extra && !Object.keys(next.extra).length) delete next.extra;
  return next;
}

/** Translations with one language's text set ('' removes it). */
export function withText(texts: Translations | undefined, language: string, text: string): Translations {
  return { ...texts, [language]: text };
}
