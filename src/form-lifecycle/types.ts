/**
 * What the form lifecycle gives back, shared with the API contract (src/api/spec re-exports these): types only, over
 * the browser-safe form model, so the screens can import them.
 */
import type { FormDefinition } from '../form/model';
import type { FormDiff } from '../form/edit/diff';

export interface PublishedForm {
  formId: string;
  version: string;
  title: string;
  /** Language codes, in the order of the workbook's columns. */
  languages: string[];
  /** Survey rows that are not group or repeat markers. */
  questions: number;
  /** False when this exact version was already published (importing it again changes nothing). */
  created: boolean;
}

/** A form open in the designer: the working copy and the version it will be compared with when published. */
export interface DesignerDraft {
  formId: string;
  /** The working copy: the saved draft, or the latest published version when there are no unpublished edits. */
  form: FormDefinition;
  /** When the draft was saved; null when the working copy is the latest published version unchanged. */
  draftSavedAt: number | null;
  /** The latest published version; null for a form never published. */
  published: { version: string; publishedAt: number; form: FormDefinition } | null;
  /** Every published version, oldest first. */
  versions: string[];
}

export interface DesignerPublishResult {
  published: PublishedForm;
  /** The version it was compared with; null for a form's first version. */
  previousVersion: string | null;
  /** What changed against `previousVersion`; null for a first version. */
  diff: FormDiff | null;
}
