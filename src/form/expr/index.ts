/** The ODK/XLSForm expression language: parse once, evaluate many times. */
export type { BinaryOperator, Expression } from './ast';
export { ExpressionError } from './errors';
export { parseExpression } from './parser';
export type { CompiledExpression, EvaluationContext, Scope } from './evaluate';
export { compileExpression, deviceProperties, evaluate, evaluateBoolean, evaluateText, typedValue } from './evaluate';
export { referencedFields, walkExpression } from './references';
export type { DateValue, NodeSet, Value } from './values';
export { isEmptyValue, parseDateValue, toBoolean, toNumber, toText, valuesEqual } from './values';
export { selectedNames } from './functions';
