import type { FormDefinition, Translations } from '../../form/model';
import type { FileInput } from '../../common/file-input';
import type { DesignerDraft, DesignerPublishResult } from '../../form-lifecycle/types';

export type { FormDiff } from '../../form/edit/diff';
export type { DesignerDraft, DesignerPublishResult } from '../../form-lifecycle/types';

/** A form as the designer lists it: published versions and whether a working copy has unpublished edits. */
export interface DesignerFormSummary {
  formId: string;
  title: string;
  /** The title per language code (settings form_title::LANGUAGE), when the form gives it. */
  titles?: Translations;
  /** Published versions, oldest first; empty for a form not yet published. */
  versions: string[];
  /** When the working copy with unpublished edits was last saved; null when there is none. */
  draftSavedAt: number | null;
  responses: number;
}

/**
 * The questionnaire designer. A form's working copy is kept in the database between publishes
 * (saved after every change), so unpublished edits survive closing the app; publishing checks the
 * whole form, freezes it as a new version and says what changed since the previous one.
 */
export interface DesignerApi {
  /** Every form: published ones and those that so far exist only as a working copy. */
  'designer.list': { args: Record<string, never>; result: DesignerFormSummary[] };
  /**
   * A new, empty form in the given languages (codes: kk, ru, en…; the first is the default unless
   * `defaultLanguage` names another), not published until `designer.publish`; refused when the form_id is taken.
   */
  'designer.create': { args: { formId: string; title: string; languages: string[]; defaultLanguage?: string }; result: DesignerDraft };
  /** Opens a form for editing: its working copy, or its latest published version. */
  'designer.open': { args: { formId: string }; result: DesignerDraft };
  /**
   * Saves the working copy of `formId`. A form never published may change its form_id here (the
   * result names the new one); a published form cannot, its responses are filed under it.
   */
  'designer.save': { args: { formId: string; form: FormDefinition }; result: { formId: string; draftSavedAt: number | null } };
  /** Throws away the unpublished edits; a form never published is deleted (`deleted: true`). */
  'designer.discard': { args: { formId: string }; result: { formId: string; deleted: boolean } };
  /**
   * Checks the working copy (every problem at once, each with its question) and publishes it as a
   * new version: one published before gets the next version number. Refused when nothing changed.
   */
  'designer.publish': { args: { formId: string; form: FormDefinition }; result: DesignerPublishResult };
  /**
   * Reads an XLSForm workbook into the working copy of its form_id (a new form when there is none),
   * to review and publish from the designer. Refused, to keep unpublished edits safe, when that form
   * has a different working copy, unless `replaceDraft`.
   */
  'designer.import': { args: { file: FileInput; replaceDraft?: boolean }; result: DesignerDraft };
  /** The working copy as an XLSForm workbook: written to `outPath`, or returned as bytes. */
  'designer.export': {
    args: { form: FormDefinition; outPath?: string };
    result: { fileName: string; path?: string; bytes?: Uint8Array };
  };
}
