/**
 * Files attached to media answers (image/photo, audio, video, file; a signature is an image): the
 * interview sends the bytes, the core checks the question, the name and the sizes, stores the bytes
 * and saves the file name as the answer (as ODK's answer does), in one transaction.
 */
import { isMediaType, parseAnswerPath } from '../form';
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { getInterviewRecord, type InterviewRecord } from '../store/interviews';
import {
  listMedia,
  MAX_MEDIA_FILE_BYTES,
  MAX_MEDIA_FORM_BYTES,
  mediaBytesOfForm,
  putMedia,
  readMedia,
  removeMedia,
  safeFileName,
  type MediaFile,
  type StoredMedia,
} from '../store/media';

export { MAX_MEDIA_FILE_BYTES, MAX_MEDIA_FORM_BYTES, safeFileName };
import { compiledVersion } from './compiled';
import { leadsTo } from './answers';
import { saveInterview } from './interview';

export interface Attachment {
  uuid: string;
  /** The answer's path: a question name, or a path inside a repeat ("household[2].photo"). */
  question: string;
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/** A MIME type as the browser reports it, or the generic one. */
function cleanMime(given: string): string {
  return /^[a-z]+\/[a-z0-9.+-]+$/i.test(given) ? given.toLowerCase() : 'application/octet-stream';
}

/** Checks that the path is a media question of the response's form; returns the record. */
function requireMediaQuestion(db: Db, uuid: string, question: string, draft: boolean): InterviewRecord {
  const record = typeof uuid === 'string' ? getInterviewRecord(db, uuid) : undefined;
  if (!record) throw codedError('not-found', 'response-not-found', { uuid: String(uuid) });
  if (draft && record.status === 'final') throw codedError('conflict', 'interview-finalized', { action: 'changed' });
  const compiled = compiledVersion(db, record.formVersionId);
  const path = typeof question === 'string' ? parseAnswerPath(question) : undefined;
  const field = path && compiled.byName.get(path.field);
  if (!path || !field || !isMediaType(field.type) || !leadsTo(field, path.steps)) {
    throw codedError('bad-input', 'media-not-a-media-question', { question: String(question) });
  }
  return record;
}

/** Stores the file of a media answer (replacing the one before) and saves its name as the answer. */
export function attachMedia(db: Db, attachment: Attachment): StoredMedia {
  return db
    .transaction((): StoredMedia => {
      const record = requireMediaQuestion(db, attachment.uuid, attachment.question, true);
      const fileName = safeFileName(typeof attachment.fileName === 'string' ? attachment.fileName : '');
      if (!fileName) throw codedError('bad-input', 'media-file-name-empty', { question: attachment.question });
      const size = attachment.bytes.length;
      if (size === 0) throw codedError('bad-input', 'media-file-empty', { fileName });
      if (size > MAX_MEDIA_FILE_BYTES) {
        throw codedError('bad-input', 'media-file-too-large', { fileName, size: megabytes(size), max: megabytes(MAX_MEDIA_FILE_BYTES) });
      }
      const others = mediaBytesOfForm(db, record.formId, { responseId: record.id, question: attachment.question });
      if (others + size > MAX_MEDIA_FORM_BYTES) {
        throw codedError('bad-input', 'media-form-too-large', { formId: record.formId, max: megabytes(MAX_MEDIA_FORM_BYTES) });
      }
      const file: MediaFile = {
        question: attachment.question,
        fileName,
        mime: cleanMime(String(attachment.mime ?? '')),
        size,
        bytes: attachment.bytes,
      };
      putMedia(db, record.id, file);
      saveInterview(db, { uuid: attachment.uuid, answers: { [attachment.question]: fileName } });
      return { question: file.question, fileName, mime: file.mime, size };
    })
    .immediate();
}

/** Removes the file of a media answer and clears the answer. */
export function detachMedia(db: Db, uuid: string, question: string): void {
  db.transaction(() => {
    const record = requireMediaQuestion(db, uuid, question, true);
    removeMedia(db, record.id, question);
    saveInterview(db, { uuid, answers: { [question]: '' } });
  }).immediate();
}

/** The file of one media answer, or a not-found error. */
export function mediaOfAnswer(db: Db, uuid: string, question: string): MediaFile {
  const record = requireMediaQuestion(db, uuid, question, false);
  const file = readMedia(db, record.id, question);
  if (!file) throw codedError('not-found', 'media-not-attached', { question });
  return file;
}

/** The files of a response, without their bytes. */
export function mediaOfResponse(db: Db, uuid: string): StoredMedia[] {
  const record = typeof uuid === 'string' ? getInterviewRecord(db, uuid) : undefined;
  if (!record) throw codedError('not-found', 'response-not-found', { uuid: String(uuid) });
  return listMedia(db, record.id);
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
