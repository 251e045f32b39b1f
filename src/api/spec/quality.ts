import type { QualityReport, QualityRequest, ReviewVerdict } from '../../quality/results';

export type * from '../../quality/results';

export interface ReviewArgs {
  uuid: string;
  /** "keep": checked and kept; "reject": kept in the database, left out of analysis and reports; null clears the review. */
  verdict: ReviewVerdict | null;
  reason?: string;
}

export interface QualityApi {
  /** High-frequency checks over a form's finalized interviews (speeding, straight-lining, duplicates, non-response, outliers, interviewer effects). */
  'quality.run': { args: QualityRequest; result: QualityReport };
  /** A lead's verdict on a flagged response. */
  'quality.review': { args: ReviewArgs; result: { uuid: string; verdict: ReviewVerdict | null } };
}
