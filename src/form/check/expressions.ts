import type { SurveyRow } from '../model';
import { choiceFileOf, isSelect, isSelectFromFile } from '../model';
import { attachmentRows, findAttachment } from '../attachments';
import type { DependencyReason } from '../dependencies';
import { buildDependencyGraph } from '../dependencies';
import type { RowExpression } from '../row-expressions';
import { rowExpressions } from '../row-expressions';
import { otherFieldName } from '../survey';
import type { Expression } from '../expr';
import { ExpressionError, parseExpression, walkExpression } from '../expr';
import { judgeRegex } from '../expr/regex';
import { fieldNameFromPath } from '../expr/evaluate';
import { itextTarget } from '../itext';
import type { CheckContext } from './context';
import { closestName } from './context';

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

/**
 * Columns a choice_filter can test: the choice's name and the other columns of the choices sheet
 * (a column blank for every choice of this list is still a column: XPath reads it as empty), or of the attached file.
 */
function choiceColumns(ctx: CheckContext, row: SurveyRow): Set<string> {
  const columns = new Set(['name']);
  // A select from an attached CSV file (select_one_from_file) filters on the file's columns.
  const file = choiceFileOf(row) ? findAttachment(ctx.form, row.listName!) : undefined;
  if (file) for (const column of attachmentRows(file).columns) columns.add(column);
  for (const list of ctx.form.choiceLists)
    for (const choice of list.choices) for (const key of Object.keys(choice.extra ?? {})) columns.add(key);
  return columns;
}

function checkChoiceNameCall(ctx: CheckContext, index: number, source: RowExpression, call: Extract<Expression, { kind: 'call' }>): void {
  const at = { position: call.position, expression: source.text };
  const target = call.args[1];
  if (target.kind !== 'string') {
    ctx.atSurvey(index, source.column, 'expression-choice-name-quotes', at, ctx.form.survey[index].name);
    return;
  }
  const name = fieldNameFromPath(target.value);
  const question = ctx.form.survey.find((row) => row.name === name);
  if (!question || !(isSelect(question.type) || isSelectFromFile(question.type))) {
    ctx.atSurvey(index, source.column, 'expression-choice-name-not-select', { ...at, value: target.value }, ctx.form.survey[index].name);
  }
}

/** Bare names that real forms write meaning "nothing" (`relevant = false`). */
const BARE_EMPTY = new Set(['false', 'null']);

function checkOneExpression(ctx: CheckContext, index: number, source: RowExpression, known: Set<string>): void {
  const row = ctx.form.survey[index];
  const field = row.name || undefined;
  let tree: Expression;
  try {
    tree = parseExpression(source.text);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    // Too deep is a limit, not a mistake at one place: its own words say all there is.
    if (error.code === 'expression-too-deep') ctx.atSurvey(index, source.column, error.code, error.params, field);
    else {
      ctx.atSurvey(
        index,
        source.column,
        'expression-unreadable',
        { ...error.params, reason: error.code, position: error.position, expression: error.quoted },
        field,
      );
    }
    return;
  }
  const columns = source.column === 'choice_filter' ? choiceColumns(ctx, row) : undefined;
  for (const node of walkExpression(tree)) {
    const at = { position: 'position' in node ? node.position : 0, expression: source.text };
    const qualified =
      node.kind === 'field' && !known.has(node.name)
        ? ctx.form.survey.flatMap((candidate, i) => (candidate.sourceName === node.name ? [ctx.surveyRow(i)] : []))
        : [];
    if (node.kind === 'field' && qualified.length) {
      ctx.atSurvey(index, source.column, 'xlsform-ambiguous-reference', { name: node.name, rows: qualified.join(', ') }, field);
    } else if (node.kind === 'field' && !known.has(node.name)) {
      ctx.atSurvey(
        index,
        source.column,
        'expression-unknown-reference',
        { ...at, name: node.name, meant: closestName(node.name, known) ?? '' },
        field,
      );
    } else if (node.kind === 'column' && !columns && BARE_EMPTY.has(node.name)) {
      // XPath reads a bare `false` or `null` as a path to no node: empty, hence false. pyxform and
      // ODK take it so, and so does Kelisim's evaluator (a bare name outside a choice_filter is '').
    } else if (node.kind === 'column' && !columns) {
      ctx.atSurvey(index, source.column, 'expression-bare-name', { ...at, name: node.name }, field);
    } else if (node.kind === 'column' && columns && !columns.has(node.name)) {
      // A name that is no column of the choices sheet reads as empty in XPath (`pastel=yes`,
      // a column the sheet lacks); pyxform and ODK accept it, and so does Kelisim.
    } else if (node.kind === 'call' && node.name === 'jr:choice-name') {
      checkChoiceNameCall(ctx, index, source, node);
    } else if (
      node.kind === 'call' &&
      node.name === 'jr:itext' &&
      node.args[0]?.kind === 'string' &&
      !itextTarget(ctx.form, node.args[0].value)
    ) {
      // A computed id (a lookup's itextId column) can only be judged while interviewing: '' if it names nothing.
      ctx.atSurvey(index, source.column, 'xlsform-itext-unknown', { id: node.args[0].value, text: source.text }, field);
    } else if (node.kind === 'call' && node.name === 'regex' && node.args[1]?.kind === 'string') {
      checkRegexPattern(ctx, index, source, node.args[1].value, at, field);
    }
  }
}

