import type { ApiContext } from '../context';
import type { HandlersOf, PlanApi } from '../spec';
import { importPlan, latestForm, planTable } from '../../fieldwork/plan';
import { fieldworkProgress } from '../../fieldwork/progress';
import { planOfForm } from '../../store/fieldwork';

export function planHandlers(ctx: ApiContext): HandlersOf<PlanApi> {
  return {
    'plan.import': async ({ formId, file, replace }) => importPlan(ctx.db, formId, file, { replace: replace === true }),
    'plan.get': async ({ formId }) => {
      const form = latestForm(ctx.db, formId);
      const assignments = planOfForm(ctx.db, formId);
      return { assignments, table: planTable(form, assignments) };
    },
    'fieldwork.progress': async ({ formId, includeDemo }) => fieldworkProgress(ctx.db, formId, { includeDemo: includeDemo === true }),
  };
}
