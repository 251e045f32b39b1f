import type { MessageParams } from '../../common/messages/catalog';
import type { ExpressionReasonCode } from '../../common/messages/errors/expression-reasons';
import { ExpressionError } from './errors';

export type TokenType =
  | 'number'
  | 'string'
  | 'field'
  | 'last-saved'
  | 'dot'
  | 'parent'
  | 'name'
  | 'function'
  | 'operator'
  | '('
  | ')'
  | ','
  | '/'
  | '['
  | ']'
  | 'end';

export interface Token {
  type: TokenType;
  /** The source text of the token (for strings, the text between the quotes). */
  text: string;
  position: number;
}

/** XML name characters (XPath NCName), which XLSForm names and function names follow. */
const NAME_START = /[A-Za-z_\p{L}]/u;
const NAME_PART = /[A-Za-z0-9_.\-\p{L}\p{N}\p{M}]/u;
const OPERATOR_NAMES = new Set(['and', 'or', 'div', 'mod']);
const LAST_SAVED = 'last-saved#';

/** Tokens after which a name is an operator (`and`, `or`, `div`, `mod`), following XPath 1.0 §3.7. */
function endsAnOperand(token: Token | undefined): boolean {
  return token !== undefined && ['number', 'string', 'field', 'last-saved', 'dot', 'parent', 'name', ')', ']'].includes(token.type);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (code: ExpressionReasonCode | 'expression-last-saved-name', position: number, params: MessageParams = {}): never => {
    throw new ExpressionError(code, params, position, text);
  };
  const push = (type: TokenType, tokenText: string, position: number) => tokens.push({ type, text: tokenText, position });

  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (/\s/.test(c)) {
      i++;
      continue;
    }

    if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) fail('expression-unclosed-reference', start);
      let name = text.slice(i + 2, close).trim();
      if (!name) fail('expression-empty-reference', start);
      // ${last-saved#name}: ODK's reference to the last saved response (jr://instance/last-saved).
      const lastSaved = name.startsWith(LAST_SAVED);
      if (lastSaved) {
        name = name.slice(LAST_SAVED.length).trim();
        if (!name) fail('expression-last-saved-name', start);
      }
      if (!NAME_START.test(name[0]) || ![...name].every((ch) => NAME_PART.test(ch))) {
        fail('expression-bad-name', start, { name });
      }
      push(lastSaved ? 'last-saved' : 'field', name, start);
      i = close + 1;
      continue;
    }

    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) fail('expression-unclosed-string', start);
      push('string', text.slice(i + 1, close), start);
      i = close + 1;
      continue;
    }

    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const match = /^(\d+(\.\d*)?|\.\d+)/.exec(text.slice(i))!;
      push('number', match[0], start);
      i += match[0].length;
      continue;
    }

    if (c === '.') {
      if (text[i + 1] === '.') {
        push('parent', '..', start);
        i += 2;
        continue;
      }
      push('dot', '.', start);
      i++;
      continue;
    }

    if (NAME_START.test(c)) {
      let end = i + 1;
      while (end < text.length && NAME_PART.test(text[end])) end++;
      // A namespace prefix, as in jr:choice-name.
      if (text[end] === ':' && NAME_START.test(text[end + 1] ?? '')) {
        end += 2;
        while (end < text.length && NAME_PART.test(text[end])) end++;
      }
      const name = text.slice(i, end);
      i = end;
      if (OPERATOR_NAMES.has(name) && endsAnOperand(tokens[tokens.length - 1])) {
        push('operator', name, start);
        continue;
      }
      let next = i;
      while (next < text.length && /\s/.test(text[next])) next++;
      push(text[next] === '(' ? 'function' : 'name', name, start);
      continue;
    }

    const two = text.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=') {
      push('operator', two, start);
      i += 2;
      continue;
    }
    if ('=<>+-*'.includes(c)) {
      if (c === '*' && !endsAnOperand(tokens[tokens.length - 1])) fail('expression-unexpected', start, { text: '*' });
      push('operator', c, start);
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '/' || c === '[' || c === ']') {
      push(c, c, start);
      i++;
      continue;
    }
    fail('expression-unexpected', start, { text: c });
  }
  tokens.push({ type: 'end', text: '', position: text.length });
  return tokens;
}
