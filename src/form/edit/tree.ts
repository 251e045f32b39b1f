/**
 * The survey sheet as the designer moves it: a node is a question (one row) or a group/repeat
 * (its begin row, everything inside, and its end row). Every edit moves, copies or removes whole
 * nodes, so begin and end rows stay paired however the lead rearranges the form.
 */
import type { SurveyRow } from '../model';
import { isTableListGroup } from '../table-list';

export const isBeginRow = (row: SurveyRow) => row.type === 'begin_group' || row.type === 'begin_repeat';
export const isEndRow = (row: SurveyRow) => row.type === 'end_group' || row.type === 'end_repeat';

/** The last row of the node starting at `index`: its end row for a group, itself for a question. */
export function nodeEnd(survey: readonly SurveyRow[], index: number): number {
  if (!isBeginRow(survey[index])) return index;
  let depth = 0;
  for (let i = index; i < survey.length; i++) {
    if (isBeginRow(survey[i])) depth++;
    else if (isEndRow(survey[i]) && --depth === 0) return i;
  }
  // An unclosed group runs to the end, as surveyTree reads it.
  return survey.length - 1;
}

/** The begin row of the innermost group around `index`, or -1 at the top level. */
export function parentOf(survey: readonly SurveyRow[], index: number): number {
  const open: number[] = [];
  for (let i = 0; i < index; i++) {
    if (isBeginRow(survey[i])) open.push(i);
    else if (isEndRow(survey[i])) open.pop();
  }
  return open.length ? open[open.length - 1] : -1;
}

/** The first rows of the nodes directly inside `parent` (-1: the top level), in order. */
export function childrenOf(survey: readonly SurveyRow[], parent: number): number[] {
  const start = parent + 1;
  const stop = parent < 0 ? survey.length : nodeEnd(survey, parent);
  const children: number[] = [];
  for (let i = start; i < stop; i = nodeEnd(survey, i) + 1) {
    if (isEndRow(survey[i])) break; // a stray end row closes nothing the designer can select
    children.push(i);
  }
  return children;
}

/** Whether `index` is the first row of a node (a question or a begin row), the rows a lead can select. */
export function isNodeStart(survey: readonly SurveyRow[], index: number): boolean {
  return index >= 0 && index < survey.length && !isEndRow(survey[index]);
}

/** The row of a named question, group or repeat; -1 when there is none. */
export function indexOfName(survey: readonly SurveyRow[], name: string): number {
  return survey.findIndex((row) => row.name === name && !isEndRow(row));
}

/** Where to insert so that new rows come right after the node at `index` (in the same group). */
export function insertionAfter(survey: readonly SurveyRow[], index: number): number {
  return nodeEnd(survey, index) + 1;
}

/** Whether the row opens a table-list group: a grid whose rows must all be single choices on one list. */
export const isGridRow = isTableListGroup;

/**
 * Where a new question, group or block goes when the node at `index` is selected (-1: none, so at the end): inside the
 * selected group when it is empty, else right after the selected node, but never inside a table-list grid, where a
 * new question (a new list, another type) would silently turn the grid into plain questions: after the grid instead.
 * (A copy of a grid's row, which keeps its list, is what `duplicateNode` makes in place.)
 */
export function insertionForNew(survey: readonly SurveyRow[], index: number): number {
  if (index < 0 || index >= survey.length) return survey.length;
  if (isBeginRow(survey[index]) && !childrenOf(survey, index).length) return insertionInside(survey, index);
  let after = index;
  for (let parent = parentOf(survey, after); parent >= 0; parent = parentOf(survey, parent)) {
    if (isGridRow(survey[parent])) after = parent;
  }
  return insertionAfter(survey, after);
}

/** Where to insert so that new rows become the last children of the group at `index`. */
export function insertionInside(survey: readonly SurveyRow[], index: number): number {
  const end = nodeEnd(survey, index);
  return isEndRow(survey[end]) ? end : end + 1;
}
