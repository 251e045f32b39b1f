import type { Problem } from '../../common/errors';
import type { FormDefinition } from '../model';
import type { FormLocations } from './context';
import { CheckContext } from './context';
import { checkChoiceLists, checkSettings } from './choices';
import { checkExpressions } from './expressions';
import { checkSurveyStructure } from './structure';

export type { FormLocations } from './context';

const SHEET_ORDER: Record<string, number> = { survey: 0, choices: 1, settings: 2 };

/**
 * Everything wrong with a form, each problem with its sheet, row (as the spreadsheet shows it),
 * column header and a sentence a researcher understands. An empty list means the form can be
 * published and interviewed.
 */
export function checkForm(form: FormDefinition, locations?: FormLocations): Problem[] {
  const ctx = new CheckContext(form, locations);
  checkSurveyStructure(ctx);
  checkExpressions(ctx);
  checkChoiceLists(ctx);
  checkSettings(ctx);
  return ctx.problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        (SHEET_ORDER[a.problem.sheet ?? ''] ?? 3) - (SHEET_ORDER[b.problem.sheet ?? ''] ?? 3) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}