/** A literal regex() pattern must compile, and run on the linear-time engine (see expr/regex.ts). */
function checkRegexPattern(
  ctx: CheckContext,
  index: number,
  source: RowExpression,
  pattern: string,
  at: { position: number; expression: string },
  field?: string,
): void {
  const verdict = judgeRegex(pattern);
  if (verdict.kind === 'invalid') {
    ctx.atSurvey(index, source.column, 'regex-invalid', { ...at, pattern }, field);
  } else if (verdict.kind === 'needs-backtracking') {
    ctx.atSurvey(index, source.column, 'regex-needs-backtracking', { pattern }, field);
  }
}

const REASON_TEXT: Record<DependencyReason, string> = {
  relevant: 'relevant',
  constraint: 'constraint',
  calculation: 'calculation',
  required: 'required',
  read_only: 'read_only',
  choice_filter: 'choice_filter',
  default: 'default',
  repeat_count: 'repeat_count',
  inside: 'group',
};

function checkCycles(ctx: CheckContext): void {
  const graph = buildDependencyGraph(ctx.form);
  const indexOf = new Map<string, number>();
  ctx.form.survey.forEach((row, i) => {
    if (row.name && !indexOf.has(row.name)) indexOf.set(row.name, i);
  });
  for (const cycle of graph.cycles) {
    const reasons = cycle
      .slice(0, -1)
      .map((name, i) => graph.dependencies[name].find((d) => d.on === cycle[i + 1] && d.reason !== 'constraint')!.reason);
    // Each link as [column, from, to], for the catalog to word in each language.
    const steps = reasons.map((reason, i) => [reason === 'inside' ? 'inside' : REASON_TEXT[reason], cycle[i], cycle[i + 1]]);
    // Groups nest like a tree, so a circle always has at least one expression in it: report there.
    const at = reasons.findIndex((reason) => reason !== 'inside');
    // Only nesting: a row named as its own container, which checkNames reports in words of its own.
    if (at < 0) continue;
    ctx.atSurvey(
      indexOf.get(cycle[at])!,
      REASON_TEXT[reasons[at]],
      'form-circular-reference',
      { path: cycle.join(' → '), steps: JSON.stringify(steps) },
      cycle[at],
    );
  }
}

/** Expressions that do not parse, unknown references, misused names and circular references. */
/**
 * The `trigger` column (a setvalue on change, kept verbatim) must name a question, as pyxform requires:
 * it reads only `${name}`.
 */
function checkTrigger(ctx: CheckContext, index: number, known: Set<string>): void {
  const row = ctx.form.survey[index];
  const trigger = row.extra?.trigger?.trim();
  if (!trigger) return;
  for (const match of trigger.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1].trim();
    if (!known.has(name)) {
      ctx.atSurvey(index, 'trigger', 'xlsform-trigger-unknown', { name, meant: closestName(name, known) ?? '' }, row.name || undefined);
    }
  }
}

export function checkExpressions(ctx: CheckContext): void {
  const known = referableNames(ctx);
  ctx.form.survey.forEach((row, index) => {
    for (const source of rowExpressions(row)) checkOneExpression(ctx, index, source, known);
    checkTrigger(ctx, index, known);
  });
  checkCycles(ctx);
}
