import type { FormDefinition, Translations } from '../../form/model';
import type { FileInput } from '../../common/file-input';
import type { PublishedForm } from '../../form-lifecycle/types';

export type { PublishedForm } from '../../form-lifecycle/types';

export interface FormSummary {
  formId: string;
  title: string;
  /** The title per language code (settings form_title::LANGUAGE), when the form gives it; screens show the one of their language. */
  titles?: Translations;
  /** Published versions, oldest first. */
  versions: string[];
  /** All responses of every version. */
  responses: number;
  /** Drafts to continue; those ended over quota are not among them. */
  drafts: number;
  /** Drafts ended over quota: kept, out of analysis, never to be continued. */
  overQuota: number;
  finals: number;
  /** Of all responses, those that are practice (demo) data, not field data. */
  demo: number;
}

export interface FormVersionInfo {
  formId: string;
  version: string;
  versionId: number;
  publishedAt: number;
  form: FormDefinition;
  /** Every published version of the form, oldest first. */
  versions: string[];
}

export interface FormsApi {
  /** The forms with at least one published version (those that can be interviewed). */
  'forms.list': { args: Record<string, never>; result: FormSummary[] };
  /**
   * Reads an XLSForm workbook and publishes it as a version; nothing is stored when it has any
   * problem. `attachments`: CSV files the form reads (select_one_from_file, search(), pulldata()).
   */
  'forms.import': { args: { file: FileInput; attachments?: FileInput[] }; result: PublishedForm };
  /**
   * Attaches CSV files to the latest version of a form (replacing files of the same name) and
   * publishes the result as a new version; responses of earlier versions keep their version.
   */
  'forms.attach': { args: { formId: string; files: FileInput[] }; result: PublishedForm };
  /** Publishes a form model (from the designer) as a new version. */
  'forms.publish': { args: { form: FormDefinition }; result: PublishedForm };
  /** A published version (the latest when none is named). */
  'forms.get': { args: { formId: string; version?: string }; result: FormVersionInfo };
  /** An XLSForm workbook of a version: written to `outPath`, or returned as bytes when none is given. */
  'forms.export': {
    args: { formId: string; version?: string; outPath?: string };
    result: { fileName: string; path?: string; bytes?: Uint8Array };
  };
}
