/** Where in the designer a problem found by `checkForm` is fixed: a question, a choice, or the form's settings. */
import type { Problem } from '../../common/errors';
import type { FormDefinition } from '../model';
import { defaultChoiceRows } from '../check/context';
import { isNodeStart, parentOf } from './tree';

export type ProblemTarget = { kind: 'row'; index: number } | { kind: 'choice'; list: string; index: number } | { kind: 'settings' };

/**
 * The place of a problem `checkForm(form)` reported (without workbook locations, so survey row i
 * is worksheet row i + 2 and choices follow list by list). A problem on an end_group row belongs to its group.
 */
export function problemTarget(form: FormDefinition, problem: Problem): ProblemTarget {
  if (problem.sheet === 'survey' && problem.row !== undefined) {
    const index = problem.row - 2;
    if (isNodeStart(form.survey, index)) return { kind: 'row', index };
    const parent = parentOf(form.survey, index);
    if (parent >= 0) return { kind: 'row', index: parent };
  }
  if (problem.sheet === 'choices' && problem.row !== undefined) {
    for (const [list, rows] of Object.entries(defaultChoiceRows(form))) {
      const index = rows.indexOf(problem.row);
      if (index >= 0) return { kind: 'choice', list, index };
    }
  }
  return { kind: 'settings' };
}
