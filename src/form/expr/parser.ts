import type { BinaryOperator, Expression } from './ast';
import type { MessageParams } from '../../common/messages/catalog';
import type { ErrorCode } from '../../common/messages/errors';
import type { ExpressionReasonCode } from '../../common/messages/errors/expression-reasons';
import { ExpressionError } from './errors';
import { functionDefinition } from './functions';
import type { Token } from './lexer';
import { tokenize } from './lexer';

/** Binary operators by precedence level, loosest first (XPath 1.0 §3.4–3.5). */
const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['or'],
  ['and'],
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div', 'mod'],
];

/**
 * How deep brackets, function calls and minus signs may nest. The parser and the evaluator recurse once per level,
 * so without a bound a filter of 2,000 nested brackets overflows the stack ("Maximum call stack size exceeded");
 * real forms nest a handful of levels.
 */
export const MAX_NESTING = 100;
/**
 * How deep the parsed tree may be. A chain `a + b + c …` deepens the tree by one per operator without nesting,
 * so this bound is looser than MAX_NESTING: a calculation may sum a few hundred scores.
 */
export const MAX_TREE_DEPTH = 1000;

/** Why a token cannot stand where it is, as a reason's code and parameters. */
function unexpected(token: Token): { code: ExpressionReasonCode; params: MessageParams } {
  if (token.type === 'end') return { code: 'expression-unexpected-end', params: {} };
  if (token.type === 'field') return { code: 'expression-unexpected-field', params: { name: token.text } };
  if (token.type === 'string') return { code: 'expression-unexpected-string', params: { text: token.text } };
  return { code: 'expression-unexpected', params: { text: token.text } };
}

/**
 * Parses the ODK/XLSForm XPath subset once, into a tree that `evaluate` runs many times. Throws
 * ExpressionError (message, 0-based position) for anything it cannot read, including unknown
 * functions and wrong numbers of arguments.
 */
