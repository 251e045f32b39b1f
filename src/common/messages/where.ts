import type { Language } from './catalog';
import type { Problem } from '../errors';
import { localizedMessage } from '../errors';

const WORDS: Record<Language, { sheet: string; row: string; column: string; question: string }> = {
  kk: { sheet: 'парақ', row: 'жол', column: 'баған', question: 'сұрақ' },
  ru: { sheet: 'лист', row: 'строка', column: 'столбец', question: 'вопрос' },
  en: { sheet: 'sheet', row: 'row', column: 'column', question: 'question' },
};

/** "survey, жол 12, баған relevant: …" — a problem with where it is, in one language (formatProblem's English twin). */
export function localizedProblem(problem: Problem, language: Language): string {
  const words = WORDS[language];
  const where: string[] = [];
  if (problem.file) where.push(problem.file);
  if (problem.sheet) where.push(`${words.sheet} ${problem.sheet}`);
  if (problem.row !== undefined) where.push(`${words.row} ${problem.row}`);
  if (problem.column) where.push(`${words.column} ${problem.column}`);
  if (problem.field && !problem.column) where.push(`${words.question} ${problem.field}`);
  const message = localizedMessage(problem, language);
  return where.length ? `${where.join(', ')}: ${message}` : message;
}
