/**
 * Interview sessions in the core: start, save answer by answer, finalize, reopen, discard. The
 * renderer shows questions and evaluates skip logic for speed, but nothing it sends is trusted:
 * every save is checked against the form, and finalizing validates the whole response here.
 */
import type { CompiledForm } from '../form';
import type { Translations } from '../form/model';
import {
  answerAt,
  defaultAnswers,
  deviceProperties,
  finalAnswers,
  isAnswerError,
  lastSavedFields,
  parseAnswerPath,
  validateAnswers,
  withRepeatCounts,
} from '../form';
import type { Interview, InterviewSaveArgs, ResponseSummary, SaveReceipt } from './interview-types';
import { codedError } from '../common/errors';
import { uuidv7 } from '../common/ids';
import type { Db } from '../store/database';
import { formTitles, latestFormVersion } from '../store/forms';
import { deviceId } from '../store/installation';
import { decodeAnswers, encodeAnswers } from '../store/answer-codec';
import { insertResponse } from '../store/responses';
import {
  deleteResponse,
  getInterviewRecord,
  lastSavedResponse,
  writeDraftChange,
  writePosition,
  writeStatusChange,
  type InterviewRecord,
} from '../store/interviews';
import { checkedAnswers, withAnswers } from './answers';
import { withInstanceChanges } from './instances';
import { compiledVersion } from './compiled';
import { FINISH_METADATA, metadataAnswers, START_METADATA, type Recorder } from './metadata';
import { assignedAnswers, locationAnswers, rememberedLocation } from './location';
import { checkParadataBatch, logInterviewEvents, type CoreEvent } from './paradata';
import type { ParadataBatch } from './paradata-types';
import type { ParadataEvent } from '../store/paradata-types';
import { readParadata } from '../store/paradata';
import { removeUnnamedMedia } from '../store/media';

/** The position of the screen after the last question, where the interviewer finalizes. */
export const FINISH_POSITION = '#finish';

export interface StartOptions {
  formId: string;
  /**
   * A code of the form's languages; when absent, the form's primary (default) language, which the designer marks:
   * the respondent is addressed in the language the questionnaire was written and tested in, whatever language the
   * laptop's interface speaks, and the interviewer switches at once when the respondent prefers another.
   */
  language?: string;
  recorder: Recorder;
  /** Region/district/settlement answers of the previous interview on this laptop. */
  lastLocation: Record<string, string>;
  /** The location answers of the assignment the interview is started from (they win over the remembered place). */
  assigned?: Record<string, string>;
  now?: Date;
}

export function startInterview(db: Db, options: StartOptions): Interview {
  const interviewer = options.recorder.interviewer.trim();
  if (!interviewer) throw codedError('bad-input', 'interview-needs-interviewer', {});
  const version = latestFormVersion(db, options.formId);
  if (!version) throw codedError('not-found', 'form-not-found', { formId: options.formId });
  const compiled = compiledVersion(db, version.id);
  const form = compiled.form;
  const language = options.language ?? form.defaultLanguage;
  requireLanguage(compiled, language);
  const now = options.now ?? new Date();
  const recorder = { ...options.recorder, interviewer };
  const lastSaved = lastSavedAnswers(db, compiled, null);
  const properties = deviceProperties(recorder.interviewer, recorder.deviceId);
  // A repeat with a fixed count (or one the remembered place already decides) starts with its instances.
  const answers = withRepeatCounts(
    compiled,
    {
      ...defaultAnswers(compiled, {}, { language, now, lastSaved, properties }),
      ...rememberedLocation(compiled, options.lastLocation),
      ...assignedAnswers(compiled, options.assigned ?? {}),
      ...metadataAnswers(form, START_METADATA, recorder, now),
    },
    { language, now, lastSaved, properties },
  );
  const uuid = uuidv7(now.getTime());
  insertResponse(
    db,
    {
      uuid,
      formVersionId: version.id,
      status: 'draft',
      interviewer,
      deviceId: recorder.deviceId,
      language,
      startedAt: now.getTime(),
      updatedAt: now.getTime(),
      revision: 1,
      position: null,
    },
    version.fields,
    answers,
  );
  return openInterview(db, uuid);
}

export function openInterview(db: Db, uuid: string): Interview {
  const record = requireRecord(db, uuid);
  const compiled = compiledVersion(db, record.formVersionId);
  const lastSaved = lastSavedAnswers(db, compiled, record.uuid);
  return {
    ...summaryOf(record, formTitles(db, record.formId).get(record.formId)),
    answers: decodeAnswers(record.fields, record.answerValues),
    form: compiled.form,
    ...(lastSaved ? { lastSaved } : {}),
  };
}

/**
 * What ${last-saved#name} reads: the fields the form reads that way, from the form's last other
 * saved response on this laptop; undefined when the form reads none or there is no such response.
 */
