/**
 * The questionnaire as the designer's outline draws it: one line per question, group or repeat,
 * indented by depth, children of folded groups left out. Pure, for the tests.
 */
import type { FormDefinition, SurveyRow } from '../../../../src/form/model';
import { surveyTree, type SurveyNode } from '../../../../src/form/survey';
import { nodeEnd } from '../../../../src/form/edit/tree';

export interface OutlineLine {
  /** Survey row of the question or begin row. */
  index: number;
  row: SurveyRow;
  depth: number;
  kind: 'question' | 'group' | 'repeat';
  /** For groups: how many items it holds directly. */
  childCount: number;
  collapsed: boolean;
  /** Row of the group it is in; -1 at the top level. */
  parent: number;
}

export function outlineLines(form: FormDefinition, collapsed: ReadonlySet<string>): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const walk = (nodes: SurveyNode[], depth: number, parent: number) => {
    for (const node of nodes) {
      const isGroup = node.kind !== 'question';
      const folded = isGroup && collapsed.has(node.row.name);
      lines.push({
        index: node.index,
        row: node.row,
        depth,
        kind: node.kind,
        childCount: isGroup ? node.children.length : 0,
        collapsed: folded,
        parent,
      });
      if (isGroup && !folded) walk(node.children, depth + 1, node.index);
    }
  };
  walk(surveyTree(form), 0, -1);
  return lines;
}

/** Where a drop on a line puts the dragged node: before it, after it, or inside it (a group, as its first item). */
export type DropPlace = 'before' | 'after' | 'inside';

/** The survey position (before the move) a drop means, for moveNodeTo. */
export function dropPosition(form: FormDefinition, line: OutlineLine, place: DropPlace): number {
  if (place === 'before') return line.index;
  if (place === 'inside') return line.index + 1;
  return nodeEnd(form.survey, line.index) + 1;
}
