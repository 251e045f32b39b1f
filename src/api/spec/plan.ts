import type { FileInput } from '../../common/file-input';
import type { Assignment, PlanImportResult } from '../../fieldwork/plan';
import type { FieldworkProgress } from '../../fieldwork/progress';

export type { Assignment, PlanImportResult } from '../../fieldwork/plan';
export type * from '../../fieldwork/progress';

export interface PlanApi {
  /** A fieldwork plan from a CSV/XLSX table, checked whole; replaces the form's plan only with `replace`. */
  'plan.import': { args: { formId: string; file: FileInput; replace?: boolean }; result: PlanImportResult };
  /** The plan's assignments, and the same as a table (the columns it was imported with). */
  'plan.get': { args: { formId: string }; result: { assignments: Assignment[]; table: string[][] } };
  /** Per assignment and quota cell: done, drafts, remaining; and interviews outside the plan. */
  'fieldwork.progress': { args: { formId: string; includeDemo?: boolean }; result: FieldworkProgress };
}
