import type { Language } from './catalog';

/** Where a problem is: the file, the sheet, row and column of a workbook, or the question. */
export interface Place {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

export const PLACE_KEYS = ['file', 'sheet', 'row', 'column', 'field'] as const;

const WORDS: Record<Language, { sheet: string; row: string; column: string; question: string }> = {
  kk: { sheet: 'парақ', row: 'жол', column: 'баған', question: 'сұрақ' },
  ru: { sheet: 'лист', row: 'строка', column: 'столбец', question: 'вопрос' },
  en: { sheet: 'sheet', row: 'row', column: 'column', question: 'question' },
};

/** "survey, жол 12, баған relevant: …" — a problem's words after where it is, in one language. */
export function placed(place: Place, message: string, language: Language): string {
  const words = WORDS[language];
  const where: string[] = [];
  if (place.file) where.push(place.file);
  if (place.sheet) where.push(`${words.sheet} ${place.sheet}`);
  if (place.row !== undefined) where.push(`${words.row} ${place.row}`);
  if (place.column) where.push(`${words.column} ${place.column}`);
  if (place.field && !place.column) where.push(`${words.question} ${place.field}`);
  return where.length ? `${where.join(', ')}: ${message}` : message;
}
