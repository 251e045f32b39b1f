import type { SurveyRow } from './model';

/** The survey columns that hold XPath expressions, as the sheet names them. */
export type ExpressionColumn =
  'relevant' | 'constraint' | 'calculation' | 'required' | 'read_only' | 'choice_filter' | 'default' | 'repeat_count';

export interface RowExpression {
  column: ExpressionColumn;
  text: string;
}

/**
 * A default is an expression when it refers to a field or starts with a function call (`today()`);
 * otherwise it is a literal answer, as pyxform reads it.
 */
export function isDynamicDefault(value: string): boolean {
  return value.includes('${') || /^\s*[A-Za-z][\w.:-]*\s*\(/.test(value);
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

/** The expressions of one row, in column order; literal defaults and repeat counts are not expressions. */
export function rowExpressions(row: SurveyRow): RowExpression[] {
  const found: RowExpression[] = [];
  const add = (column: ExpressionColumn, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') found.push({ column, text });
  };
  add('relevant', row.relevant);
  add('constraint', row.constraint);
  add('calculation', row.calculation);
  add('required', row.requiredIf);
  add('read_only', row.readOnlyIf);
  add('choice_filter', row.choiceFilter);
  if (row.default !== undefined && isDynamicDefault(row.default)) add('default', row.default);
  if (row.repeatCount !== undefined && !WHOLE_NUMBER.test(row.repeatCount)) add('repeat_count', row.repeatCount);
  return found;
}