function lastSavedAnswers(db: Db, compiled: CompiledForm, exceptUuid: string | null): Record<string, string> | undefined {
  const names = lastSavedFields(compiled.form);
  if (!names.length) return undefined;
  const last = lastSavedResponse(db, compiled.form.formId, exceptUuid);
  if (!last) return undefined;
  const answers = decodeAnswers(last.fields, last.answerValues);
  const picked: Record<string, string> = {};
  for (const name of names) if (answers[name]) picked[name] = answers[name];
  return picked;
}

export interface SaveOutcome {
  receipt: SaveReceipt;
  /** The place answers after this save, when the save changed one of them (to remember for the next interview). */
  location?: Record<string, string>;
}

/**
 * Saves what changed in a draft in one transaction: repeat instances added or removed, then the
 * answers (a path inside a repeat changes that instance only), then the instances a repeat_count
 * now asks for. Answers and language are changes (the change sequence advances); the position
 * alone is not.
 */
export function saveInterview(db: Db, args: InterviewSaveArgs, now: number = Date.now()): SaveOutcome {
  return db
    .transaction((): SaveOutcome => {
      const record = requireDraft(db, args.uuid, 'changed');
      const compiled = compiledVersion(db, record.formVersionId);
      if (args.language !== undefined) requireLanguage(compiled, args.language);
      if (args.position !== undefined && args.position !== null) requirePosition(compiled, args.position);
      const paradata = checkParadataBatch(args.paradata);

      const stored = decodeAnswers(record.fields, record.answerValues);
      const options = {
        language: args.language ?? record.language ?? compiled.form.defaultLanguage,
        now: new Date(now),
        lastSaved: lastSavedAnswers(db, compiled, record.uuid),
        properties: deviceProperties(record.interviewer, record.deviceId),
      };
      const changed = args.instances !== undefined ? withInstanceChanges(compiled, stored, args.instances, options) : stored;
      const given = args.answers ? checkedAnswers(compiled, args.answers) : {};
      const answers = withAnswers(compiled, changed, given, options);
      const changedFields = record.fields.filter((name) => (stored[name] ?? '') !== (answers[name] ?? ''));
      const languageChanged = args.language !== undefined && args.language !== record.language;
      logInterviewEvents(db, record.id, paradata, changedFields.length ? answerEvents(given, changed, answers) : []);
      if (!changedFields.length && !languageChanged) {
        if (args.position !== undefined && args.position !== record.position) writePosition(db, record.id, args.position);
        return { receipt: { uuid: record.uuid, changeSeq: record.changeSeq, updatedAt: record.updatedAt, changed: false } };
      }
      const { changeSeq } = writeDraftChange(db, record.id, {
        answerValues: changedFields.length ? encodeAnswers(record.fields, answers) : undefined,
        language: languageChanged ? args.language : undefined,
        position: args.position,
        updatedAt: now,
      });
      const location = locationAnswers(compiled, changedFields, answers);
      return { receipt: { uuid: record.uuid, changeSeq, updatedAt: now, changed: true }, ...(location ? { location } : {}) };
    })
    .immediate();
}

/**
 * Validates the whole response in the interview language and makes it final: `end` recorded,
 * calculations worked out, answers to questions the response skips dropped (as ODK does). When
 * anything is wrong nothing changes, and the error lists one problem per question.
 */
export function finalizeInterview(
  db: Db,
  uuid: string,
  recorder: Recorder,
  now: Date = new Date(),
  paradata?: ParadataBatch,
): ResponseSummary {
  return db
    .transaction((): ResponseSummary => {
      const record = requireDraft(db, uuid, 'finalized again');
      const batch = checkParadataBatch(paradata);
      const compiled = compiledVersion(db, record.formVersionId);
      const language = record.language ?? compiled.form.defaultLanguage;
      const answers = {
        ...decodeAnswers(record.fields, record.answerValues),
        ...metadataAnswers(compiled.form, FINISH_METADATA, recorder, now),
      };
      const lastSaved = lastSavedAnswers(db, compiled, record.uuid);
      const properties = deviceProperties(record.interviewer, record.deviceId);
      const problems = validateAnswers(compiled, answers, { language, now, lastSaved, properties }).filter(isAnswerError);
      if (problems.length) {
        throw codedError('bad-input', 'interview-cannot-finalize', { count: problems.length }, problems);
      }
      const kept = finalAnswers(compiled, answers, { language, now, lastSaved, properties });
      writeStatusChange(db, record.id, {
        status: 'final',
        answerValues: encodeAnswers(record.fields, kept),
        finishedAt: now.getTime(),
        revision: record.revision,
        updatedAt: now.getTime(),
      });
      writePosition(db, record.id, FINISH_POSITION);
      // A file whose answer finalizing dropped (its question skipped) goes with the answer.
      removeUnnamedMedia(db, record.id, (question) => (question.includes('[') ? answerAt(kept, question) : kept[question]));
      logInterviewEvents(db, record.id, batch, [{ event: 'finalize' }]);
      return summaryOf(requireRecord(db, uuid));
    })
    .immediate();
}

