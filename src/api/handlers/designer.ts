import type { ApiContext } from '../context';
import { allowedInput, refusePathFromInterface } from '../file-access';
import type { DesignerApi, HandlersOf } from '../spec';
import { readXlsForm } from '../../form/xlsform/read';
import { writeXlsForm } from '../../form/xlsform/write';
import { listForms } from '../../store/forms';
import {
  createForm,
  discardWorkingCopy,
  exportedVersion,
  importWorkingCopy,
  openWorkingCopy,
  publishWorkingCopy,
  saveWorkingCopy,
} from '../../form-lifecycle/working-copy';
import { readSourceFile, writeFileAtomically } from '../../io/files';

/** The designer's calls, translated to the form lifecycle (src/form-lifecycle), which owns working copies and publishing. */
export function designerHandlers(ctx: ApiContext): HandlersOf<DesignerApi> {
  return {
    'designer.list': async () =>
      listForms(ctx.db).map((form) => ({
        formId: form.formId,
        title: form.title,
        ...(form.titles ? { titles: form.titles } : {}),
        versions: form.versions,
        draftSavedAt: form.draftSavedAt,
        responses: form.drafts + form.overQuota + form.finals,
      })),

    'designer.create': async (args) => createForm(ctx.db, args),

    'designer.open': async ({ formId }) => openWorkingCopy(ctx.db, formId),

    'designer.save': async ({ formId, form }) => saveWorkingCopy(ctx.db, formId, form),

    'designer.discard': async ({ formId }) => discardWorkingCopy(ctx.db, formId),

    'designer.publish': async ({ formId, form }) => publishWorkingCopy(ctx.db, formId, form),

    'designer.import': async ({ file, replaceDraft }) => {
      const source = await readSourceFile(allowedInput(ctx, file, 'file'));
      const form = await readXlsForm(source.bytes, source.name);
      return importWorkingCopy(ctx.db, form, replaceDraft ?? false);
    },

    'designer.export': async ({ form, outPath }) => {
      refusePathFromInterface(ctx, outPath, 'outPath');
      const version = exportedVersion(ctx.db, form);
      const bytes = await writeXlsForm({ ...form, version });
      const fileName = `${form.formId}-${version}.xlsx`;
      if (!outPath) return { fileName, bytes };
      await writeFileAtomically(outPath, bytes);
      return { fileName, path: outPath };
    },
  };
}
