import type { ApiContext } from '../context';
import type { HandlersOf, PlanApi } from '../spec';
import { importPlan, latestForm, planTable } from '../../fieldwork/plan';
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
    'fieldwork.progress': async ({ formId, includeDemo }) => fieldworkProgress(ctx.db, formId, { includeDemo: includeDemo === true }),
  };
}