/** Makes a final response editable again; its revision rises so that merges prefer the correction. */
export function reopenInterview(db: Db, uuid: string, now: number = Date.now(), paradata?: ParadataBatch): Interview {
  db.transaction(() => {
    const record = requireRecord(db, uuid);
    const batch = checkParadataBatch(paradata);
    if (record.status !== 'final') throw codedError('conflict', 'interview-not-finalized', {});
    writeStatusChange(db, record.id, {
      status: 'draft',
      answerValues: record.answerValues,
      finishedAt: null,
      revision: record.revision + 1,
      updatedAt: now,
    });
    // A correction starts from the closing screen, where every question is one jump away.
    writePosition(db, record.id, FINISH_POSITION);
    logInterviewEvents(db, record.id, batch, [{ event: 'reopen' }]);
  }).immediate();
  return openInterview(db, uuid);
}

/** The answers this save changed, old → new, by the key they were given under (a path inside a repeat). */
function answerEvents(given: Record<string, string>, before: Record<string, string>, after: Record<string, string>): CoreEvent[] {
  const at = (answers: Record<string, string>, key: string) => (key.includes('[') ? answerAt(answers, key) : answers[key]) ?? '';
  return Object.keys(given).flatMap((key): CoreEvent[] => {
    const old = at(before, key);
    const now = at(after, key);
    return old === now ? [] : [{ event: 'answer', question: key, old, new: now }];
  });
}

/**
 * Deletes a draft. With `ifUnanswered`, only a draft nobody answered anything in: started on this
 * computer, never finalized, with no answer in its event log (defaults, metadata and the remembered
 * place are filled in by Kelisim, not answers). An interview started and left at once (a stray
 * "next interview", a wrong form) then leaves no empty draft behind; anything else is kept.
 */
export function discardInterview(db: Db, uuid: string, options: { ifUnanswered?: boolean } = {}): { discarded: boolean } {
  return db
    .transaction(() => {
      if (options.ifUnanswered) {
        const record = requireRecord(db, uuid);
        if (!isUnanswered(db, record)) return { discarded: false };
        deleteResponse(db, record.id);
        return { discarded: true };
      }
      const record = requireDraft(db, uuid, 'discarded');
      deleteResponse(db, record.id);
      return { discarded: true };
    })
    .immediate();
}

function isUnanswered(db: Db, record: InterviewRecord): boolean {
  if (record.status !== 'draft' || record.revision !== 1 || record.deviceId !== deviceId(db)) return false;
  return !readParadata(db, record.id).some((event) => event.event === 'answer');
}

/** A response's event log (any status). */
export function interviewParadata(db: Db, uuid: string): ParadataEvent[] {
  return readParadata(db, requireRecord(db, uuid).id);
}

/** `titles`: the form's title per language (store formTitles), when the caller shows the title. */
export function summaryOf(record: InterviewRecord, titles?: Translations): ResponseSummary {
  return {
    uuid: record.uuid,
    formId: record.formId,
    version: record.version,
    title: record.title,
    ...(titles ? { titles } : {}),
    status: record.status,
    revision: record.revision,
    language: record.language ?? '',
    interviewer: record.interviewer,
    deviceId: record.deviceId,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    updatedAt: record.updatedAt,
    changeSeq: record.changeSeq,
    position: record.position,
    demo: record.demo === 1,
  };
}

function requireRecord(db: Db, uuid: string): InterviewRecord {
  const record = typeof uuid === 'string' ? getInterviewRecord(db, uuid) : undefined;
  if (!record) throw codedError('not-found', 'response-not-found', { uuid: String(uuid) });
  return record;
}

/** A draft, or a conflict that says why a final response cannot be `what`. */
function requireDraft(db: Db, uuid: string, what: string): InterviewRecord {
  const record = requireRecord(db, uuid);
  if (record.status === 'final') {
    throw codedError('conflict', 'interview-finalized', { action: what });
  }
  return record;
}

function requireLanguage(compiled: CompiledForm, language: string): void {
  const codes = compiled.form.languages.map((l) => l.code);
  if (!codes.includes(language)) {
    throw codedError('bad-input', 'form-language-unknown', { formId: compiled.form.formId, language, languages: codes.join(', ') });
  }
}

/** A question, group or repeat of the form, by name or by path inside a repeat ("household[2].member_age"). */
function requirePosition(compiled: CompiledForm, position: string): void {
  if (position === FINISH_POSITION) return;
  const path = parseAnswerPath(position);
  const row = path && compiled.byName.get(path.field)?.row;
  if (!row) throw codedError('bad-input', 'interview-stop-unknown', { formId: compiled.form.formId, position });
}
