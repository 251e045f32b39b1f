import type { QualityThresholds } from '../common/quality-thresholds';

export { DEFAULT_THRESHOLDS, type QualityThresholds } from '../common/quality-thresholds';

export interface QualityRequest extends Partial<QualityThresholds> {
  formId: string;
  /** Interviews started on or after / on or before (YYYY-MM-DD or a date and time). */
  from?: string;
  to?: string;
  interviewers?: string[];
  /** Items or scales for interviewer effects; by default every Likert item and every scale. */
  items?: string[];
  /** Lead-set plausible ranges for numeric questions: values outside are outliers whatever the IQR says. */
  ranges?: Record<string, [number, number]>;
  /** Label language (the form's default when absent). */
  language?: string;
  /** Check practice (demo) responses too; field data only by default. */
  includeDemo?: boolean;
}
