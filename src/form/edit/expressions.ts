/**
 * An expression as the lead types it into the designer, read on every keystroke: whether it parses
 * (and where it stops making sense), and which questions it refers to, each known, unknown (with
 * the name probably meant) or asked only later than the question it is on.
 */
import type { ErrorCode } from '../../common/messages/errors';
import type { MessageParams } from '../../common/messages/catalog';
import type { FormDefinition } from '../model';
import { ExpressionError, parseExpression, referencedFields } from '../expr';
import { closestName } from '../check/context';
import { otherFieldName } from '../survey';
import { isEndRow } from './tree';

export type ReferenceStatus =
  /** A question asked before this one. */
  | 'known'
  /** No question has this name. */
  | 'unknown'
  /** A question asked after this one: it has no answer yet when this expression is worked out. */
  | 'later'
  /** The question itself, where that makes a circle (relevant, calculation). */
  | 'self';

export interface ExpressionReference {
  name: string;
  status: ReferenceStatus;
  /** For an unknown name, the question's name it was probably meant to be. */
  suggestion?: string;
}

export interface ExpressionInspection {
  /**
   * Why the expression cannot be read (the reason's code in the error catalog, its parameters and English words),
   * and the 0-based position where reading failed.
   */
  error?: { code: ErrorCode; params: MessageParams; reason: string; position: number };
  references: ExpressionReference[];
}

/** The names of the form with the survey row of each (NAME_other at its select's row). */
function positions(form: FormDefinition): Map<string, number> {
  const at = new Map<string, number>();
  form.survey.forEach((row, index) => {
    if (!row.name || isEndRow(row)) return;
    at.set(row.name, index);
    if (row.orOther) at.set(otherFieldName(row.name), index);
  });
  return at;
}

/**
 * Reads the expression in `column` of the row at `index`. An empty expression is no error: the
 * column is simply not used.
 */
export function inspectExpression(form: FormDefinition, index: number, column: string, text: string): ExpressionInspection {
  if (!text.trim()) return { references: [] };
  let names: string[];
  try {
    names = referencedFields(parseExpression(text));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { error: { code: error.code, params: error.params, reason: error.reason, position: error.position }, references: [] };
  }
  const at = positions(form);
  // A repeat's count is worked out before its instances, so a reference to the repeat itself is a circle too.
  const circular = column === 'relevant' || column === 'calculation' || column === 'repeat_count';
  return {
    references: names.map((name): ExpressionReference => {
      const row = at.get(name);
      if (row === undefined) {
        const suggestion = closestName(name, at.keys());
        return { name, status: 'unknown', ...(suggestion ? { suggestion } : {}) };
      }
      if (row === index) return { name, status: circular ? 'self' : 'known' };
      return { name, status: row > index ? 'later' : 'known' };
    }),
  };
}
