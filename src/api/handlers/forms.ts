import type { ApiContext } from '../context';
import type { FormsApi, HandlersOf } from '../spec';
import { listForms } from '../../store/forms';

export function formsHandlers(ctx: ApiContext): HandlersOf<FormsApi> {
  return {
    'forms.list': async () =>
      listForms(ctx.db).map((form) => ({
        formId: form.formId,
        title: form.title,
        versions: form.versions,
        responses: form.drafts + form.finals,
        drafts: form.drafts,
        finals: form.finals,
      })),
  };
}
