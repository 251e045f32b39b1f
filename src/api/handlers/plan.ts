import type { ApiContext } from '../context';
import type { HandlersOf, PlanApi } from '../spec';
import { importPlan, latestForm, planCsv, planTable, savePlan } from '../../fieldwork/plan';
import { exportTarget } from '../../io/export-folder';
import { writeFileAtomically } from '../../io/files';
import { fieldworkProgress } from '../../fieldwork/progress';
import { planOfForm } from '../../store/fieldwork';
import { allowedInput } from '../file-access';

export function planHandlers(ctx: ApiContext): HandlersOf<PlanApi> {
  return {
    // A page hands over bytes or a dialog's handle, never a path (it could read any file and see its first row).
    'plan.import': async ({ formId, file, replace }) =>
      importPlan(ctx.db, formId, allowedInput(ctx, file, 'file'), { replace: replace === true }),
    'plan.get': async ({ formId }) => {
      const form = latestForm(ctx.db, formId);
      const assignments = planOfForm(ctx.db, formId);
      return { assignments, table: planTable(form, assignments) };
    },
    'plan.save': async ({ formId, table }) => savePlan(ctx.db, formId, table),
    // Into the export folder, as every export from a page: the download route and "save a copy" hand it on.
    'plan.export': async ({ formId }) => {
      const form = latestForm(ctx.db, formId);
      const assignments = planOfForm(ctx.db, formId);
      const target = exportTarget(ctx.databasePath, formId, 'csv', { part: 'plan' });
      await writeFileAtomically(target, new TextEncoder().encode(planCsv(planTable(form, assignments))));
      return { path: target, assignments: assignments.length };
    },
    'fieldwork.progress': async ({ formId, includeDemo }) => fieldworkProgress(ctx.db, formId, { includeDemo: includeDemo === true }),
  };
}
