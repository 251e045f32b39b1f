import type { MessageParams } from '../../common/messages/catalog';
import type { ErrorCode } from '../../common/messages/errors';
import { errorText } from '../../common/messages/errors';

/**
 * An expression that cannot be read. `message` names what went wrong, where and in which
 * expression (`unexpected ")" at position 9 in "${age} > )"`), so it reads on its own in a problem list.
 * Every reason has a catalog code (src/common/messages/errors/expression-reasons.ts and expressions.ts), so a
 * screen says it in kk/ru/en; `reason` is its English words.
 */
export class ExpressionError extends Error {
  /** What went wrong, without the location, in English: `unexpected ")"`. */
  readonly reason: string;
  /** 0-based offset into `expression`. */
  readonly position: number;
  readonly expression: string;
  /** The reason's code in the error catalog, and its parameters. */
  readonly code: ErrorCode;
  readonly params: MessageParams;

  constructor(code: ErrorCode, params: MessageParams, position: number, expression: string) {
    const reason = errorText(code, params, 'en') ?? code;
    super(`${reason} at position ${position} in "${shortened(expression)}"`);
    this.name = 'ExpressionError';
    this.reason = reason;
    this.position = position;
    this.expression = expression;
    this.code = code;
    this.params = params;
  }

  /** The expression as messages quote it: whole unless it is very long. */
  get quoted(): string {
    return shortened(this.expression);
  }
}

/** A message quotes an expression whole unless it is very long (a refused 100 kB expression stays readable). */
function shortened(expression: string): string {
  return expression.length > 200 ? `${expression.slice(0, 200)}…` : expression;
}
