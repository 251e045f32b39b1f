/**
 * What the high-frequency checks look for and how strict they are. Every threshold has a default a research lead can
 * change per run (CLI flags, the Quality screen, the API); here in common because the Quality screen shows the defaults.
 */
export interface QualityThresholds {
  /** An interview shorter than this share of its form version's median duration is speeding (default 1/3). */
  speedingShareOfMedian: number;
  /** A grid (table-list group) needs at least this many answered items to count as straight-lined (default 5). */
  straightliningMinItems: number;
  /** Two responses sharing at least this share of their answered questions are near-duplicates (default 0.95). */
  nearDuplicateShare: number;
  /** Near-duplicates are only sought between responses with at least this many answered questions (default 10). */
  nearDuplicateMinAnswered: number;
  /** A response with at least this share of "don't know"/"refused" answers among its answered choice questions is flagged (default 0.3). */
  nonresponseShare: number;
  /** Numbers beyond Q1 − k·IQR or Q3 + k·IQR are outliers (default k = 3). */
  outlierIqr: number;
  /** From the event log: an answered question on screen for less than this many seconds was rushed (default 2). */
  questionMinSeconds: number;
  /** A response with at least this share of its timed, answered questions rushed is speeding (default 0.2). */
  rushedQuestionShare: number;
}

export const DEFAULT_THRESHOLDS: QualityThresholds = {
  speedingShareOfMedian: 1 / 3,
  straightliningMinItems: 5,
  nearDuplicateShare: 0.95,
  nearDuplicateMinAnswered: 10,
  nonresponseShare: 0.3,
  outlierIqr: 3,
  questionMinSeconds: 2,
  rushedQuestionShare: 0.2,
};
