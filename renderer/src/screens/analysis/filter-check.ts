/**
 * The filter expression checked as it is typed: syntax by the form engine's own parser, names
 * against the form's questions and scales. The core checks again when it runs; this only spares
 * the lead a round trip for a typo.
 */
import type { VariableInfo } from '../../../../src/api/spec';
import { ExpressionError, parseExpression, referencedFields } from '../../lib/form';

export type FilterCheck =
  | { state: 'empty' }
  | { state: 'ok'; fields: string[] }
  | { state: 'syntax'; reason: string; position: number }
  | { state: 'unknown'; names: string[] };

export function checkFilter(text: string, variables: readonly VariableInfo[]): FilterCheck {
  if (!text.trim()) return { state: 'empty' };
  let fields: string[];
  try {
    fields = referencedFields(parseExpression(text));
  } catch (error) {
    if (error instanceof ExpressionError) return { state: 'syntax', reason: error.reason, position: error.position };
    throw error;
  }
  const known = new Set(variables.map((variable) => variable.name));
  const unknown = fields.filter((name) => !known.has(name));
  return unknown.length ? { state: 'unknown', names: unknown } : { state: 'ok', fields };
}
