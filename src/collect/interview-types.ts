/** A response as the interview and the lists see it: the collect domain's shapes (src/api/spec/interviews.ts names the calls). */
import type { FormDefinition, Translations } from '../form/model';
import type { ParadataBatch } from './paradata-types';

export type ResponseStatus = 'draft' | 'final';

/** A response as lists and the interview see it, without its answers. Times: epoch ms (UTC). */
export interface ResponseSummary {
  uuid: string;
  formId: string;
  version: string;
  /** The form's title (as its latest import named it). */
  title: string;
  /** The same title per language code (settings form_title::LANGUAGE), when the form gives it. */
  titles?: Translations;
  status: ResponseStatus;
  /** 1 when first finalized; each reopening raises it. */
  revision: number;
  /** The language the interview is conducted in: a code of the form's languages. */
  language: string;
  interviewer: string;
  deviceId: string;
  startedAt: number;
  finishedAt: number | null;
  updatedAt: number;
  /** Advances with every change to the response, database-wide. */
  changeSeq: number;
  /**
   * Where the interview stopped: the name of the question or group shown last, a path inside a
   * repeat ("household[2].member_age"), or "#finish"; null before the first.
   */
  position: string | null;
  /** A practice (demo) response: synthetic, never field data. */
  demo: boolean;
}

/** An interview to show and continue: the response, its answers and the form version it follows. */
export interface Interview extends ResponseSummary {
  /**
   * Stored answers by field name (unanswered fields left out). A repeat is one field holding a JSON
   * array of its instances' answer maps: `{"household": "[{\"member_name\":\"Ana\"}, …]"}`.
   */
  answers: Record<string, string>;
  form: FormDefinition;
  /**
   * ${last-saved#name}: the answers of the form's last other saved response on this laptop, only
   * of the fields the form reads that way (absent when it reads none or there is no such response).
   */
  lastSaved?: Record<string, string>;
  /**
   * The assignment of the fieldwork plan the interview counts towards (its interviewer and location answers match
   * it, as when it was started from it); absent outside the plan. "Next interview" starts from the same one.
   */
  assignmentId?: string;
}

/**
 * A repeat instance added or removed. The instances of a repeat with a repeat_count follow the
 * count by themselves (created as it asks for them), so they are neither added nor removed.
 */
export type InstanceChange =
  /** Adds an instance at the end of the repeat at this path ("household", or "house[2].person" in a repeat), its defaults filled in. */
  | { add: string }
  /** Removes the instance at this path ("household[2]"); the instances after it move up by one. */
  | { remove: string };

export interface InterviewSaveArgs {
  uuid: string;
  /**
   * Answers given since the last save, by field name, or by path for a question inside a repeat
   * ("household[2].member_age": that instance's answer only); '' clears an answer.
   */
  answers?: Record<string, string>;
  /** Repeat instances added or removed since the last save, in order; applied before `answers`. */
  instances?: InstanceChange[];
  /** The question or group now shown (a survey row name, a path inside a repeat, or "#finish"). */
  position?: string | null;
  /** Switches the interview language (a code of the form's languages). */
  language?: string;
  /**
   * The screen's event log since its last save, and its clock now (the time of the answers this
   * save changes, which the core logs as 'answer' events). Absent: the core's own clock.
   */
  paradata?: ParadataBatch;
}

/** What a save wrote: the response's change sequence and update time after it. */
export interface SaveReceipt {
  uuid: string;
  changeSeq: number;
  updatedAt: number;
  /** False when the save brought nothing new (only the position, or answers already stored). */
  changed: boolean;
  /**
   * The answers just given put the interview in a quota cell its assignment has already filled with finalized
   * interviews: the screen says so in the interview language and offers `interviews.endOverQuota`.
   */
  quotaFull?: { assignmentId: string; question: string; choice: string; target: number; final: number };
}
