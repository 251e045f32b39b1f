import type { MessageParams } from '../../common/messages/catalog';
import type { ErrorCode } from '../../common/messages/errors';
import { errorText } from '../../common/messages/errors';

/**
 * An expression that cannot be read. `message` names what went wrong, where and in which
 * expression (`unexpected ")" at position 9 in "${age} > )"`), so it reads on its own in a problem list.
 * Reasons with a catalog code carry it, so a screen can say them in kk/ru/en.
 */
export class ExpressionError extends Error {
  /** What went wrong, without the location: `unexpected ")"`. */
  readonly reason: string;
  /** 0-based offset into `expression`. */
  readonly position: number;
  readonly expression: string;
  /** The catalog code when the reason has one (src/common/messages/errors), so front ends can translate it. */
  readonly code?: ErrorCode;
  readonly params?: MessageParams;

  constructor(reason: string, position: number, expression: string, coded?: { code: ErrorCode; params: MessageParams }) {
    super(`${reason} at position ${position} in "${shortened(expression)}"`);
    this.name = 'ExpressionError';
    this.reason = reason;
    this.position = position;
    this.expression = expression;
    if (coded) {
      this.code = coded.code;
      this.params = coded.params;
    }
  }

  /** A coded reason: its English words come from the catalog. */
  static coded(code: ErrorCode, params: MessageParams, position: number, expression: string): ExpressionError {
    return new ExpressionError(errorText(code, params, 'en') ?? code, position, expression, { code, params });
  }
}

/** A message quotes an expression whole unless it is very long (a refused 100 kB expression stays readable). */
function shortened(expression: string): string {
  return expression.length > 200 ? `${expression.slice(0, 200)}…` : expression;
}