export function parseExpression(text: string): Expression {
  if (!text.trim()) throw new ExpressionError('expression-empty', {}, 0, text);
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (token: Token): never => {
    const { code, params } = unexpected(token);
    throw new ExpressionError(code, params, token.position, text);
  };
  const expect = (type: Token['type']) => {
    const token = peek();
    if (token.type !== type) fail(token);
    at++;
    return token;
  };

  let nesting = 0;
  const nested = <T>(position: number, parse: () => T): T => {
    if (++nesting > MAX_NESTING) tooDeep(text, position, MAX_NESTING);
    const result = parse();
    nesting--;
    return result;
  };

  const binary = (level: number): Expression => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      const operator = LEVELS[level].find((op) => token.type === 'operator' && token.text === op);
      if (!operator) return left;
      at++;
      left = { kind: 'binary', operator, left, right: binary(level + 1) };
    }
  };

  const unary = (): Expression => {
    const token = peek();
    if (token.type === 'operator' && token.text === '-') {
      at++;
      return nested(token.position, () => ({ kind: 'negate', operand: unary() }));
    }
    return primary();
  };

  let predicateDepth = 0;
  const coded = (code: ErrorCode, params: MessageParams, position: number): never => {
    throw new ExpressionError(code, params, position, text);
  };
  const pathText = (position: number) => text.slice(position).split(/[\s,)]/)[0];

  /** After `instance('id')`: `/root/item`, any predicates, then at most one column step. */
  const instancePath = (token: Token, args: Expression[]): Expression => {
    const id = args[0];
    if (args.length !== 1 || id.kind !== 'string') return coded('expression-instance-id', {}, token.position);
    const step = (name: string) => {
      if (peek().type !== '/') coded('expression-instance-path', { id: id.value }, token.position);
      at++;
      const step = peek();
      if (step.type !== 'name' || step.text !== name) coded('expression-instance-path', { id: id.value }, step.position);
      at++;
    };
    step('root');
    step('item');
    const predicates: Expression[] = [];
    while (peek().type === '[') {
      at++;
      predicateDepth++;
      predicates.push(binary(0));
      predicateDepth--;
      expect(']');
    }
    let column: string | undefined;
    if (peek().type === '/') {
      at++;
      const leaf = peek();
      if (leaf.type !== 'name') coded('expression-instance-path', { id: id.value }, leaf.position);
      column = leaf.text;
      at++;
    }
    if (peek().type === '/' || peek().type === '[')
      coded('expression-path-unsupported', { text: pathText(token.position) }, peek().position);
    return { kind: 'path', instance: id.value, predicates, ...(column === undefined ? {} : { column }), position: token.position };
  };

  /**
   * current(): the question being answered, as in a choice_filter or a constraint. Its paths
   * `current()/../name` (any number of `..` steps) name another question from where this one sits;
   * Kelisim resolves `${name}` from the same place (the same repeat instance first), so they read
   * as `${name}`. Plain current() is `.`.
   */
  const currentCall = (token: Token): Expression => {
    expect('(');
    expect(')');
    if (peek().type !== '/') return { kind: 'current', position: token.position };
    let ups = 0;
    while (peek().type === '/' && tokens[at + 1]?.type === 'parent') {
      at += 2;
      ups++;
    }
    const slash = peek();
    const leaf = tokens[at + 1];
    if (!ups || slash.type !== '/' || leaf?.type !== 'name' || tokens[at + 2]?.type === '/') {
      coded('expression-path-unsupported', { text: pathText(token.position) }, slash.position);
    }
    at += 2;
    return { kind: 'field', name: leaf.text, position: token.position };
  };

  const call = (token: Token): Expression => {
    if (token.text === 'current') return currentCall(token);
    const definition = functionDefinition(token.text);
    if (!definition) coded('expression-unknown-function', { name: token.text }, token.position);
    expect('(');
    // position(..): the number of the repeat instance; `..` means nothing anywhere else.
    if (token.text === 'position' && peek().type === 'parent') {
      const parent = peek();
      at++;
      expect(')');
      return { kind: 'call', name: token.text, args: [{ kind: 'parent', position: parent.position }], position: token.position };
    }
    const args: Expression[] = [];
    if (peek().type !== ')') {
      args.push(binary(0));
      while (peek().type === ',') {
        at++;
        args.push(binary(0));
      }
    }
    expect(')');
    if (token.text === 'instance') return instancePath(token, args);
    if (args.length < definition!.min || args.length > definition!.max) {
      const { min, max } = definition!;
      coded('expression-arity', { name: token.text, given: args.length, min, ...(max === Infinity ? {} : { max }) }, token.position);
    }
    // pulldata() reads an attached CSV with 4 arguments; only Survey123's pulldata("@geopoint", …) takes 3 to 5.
    const geopoint = args[0]?.kind === 'string' && args[0].value === '@geopoint';
    if (token.text === 'pulldata' && !geopoint && args.length !== 4)
      coded('expression-arity', { name: 'pulldata', given: args.length, min: 4, max: 4 }, token.position);
    if (
      token.text === 'indexed-repeat' &&
      (args.length % 2 === 0 || args.some((arg, i) => (i === 0 || i % 2 === 1) && arg.kind !== 'field'))
    ) {
      coded('expression-indexed-repeat-arguments', {}, token.position);
    }
    return { kind: 'call', name: token.text, args, position: token.position };
  };

  const primary = (): Expression => {
    const token = peek();
    at++;
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'string':
        return { kind: 'string', value: token.text };
      case 'field':
        return { kind: 'field', name: token.text, position: token.position };
      case 'last-saved':
        return { kind: 'last-saved', name: token.text, position: token.position };
      case 'dot':
        return { kind: 'current', position: token.position };
      case 'parent':
        return coded('expression-parent-step', {}, token.position);
      case '/':
        return coded('expression-path-unsupported', { text: pathText(token.position) }, token.position);
      case '[':
        return coded('expression-predicate-unsupported', {}, token.position);
      case 'name':
        return predicateDepth > 0
          ? { kind: 'item-column', name: token.text, position: token.position }
          : { kind: 'column', name: token.text, position: token.position };
      case 'function':
        return nested(token.position, () => call(token));
      case '(':
        return nested(token.position, () => {
          const inner = binary(0);
          expect(')');
          return inner;
        });
      default:
        return fail(token);
    }
  };

  const root = binary(0);
  const rest = peek();
  if (rest.type === '[') coded('expression-predicate-unsupported', {}, rest.position);
  if (rest.type === '/') coded('expression-path-unsupported', { text: pathText(rest.position) }, rest.position);
  if (rest.type !== 'end') fail(rest);
  if (treeDepth(root) > MAX_TREE_DEPTH) tooDeep(text, 0, MAX_TREE_DEPTH);
  return root;
}

function tooDeep(text: string, position: number, depth: number): never {
  throw new ExpressionError('expression-too-deep', { depth }, position, text);
}

/** The number of levels of the tree, counted without recursion (the tree may be deeper than the stack allows). */
function treeDepth(root: Expression): number {
  let deepest = 0;
  const pending: [Expression, number][] = [[root, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > deepest) deepest = depth;
    if (node.kind === 'negate') pending.push([node.operand, depth + 1]);
    else if (node.kind === 'binary') pending.push([node.left, depth + 1], [node.right, depth + 1]);
    else if (node.kind === 'call') for (const arg of node.args) pending.push([arg, depth + 1]);
    else if (node.kind === 'path') for (const predicate of node.predicates) pending.push([predicate, depth + 1]);
  }
  return deepest;
}
