import type { ApiContext } from '../context';
import path from 'node:path';
import { allowedInput, refusePathFromInterface } from '../file-access';
import type { FileInput, FormsApi, HandlersOf } from '../spec';
import type { FormAttachment } from '../../form/model';
import { readCsvAttachment, readXlsForm, writeXlsForm } from '../../form';
import { formVersions, listForms } from '../../store/forms';
import { attachToForm, publishCheckedForm, publishImportedForm, publishedVersion } from '../../form-lifecycle/publish';
import { readSourceFile, writeFileAtomically } from '../../io/files';

/** Published forms: files are read here, the versions themselves are the form lifecycle's (src/form-lifecycle). */
export function formsHandlers(ctx: ApiContext): HandlersOf<FormsApi> {
  return {
    // Forms that can be interviewed: a form only the designer knows (never published) is listed by designer.list.
    'forms.list': async () =>
      listForms(ctx.db)
        .filter((form) => form.versions.length)
        .map((form) => ({
          formId: form.formId,
          title: form.title,
          ...(form.titles ? { titles: form.titles } : {}),
          versions: form.versions,
          responses: form.drafts + form.overQuota + form.finals,
          drafts: form.drafts,
          overQuota: form.overQuota,
          finals: form.finals,
          demo: form.demo,
        })),

    'forms.import': async ({ file, attachments }) => {
      const source = await readSourceFile(allowedInput(ctx, file, 'file'));
      const form = await readXlsForm(source.bytes, source.name);
      return publishImportedForm(ctx.db, form, attachments?.length ? await readAttachments(ctx, attachments) : []);
    },

    'forms.attach': async ({ formId, files }) => attachToForm(ctx.db, formId, files, (checked) => readAttachments(ctx, checked)),

    'forms.publish': async ({ form }) => publishCheckedForm(ctx.db, form),

    'forms.get': async ({ formId, version }) => {
      const { row, form } = publishedVersion(ctx.db, formId, version);
      return {
        formId,
        version: row.version,
        versionId: row.id,
        publishedAt: row.publishedAt,
        form,
        versions: formVersions(ctx.db, formId).map((v) => v.version),
      };
    },

    'forms.export': async ({ formId, version, outPath }) => {
      refusePathFromInterface(ctx, outPath, 'outPath');
      const { row, form } = publishedVersion(ctx.db, formId, version);
      const bytes = await writeXlsForm(form);
      const fileName = `${formId}-${row.version}.xlsx`;
      if (!outPath) return { fileName, bytes };
      await writeFileAtomically(outPath, bytes);
      return { fileName, path: outPath };
    },
  };
}

/** Every file checked (a .csv name, UTF-8, a readable table, the size limit) before anything is stored. */
async function readAttachments(ctx: ApiContext, files: readonly FileInput[]): Promise<FormAttachment[]> {
  const attachments: FormAttachment[] = [];
  for (const file of files) {
    const source = await readSourceFile(allowedInput(ctx, file, 'attachments'));
    attachments.push(readCsvAttachment(path.basename(source.name), source.bytes));
  }
  return attachments;
}
