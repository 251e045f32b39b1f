/**
 * Which rows of a table-list group make a grid: the one rule the interview lays a group out by and the designer warns
 * by. A table-list group is drawn as one grid (a Likert matrix: a row per question, a column per choice) only when
 * every row it shows is a single choice, without "or other", on the list its first shown row uses. Notes and rows the
 * interviewer never sees are not drawn, so they do not break it; a nested group does. Otherwise the interview quietly
 * shows the group's questions as a field-list.
 */
import { isCollectable, isMetadata, type SurveyRow } from './model';

/** Whether the row's appearance column holds this word (appearances are space-separated). */
export function hasAppearance(row: SurveyRow, appearance: string): boolean {
  return (row.appearance ?? '').split(/\s+/).includes(appearance);
}

/** Rows the interviewer never sees: calculations, hidden and metadata rows, types kept but not collected, appearance hidden. */
export function isUnseenRow(row: SurveyRow): boolean {
  return (
    row.type === 'calculate' || row.type === 'hidden' || isMetadata(row.type) || !isCollectable(row.type) || hasAppearance(row, 'hidden')
  );
}

/** Whether the row opens a table-list group: a grid whose rows must all be single choices on one list. */
export const isTableListGroup = (row: SurveyRow) => row.type === 'begin_group' && hasAppearance(row, 'table-list');

/** What a table-list group's children make: a grid of the rows it draws on one list, or the first row that breaks it. */
export type TableListVerdict<T> =
  | { grid: true; listName: string; rows: T[] }
  /** `listName`: the list of the first row drawn, the one the others should share. */
  | { grid: false; breaking: T | undefined; listName: string | undefined };

/**
 * Reads the children of a table-list group (questions and nested groups, each known by its own or its begin row)
 * as a grid. `breaking` is undefined when the group shows no row at all.
 */
export function tableListGrid<T>(children: readonly T[], rowOf: (child: T) => SurveyRow): TableListVerdict<T> {
  const drawn = children.filter((child) => {
    const row = rowOf(child);
    return row.type === 'begin_group' || row.type === 'begin_repeat' || !(row.type === 'note' || isUnseenRow(row));
  });
  const listName = drawn.length ? rowOf(drawn[0]).listName : undefined;
  const breaking = drawn.find((child) => {
    const row = rowOf(child);
    return row.type !== 'select_one' || !listName || row.listName !== listName || row.orOther;
  });
  if (breaking !== undefined || !listName) return { grid: false, breaking, listName };
  return { grid: true, listName, rows: drawn };
}
