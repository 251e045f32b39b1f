/**
 * A filter in the form's own expression language (`${age} >= 30 and selected(${languages}, 'ru')`), parsed once and
 * evaluated per response over only the fields it references (a scale name reads the respondent's scale score). Answers are dictionary-coded, so the result depends only
 * on the combination of codes a response has: each distinct combination is evaluated once and remembered, which
 * makes a filter over a million responses a table lookup per response.
 */
import { codedError } from '../common/errors';
import type { Expression, Value } from '../form';
import { ExpressionError, evaluate, parseExpression, referencedFields, toBoolean, typedValue, walkExpression } from '../form';
import type { RowType } from '../form/model';
import type { DictionaryColumn } from '../store/columns';
import type { VariableCatalog } from './catalog';

export interface ParsedFilter {
  text: string;
  expression: Expression;
  /** The fields it reads, each once. */
  fields: string[];
}

/** Functions whose result is not determined by the answers: their filters are evaluated for every response. */
const UNREPEATABLE = new Set(['uuid', 'random']);
/** Combinations of codes beyond which remembering them costs more memory than it saves. */
const MAX_REMEMBERED = 1 << 22;

export function parseFilter(text: string, catalog: VariableCatalog): ParsedFilter {
  let expression: Expression;
  try {
    expression = parseExpression(text);
  } catch (error) {
    // Too deep is a limit, not a mistake at one place: its own words say all there is.
    if (error instanceof ExpressionError && error.code === 'expression-too-deep')
      throw codedError('bad-input', error.code, error.params as { depth: number });
    if (error instanceof ExpressionError) {
      throw codedError('bad-input', 'filter-unreadable', {
        ...error.params,
        filter: text,
        reason: error.code,
        position: error.position + 1,
      });
    }
    throw error;
  }
  for (const node of walkExpression(expression)) {
    if (node.kind === 'current') throw codedError('bad-input', 'filter-current-node', { text });
    if (node.kind === 'column') throw codedError('bad-input', 'filter-bare-name', { text, name: node.name });
  }
  const fields = referencedFields(expression);
  const unknown = fields.filter((name) => !catalog.get(name));
  if (unknown.length) {
    throw codedError('bad-input', 'filter-unknown-fields', {
      text,
      names: unknown.map((name) => `\${${name}}`).join(', '),
      count: unknown.length,
    });
  }
  return { text, expression, fields };
}

export interface FilterContext {
  catalog: VariableCatalog;
  columns: ReadonlyMap<string, DictionaryColumn>;
  /** The moment today() and now() read, fixed for the whole run. */
  now: Date;
  language?: string;
}

/** Clears selected[i] for every selected response the filter is false for. */
export function applyFilter(filter: ParsedFilter, context: FilterContext, selected: Uint8Array): void {
  const fields = filter.fields;
  const columns = fields.map((name) => context.columns.get(name)!);
  const typed = fields.map((name, j) => {
    const entry = context.catalog.get(name)!;
    // A scale score is a number, like a decimal answer.
    const type: RowType = entry.kind === 'scale' ? 'decimal' : (entry.type as RowType);
    return columns[j].values.map((value) => typedValue(type, value));
  });
  const codes = new Int32Array(fields.length);
  const position = new Map(fields.map((name, j) => [name, j]));
  const form = context.catalog.get(fields[0] ?? '')?.form;
  const read = (name: string): Value | undefined => {
    const j = position.get(name);
    if (j === undefined) return undefined;
    const code = codes[j];
    return code < 0 ? '' : typed[j][code];
  };
  const passes = (): boolean =>
    toBoolean(evaluate(filter.expression, { values: read, form, language: context.language, now: context.now }));

  // Code -1 (no answer) becomes 0 in the key, so each field has dictionary size + 1 possibilities.
  const strides: number[] = [];
  let combinations = 1;
  for (const column of columns) {
    strides.push(combinations);
    combinations *= column.values.length + 1;
  }
  const repeatable = ![...walkExpression(filter.expression)].some((node) => node.kind === 'call' && UNREPEATABLE.has(node.name));
  // 0 = not yet evaluated, 1 = passes, 2 = fails.
  const remembered = repeatable && combinations <= MAX_REMEMBERED ? new Uint8Array(combinations) : undefined;
  const codeColumns = columns.map((column) => column.codes);

  for (let i = 0; i < selected.length; i++) {
    if (!selected[i]) continue;
    let key = 0;
    for (let j = 0; j < codeColumns.length; j++) {
      const code = codeColumns[j][i];
      codes[j] = code;
      key += (code + 1) * strides[j];
    }
    let verdict = remembered ? remembered[key] : 0;
    if (verdict === 0) {
      verdict = passes() ? 1 : 2;
      if (remembered) remembered[key] = verdict;
    }
    if (verdict === 2) selected[i] = 0;
  }
}
