import type { Db } from './database';

/** Files attached to answers (migration 13): storing, removing, reading and listing them. */

/** Largest file one answer holds: a phone photo or a minute of video, short of filling a package. */
export const MAX_MEDIA_FILE_BYTES = 16 * 1024 * 1024;
/** Largest total of the files of one form's responses: packages and exports stay manageable. */
export const MAX_MEDIA_FORM_BYTES = 1024 * 1024 * 1024;
const MAX_FILE_NAME = 120;

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f<>:"|?*]/g;

/**
 * A name safe in any folder: the last part of what the browser gave, without separators, control
 * characters or leading dots, cut to a length every file system takes (the extension kept).
 */
export function safeFileName(given: string): string {
  const base = given.split(/[\\/]/).pop() ?? '';
  let name = base
    .replace(UNSAFE_IN_FILE_NAMES, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (name.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_FILE_NAME - ext.length) + ext;
  }
  return name;
}

export interface StoredMedia {
  /** The answer's path: a question name, or a path inside a repeat ("household[2].photo"). */
  question: string;
  fileName: string;
  mime: string;
  size: number;
}

export interface MediaFile extends StoredMedia {
  bytes: Buffer;
}

/** Stores (or replaces) the file of one answer of a response. */
export function putMedia(db: Db, responseId: number, file: MediaFile): void {
  db.prepare(
    `INSERT INTO response_media (response_id, question, file_name, mime, size, bytes) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (response_id, question) DO UPDATE SET file_name = excluded.file_name, mime = excluded.mime,
        size = excluded.size, bytes = excluded.bytes`,
  ).run(responseId, file.question, file.fileName, file.mime, file.size, file.bytes);
}

/** Removes the file of one answer; true when there was one. */
export function removeMedia(db: Db, responseId: number, question: string): boolean {
  return db.prepare('DELETE FROM response_media WHERE response_id = ? AND question = ?').run(responseId, question).changes > 0;
}

/** Removes every file of a response (before a package's version of the response replaces them). */
export function removeAllMedia(db: Db, responseId: number): void {
  db.prepare('DELETE FROM response_media WHERE response_id = ?').run(responseId);
}

/** Removes the files of a response whose answers no longer name them (a question the response skips). */
export function removeUnnamedMedia(db: Db, responseId: number, answerOf: (question: string) => string | undefined): void {
  for (const file of listMedia(db, responseId)) if (answerOf(file.question) !== file.fileName) removeMedia(db, responseId, file.question);
}

export function readMedia(db: Db, responseId: number, question: string): MediaFile | undefined {
  return db
    .prepare(`SELECT question, file_name AS fileName, mime, size, bytes FROM response_media WHERE response_id = ? AND question = ?`)
    .get(responseId, question) as MediaFile | undefined;
}

/** The files of a response, without their bytes, by question path. */
export function listMedia(db: Db, responseId: number): StoredMedia[] {
  return db
    .prepare(`SELECT question, file_name AS fileName, mime, size FROM response_media WHERE response_id = ? ORDER BY question`)
    .all(responseId) as StoredMedia[];
}

/** The files of a response with their bytes (for a package). */
export function mediaFilesOf(db: Db, responseId: number): MediaFile[] {
  return db
    .prepare(`SELECT question, file_name AS fileName, mime, size, bytes FROM response_media WHERE response_id = ? ORDER BY question`)
    .all(responseId) as MediaFile[];
}

/** Bytes stored for the responses of a form, the response `exceptQuestion` of `exceptResponse` left out (it is being replaced). */
export function mediaBytesOfForm(db: Db, formId: string, except?: { responseId: number; question: string }): number {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(m.size), 0) AS total FROM response_media m
      JOIN responses r ON r.id = m.response_id JOIN form_versions v ON v.id = r.form_version_id
      WHERE v.form_id = ? AND NOT (m.response_id = ? AND m.question = ?)`,
    )
    .get(formId, except?.responseId ?? -1, except?.question ?? '') as { total: number };
  return row.total;
}

export interface FormMediaFile extends MediaFile {
  uuid: string;
  status: string;
}

/**
 * Every file of a form's final responses (practice ones only with `includeDemo`), as the exports
 * hold them, one at a time so that memory holds one file.
 */
export function* formMediaFiles(db: Db, formId: string, includeDemo: boolean): Generator<FormMediaFile> {
  const rows = db.prepare(
    `SELECT r.uuid, r.status, m.question, m.file_name AS fileName, m.mime, m.size, m.bytes FROM response_media m
      JOIN responses r ON r.id = m.response_id JOIN form_versions v ON v.id = r.form_version_id
      WHERE v.form_id = ? AND r.status = 'final' AND (? OR r.demo = 0) ORDER BY r.uuid, m.question`,
  );
  for (const row of rows.iterate(formId, includeDemo ? 1 : 0)) yield row as FormMediaFile;
}
