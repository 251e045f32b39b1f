/** Problems of an import's rows, each with where it is in the file; past a thousand only counted. */
import { codedProblem, type Problem } from '../../common/errors';
import type { TableInfo, TableRow } from './data-table';

/** Problems listed in full; beyond this many only their number is reported, so a wrong file does not print a million lines. */
export const MAX_LISTED_PROBLEMS = 1000;

export class ProblemList {
  rows = 0;
  private readonly listed: Problem[] = [];
  private unlisted = 0;

  constructor(private readonly table: TableInfo) {}

  /** `found` may carry a catalog code and its parameters (src/common/messages/errors), which the front ends translate. */
  addRow(row: TableRow, found: Pick<Problem, 'field' | 'column' | 'message' | 'code' | 'params'>[]): void {
    this.rows++;
    for (const problem of found) {
      if (this.listed.length >= MAX_LISTED_PROBLEMS) {
        this.unlisted++;
        continue;
      }
      const column = problem.column ?? problem.field?.split(/[[.]/)[0];
      this.listed.push({
        file: this.table.file,
        ...(this.table.sheet ? { sheet: this.table.sheet } : {}),
        row: row.line,
        ...(column ? { column } : {}),
        ...(problem.field ? { field: problem.field } : {}),
        message: problem.message,
        // The code goes with the words, so that the screen shows them in its own language.
        ...(problem.code ? { code: problem.code, params: problem.params ?? {} } : {}),
      });
    }
  }

  list(): Problem[] {
    if (!this.unlisted) return this.listed;
    return [
      ...this.listed,
      codedProblem('problems-more', { count: this.unlisted, listed: MAX_LISTED_PROBLEMS }, { file: this.table.file }),
    ];
  }
}
