export type { QualityRequest } from './options';

/** What `kelisim quality` (and `quality.run` in the API) answers. */

export type QualityCheck = 'speeding' | 'straightlining' | 'duplicate' | 'near-duplicate' | 'nonresponse' | 'outlier';
export const QUALITY_CHECKS: readonly QualityCheck[] = [
  'speeding',
  'straightlining',
  'duplicate',
  'near-duplicate',
  'nonresponse',
  'outlier',
];

export type QualityFlag =
  | {
      check: 'speeding';
      detail: {
        minutes: number;
        medianMinutes: number;
        version: string;
        source: 'timestamps' | 'metadata' | 'paradata';
        /** From the event log: the answered questions on screen for less than `questionMinSeconds`, of `timedQuestions`. */
        rushedQuestions?: { question: string; seconds: number }[];
        timedQuestions?: number;
        questionMinSeconds?: number;
      };
    }
  | { check: 'straightlining'; detail: { group: string; groupLabel: string; items: number; choice: string } }
  | { check: 'duplicate'; detail: { of: string; compared: number } }
  | { check: 'near-duplicate'; detail: { of: string; share: number; compared: number; differing: string[] } }
  | { check: 'nonresponse'; detail: { share: number; missing: number; answered: number } }
  | { check: 'outlier'; detail: { question: string; value: number; low: number; high: number; rule: 'iqr' | 'range' } };

export type ReviewVerdict = 'keep' | 'reject';

export interface ResponseReview {
  verdict: ReviewVerdict;
  reason: string;
  reviewedAt: number;
}

export interface FlaggedResponse {
  uuid: string;
  interviewer: string;
  startedAt: number;
  flags: QualityFlag[];
  review?: ResponseReview;
}

export interface InterviewerQuality {
  interviewer: string;
  /** Finalized interviews checked. */
  n: number;
  medianMinutes: number | null;
  flags: Record<QualityCheck, number>;
  /** Share of "don't know"/"refused" answers among this interviewer's answered choice questions. */
  nonresponseShare: number;
  /** How far that share is from the rest of the team's, in standard errors (two-proportion z). */
  nonresponseZ: number | null;
  /** Sum over the effect items of this interviewer's contribution to the interviewer × answer χ²: largest first = look here first. */
  chiSquareContribution: number;
  /** The item contributing most to it. */
  mostDistinctItem: string | null;
}

export interface ItemInterviewerEffect {
  var: string;
  label: string;
  /** Intra-interviewer correlation, the one-way ANOVA estimator (Kish 1962); negative estimates are reported as they are. */
  rhoInterviewer: number | null;
  /** 1 + (m − 1)·ρ_int, m the mean number of interviews per interviewer. */
  deffInterviewer: number | null;
  interviewers: number;
  meanInterviews: number;
  n: number;
}

export interface QualityReport {
  formId: string;
  checked: number;
  thresholds: Record<string, number>;
  responses: FlaggedResponse[];
  interviewers: InterviewerQuality[];
  items: ItemInterviewerEffect[];
  /** What a lead should read with the figures, as codes of the error catalog's phrases (translated by every front end). */
  notes: QualityNote[];
}

export type QualityNote =
  { code: 'quality-common-pattern'; params: { buckets: number } } | { code: 'quality-no-grids'; params: { items: number } };
