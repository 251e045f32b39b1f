import type { Expression } from './ast';

/** Every node of the tree, parents before children, left to right. */
export function* walkExpression(expr: Expression): Generator<Expression> {
  yield expr;
  switch (expr.kind) {
    case 'negate':
      yield* walkExpression(expr.operand);
      break;
    case 'binary':
      yield* walkExpression(expr.left);
      yield* walkExpression(expr.right);
      break;
    case 'call':
      for (const arg of expr.args) yield* walkExpression(arg);
      break;
    case 'path':
      for (const predicate of expr.predicates) yield* walkExpression(predicate);
      break;
    default:
      break;
  }
}

/** The `${name}` references of an expression, each once, in order of appearance. */
export function referencedFields(expr: Expression): string[] {
  const names = new Set<string>();
  for (const node of walkExpression(expr)) if (node.kind === 'field') names.add(node.name);
  return [...names];
}
