/**
 * The parsed form of an XLSForm expression: plain data, so a compiled form can be cached or sent
 * to the renderer as it is. Positions are 0-based offsets into the expression text.
 */

export type BinaryOperator = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';

export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  /** `${name}`: the value of another field. */
  | { kind: 'field'; name: string; position: number }
  /** `.`: the value being checked (constraint) or the field's own value. */
  | { kind: 'current'; position: number }
  /** A bare name such as `region` in `region = ${region}`: a column of the choice being filtered. */
  | { kind: 'column'; name: string; position: number }
  | { kind: 'negate'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }
  | { kind: 'call'; name: string; args: Expression[]; position: number }
  /** `${last-saved#name}`: the answer `name` had in the last response of this form saved on this device. */
  | { kind: 'last-saved'; name: string; position: number }
  /** `..`: only as the argument of position(..), the number of the repeat instance being evaluated. */
  | { kind: 'parent'; position: number }
  /**
   * `instance('list')/root/item[predicate]/column`: rows of a secondary instance (a choice list or
   * a CSV attached to the form), filtered by predicates, then one column of each.
   */
  | { kind: 'path'; instance: string; predicates: Expression[]; column?: string; position: number }
  /** A bare name inside a path predicate: a column of the row being tested. */
  | { kind: 'item-column'; name: string; position: number };
