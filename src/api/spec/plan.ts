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
  /**
   * The whole plan as edited in a table, header first (the shape of `plan.get`'s table): checked exactly as an
   * imported file is, and stored in place of the form's plan, or refused with every problem (row, column) and
   * nothing stored.
   */
  'plan.save': { args: { formId: string; table: string[][] }; result: PlanImportResult };
  /** The plan as a CSV table that imports again, written to a new file in the export folder. */
  'plan.export': { args: { formId: string }; result: { path: string; assignments: number } };
  /** Per assignment and quota cell: done, drafts, remaining; and interviews outside the plan. */
  'fieldwork.progress': { args: { formId: string; includeDemo?: boolean }; result: FieldworkProgress };
}
