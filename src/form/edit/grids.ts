/**
 * Table-list grids the designer warns about. The interview draws a table-list group as one grid only when every row it
 * shows is a single choice on one shared list (as the interview's layout reads it: notes and rows the interviewer never
 * sees do not count); otherwise it quietly shows plain questions. That is a working form, so publishing and importing
 * accept it, but in the designer it is almost always an accident (a question dropped into the grid), so the designer's
 * problem counter names it until the lead moves the row out or gives it the grid's list.
 */
import { codedProblem, type Problem } from '../../common/errors';
import { isCollectable, isMetadata, type FormDefinition, type SurveyRow } from '../model';
import { childrenOf, isGridRow } from './tree';

/** Rows a grid does not draw, so they do not break it: notes and what the interviewer never sees. */
function isUnshown(row: SurveyRow): boolean {
  return row.type === 'note' || row.type === 'calculate' || row.type === 'hidden' || isMetadata(row.type) || !isCollectable(row.type) ||
    (row.appearance ?? '').split(/\s+/).includes('hidden');
}

/** The first row of each table-list group that stops it from being a grid, as a problem on that row. */
export function gridProblems(form: FormDefinition): Problem[] {
  const survey = form.survey;
  const problems: Problem[] = [];
  survey.forEach((row, index) => {
    if (!isGridRow(row)) return;
    const rows = childrenOf(survey, index).filter((child) => !isUnshown(survey[child]));
    const listName = survey[rows[0]]?.listName;
    const breaking = rows.find((child) => {
      const item = survey[child];
      return item.type !== 'select_one' || !listName || item.listName !== listName || item.orOther;
    });
    if (breaking === undefined) return;
    problems.push(codedProblem(
      'grid-row-breaks-grid',
      { group: row.name, name: survey[breaking].name, list: listName ?? '' },
      { sheet: 'survey', row: breaking + 2, column: 'type', field: survey[breaking].name },
    ));
  });
  return problems;
}
