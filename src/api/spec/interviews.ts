import type { Interview, InterviewSaveArgs, ResponseSummary, SaveReceipt } from '../../collect/interview-types';
import type { ParadataBatch } from '../../collect/paradata-types';

export type * from '../../collect/interview-types';

/**
 * An interview in progress, saved answer by answer. Finalizing checks the whole response in the
 * core; when anything is wrong it fails with kind 'bad-input' and one problem per question, each
 * with `field` (the question name, or its path inside a repeat: "household[2].member_age") and a
 * message in the interview language.
 */
export interface InterviewsApi {
  /**
   * Starts a draft of the form's latest version: metadata, defaults and the remembered place filled
   * in. Without `language` the interview is in the form's primary (default) language, which the designer marks,
   * whatever the interface speaks; the interviewer switches with `interviews.save` ({ language }).
   */
  'interviews.start': { args: { formId: string; language?: string; assignmentId?: string }; result: Interview };
  /**
   * Ends a draft whose quota cell is full: kept (never counted as done), marked "over quota" so analysis
   * leaves it out.
   */
  'interviews.endOverQuota': { args: { uuid: string }; result: { uuid: string } };
  'interviews.open': { args: { uuid: string }; result: Interview };
  /** Saves answers, position and/or language of a draft in one transaction. */
  'interviews.save': { args: InterviewSaveArgs; result: SaveReceipt };
  /** Validates the whole response; makes it final (read-only) or fails with every problem. */
  'interviews.finalize': { args: { uuid: string; paradata?: ParadataBatch }; result: ResponseSummary };
  /** Makes a final response a draft again, raising its revision. */
  'interviews.reopen': { args: { uuid: string; paradata?: ParadataBatch }; result: Interview };
  /**
   * Deletes a draft (a finalized response cannot be discarded). With `ifUnanswered`, only a draft
   * started here that nothing was answered in (the screen asks this when the interviewer leaves);
   * `discarded` says whether it went.
   */
  'interviews.discard': { args: { uuid: string; ifUnanswered?: boolean }; result: { uuid: string; discarded: boolean } };
}
