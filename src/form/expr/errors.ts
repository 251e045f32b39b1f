/**
 * An expression that cannot be read. `message` names what went wrong, where and in which
 * expression (`unexpected ")" at position 9 in "${age} > )"`), so it reads on its own in a problem list.
 */
export class ExpressionError extends Error {
  /** What went wrong, without the location: `unexpected ")"`. */
  readonly reason: string;
  /** 0-based offset into `expression`. */
  readonly position: number;
  readonly expression: string;

  constructor(reason: string, position: number, expression: string) {
    super(`${reason} at position ${position} in "${expression}"`);
    this.name = 'ExpressionError';
    this.reason = reason;
    this.position = position;
    this.expression = expression;
  }
}
