import type { SurveyRow } from '../model';
import { choiceFileOf, isSelect } from '../model';
import { attachmentRows, findAttachment } from '../attachments';
import { findChoiceList } from '../choices';
import type { DependencyReason } from '../dependencies';
import { buildDependencyGraph } from '../dependencies';
import type { RowExpression } from '../row-expressions';
import { rowExpressions } from '../row-expressions';
import { otherFieldName } from '../survey';
import type { Expression } from '../expr';
import { ExpressionError, parseExpression, walkExpression } from '../expr';
import { compileRegex } from '../expr/functions';
import { fieldNameFromPath } from '../expr/evaluate';
import type { CheckContext } from './context';
import { suggestion } from './context';

/** Every name a `${…}` may refer to: rows with names, and the NAME_other fields of or_other selects. */
function referableNames(ctx: CheckContext): Set<string> {
  const names = new Set<string>();
  for (const row of ctx.form.survey) {
    if (!row.name || row.type === 'end_group' || row.type === 'end_repeat') continue;
    names.add(row.name);
    if (row.orOther) names.add(otherFieldName(row.name));
  }
  return names;
}

/** Columns a choice_filter can test: the choice's name and the extra columns of its list. */
function choiceColumns(ctx: CheckContext, row: SurveyRow): Set<string> {
  const columns = new Set(['name']);
  const file = choiceFileOf(row) ? findAttachment(ctx.form, row.listName!) : undefined;
  if (file) for (const column of attachmentRows(file).columns) columns.add(column);
  const list = row.listName ? findChoiceList(ctx.form, row.listName) : undefined;
  for (const choice of list?.choices ?? []) for (const key of Object.keys(choice.extra ?? {})) columns.add(key);
  return columns;
}

function checkChoiceNameCall(
  ctx: CheckContext, index: number, source: RowExpression, call: Extract<Expression, { kind: 'call' }>,
): void {
  const where = `jr:choice-name() at position ${call.position} in "${source.text}"`;
  const target = call.args[1];
  if (target.kind !== 'string') {
    ctx.atSurvey(index, source.column,
      `${where} needs the question in quotes as its second argument, for example jr:choice-name(\${region}, '\${region}').`,
      ctx.form.survey[index].name);
    return;
  }
  const name = fieldNameFromPath(target.value);
  const question = ctx.form.survey.find((row) => row.name === name);
  if (!question || !isSelect(question.type)) {
    ctx.atSurvey(index, source.column, `${where}: "${target.value}" is not a select question of this form.`, ctx.form.survey[index].name);
  }
}

function checkOneExpression(ctx: CheckContext, index: number, source: RowExpression, known: Set<string>): void {
  const row = ctx.form.survey[index];
  const field = row.name || undefined;
  let tree: Expression;
  try {
    tree = parseExpression(source.text);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    ctx.atSurvey(index, source.column, `Cannot read this expression: ${error.message}.`, field);
    return;
  }
  const columns = source.column === 'choice_filter' ? choiceColumns(ctx, row) : undefined;
  for (const node of walkExpression(tree)) {
    const at = 'position' in node ? ` (position ${node.position} in "${source.text}")` : '';
    if (node.kind === 'field' && !known.has(node.name)) {
      ctx.atSurvey(index, source.column,
        `\${${node.name}}${at} is not a question in this form.${suggestion(node.name, known, (n) => `\${${n}}`)}`, field);
    } else if (node.kind === 'column' && !columns) {
      ctx.atSurvey(index, source.column,
        `"${node.name}"${at} is a bare name; to use the answer to a question write \${${node.name}}.`, field);
    } else if (node.kind === 'column' && columns && !columns.has(node.name)) {
      ctx.atSurvey(index, source.column,
        `"${node.name}"${at} is not a column of the choices of list "${row.listName}".${suggestion(node.name, columns, (n) => `"${n}"`)}`,
        field);
    } else if (node.kind === 'call' && node.name === 'jr:choice-name') {
      checkChoiceNameCall(ctx, index, source, node);
    } else if (node.kind === 'call' && node.name === 'regex' && node.args[1]?.kind === 'string' && !compileRegex(node.args[1].value)) {
      ctx.atSurvey(index, source.column,
        `The pattern "${node.args[1].value}" of regex()${at} is not a valid regular expression.`, field);
    }
  }
}

const REASON_TEXT: Record<DependencyReason, string> = {
  relevant: 'relevant', constraint: 'constraint', calculation: 'calculation', required: 'required',
  read_only: 'read_only', choice_filter: 'choice_filter', default: 'default', repeat_count: 'repeat_count',
  inside: 'group',
};

function checkCycles(ctx: CheckContext): void {
  const graph = buildDependencyGraph(ctx.form);
  const indexOf = new Map<string, number>();
  ctx.form.survey.forEach((row, i) => { if (row.name && !indexOf.has(row.name)) indexOf.set(row.name, i); });
  for (const cycle of graph.cycles) {
    const reasons = cycle.slice(0, -1).map((name, i) =>
      graph.dependencies[name].find((d) => d.on === cycle[i + 1] && d.reason !== 'constraint')!.reason);
    const steps = reasons.map((reason, i) => (reason === 'inside'
      ? `${cycle[i]} is inside ${cycle[i + 1]}`
      : `the ${REASON_TEXT[reason]} of ${cycle[i]} uses \${${cycle[i + 1]}}`));
    // Groups nest like a tree, so a circle always has at least one expression in it: report there.
    const at = reasons.findIndex((reason) => reason !== 'inside');
    ctx.atSurvey(indexOf.get(cycle[at])!, REASON_TEXT[reasons[at]],
      `Circular reference: ${cycle.join(' → ')} (${steps.join('; ')}). ` +
      'Each of these needs the others first, so none can be worked out; break the circle.', cycle[at]);
  }
}

/** Expressions that do not parse, unknown references, misused names and circular references. */
export function checkExpressions(ctx: CheckContext): void {
  const known = referableNames(ctx);
  ctx.form.survey.forEach((row, index) => {
    for (const source of rowExpressions(row)) checkOneExpression(ctx, index, source, known);
  });
  checkCycles(ctx);
}
