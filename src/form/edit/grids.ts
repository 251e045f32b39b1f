/**
 * Table-list grids the designer warns about. The interview draws a table-list group as one grid only when every row it
 * shows is a single choice on one shared list (`tableListGrid`, the rule the interview's layout uses too: notes and rows
 * the interviewer never sees do not count); otherwise it quietly shows plain questions. That is a working form, so publishing and importing
 * accept it, but in the designer it is almost always an accident (a question dropped into the grid), so the designer's
 * problem counter names it until the lead moves the row out or gives it the grid's list.
 */
import { codedProblem, type Problem } from '../../common/errors';
import type { FormDefinition } from '../model';
import { isTableListGroup, tableListGrid } from '../table-list';
import { childrenOf } from './tree';

/** The first row of each table-list group that stops it from being a grid, as a problem on that row. */
export function gridProblems(form: FormDefinition): Problem[] {
  const survey = form.survey;
  const problems: Problem[] = [];
  survey.forEach((row, index) => {
    if (!isTableListGroup(row)) return;
    const verdict = tableListGrid(childrenOf(survey, index), (child) => survey[child]);
    if (verdict.grid || verdict.breaking === undefined) return;
    const { breaking, listName } = verdict;
    problems.push(
      codedProblem(
        'grid-row-breaks-grid',
        { group: row.name, name: survey[breaking].name, list: listName ?? '' },
        { sheet: 'survey', row: breaking + 2, column: 'type', field: survey[breaking].name },
      ),
    );
  });
  return problems;
}
