/** Responses as the list and the response view show them (src/api/spec/responses.ts names the calls). */
import type { Language } from '../form/model';
import type { ResponseStatus, ResponseSummary } from './interview-types';

export interface ResponseListArgs {
  formId?: string;
  status?: ResponseStatus;
  interviewer?: string;
  /** A code of the answer to the question named `region`. */
  region?: string;
  /** Started at or after this moment (epoch ms). */
  startedFrom?: number;
  /** Started before this moment (epoch ms). */
  startedBefore?: number;
  /** Rows to skip (default 0) and to return (default 50, at most 500). */
  offset?: number;
  limit?: number;
  /** The language of labels (a form language code); absent, or not a language of the form: the interview's. */
  language?: string;
  /** true: only the drafts ended over quota; false: none of them (the drafts left to continue); absent: both. */
  overQuota?: boolean;
}

export interface ResponseRow extends ResponseSummary {
  /** The answer to `region` ('' when none) and its label. */
  region: string;
  regionLabel: string;
  /** The label of the question or group where the interview stopped ('' when none). */
  positionLabel: string;
  /** A draft ended over quota: kept, out of analysis, not to be continued. */
  overQuota: boolean;
}

export interface ResponsePage {
  /** Responses matching the filters, of which `rows` is one page. */
  total: number;
  /** Drafts to continue: those ended over quota are counted in `overQuota` instead. */
  drafts: number;
  finals: number;
  overQuota: number;
  /** Of the matching responses, those that are practice (demo) data. */
  demo: number;
  offset: number;
  limit: number;
  rows: ResponseRow[];
  /** Choices for the filters: interviewers who recorded responses, and the regions the form offers. */
  interviewers: string[];
  regions: { code: string; label: string }[];
}

/** One question of a response as the view shows it. */
export interface ResponseItem {
  /** The field's name, or its path inside a repeat: "member[2].member_age". */
  field: string;
  type: string;
  /** The question's label in the chosen language ('' for unlabeled calculations and metadata). */
  label: string;
  /** Labels of the groups the question sits in, outermost first; an instance of a repeat as "Household member 2". */
  groups: string[];
  /** The stored answer. */
  value: string;
  /** The answer as read: choice labels for selects (joined by "; "), the value otherwise. */
  display: string;
}

export interface ResponseView extends ResponseSummary {
  /** The language labels are given in. */
  labelLanguage: string;
  languages: Language[];
  answers: Record<string, string>;
  /** Every answered field, in survey order. */
  items: ResponseItem[];
}
