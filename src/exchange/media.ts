/**
 * Answers' files in packages: each response carries its files (base64, inside the encrypted
 * content like everything else); importing checks them with the rest of the package, before
 * anything is written, and stores a file only where the merged response's answer at its question
 * is that file's name: the file follows the answer the merge kept.
 */
import type { PackageMedia, PackageResponse } from './types';
import { codedProblem, type Problem } from '../common/errors';
import { answerAt } from '../form';
import type { Db } from '../store/database';
import { decodeAnswers } from '../store/answer-codec';
import { getInterviewRecord } from '../store/interviews';
import { MAX_MEDIA_FILE_BYTES, putMedia, removeUnnamedMedia, safeFileName, type MediaFile } from '../store/media';
import { conflictMediaFiles, type ConflictSide } from '../store/conflicts';

/** Puts each exported response's files beside its answers (only a response that has some gets the key). */
export function attachMediaToPackage(
  responses: PackageResponse[],
  records: readonly { id: number }[],
  files: ReadonlyMap<number, MediaFile[]>,
): void {
  records.forEach((record, i) => {
    const list = files.get(record.id);
    if (list?.length) {
      responses[i].media = list.map((f) => ({
        question: f.question,
        fileName: f.fileName,
        mime: f.mime,
        size: f.size,
        data: f.bytes.toString('base64'),
      }));
    }
  });
}

export interface IncomingMedia {
  question: string;
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/** A response's files from a package, checked: name, type, size and content must agree, and stay within the limits. */
export function checkPackageMedia(value: unknown, response: string): { files?: IncomingMedia[]; problems: Problem[] } {
  if (value === undefined) return { problems: [] };
  if (!Array.isArray(value)) return { problems: [codedProblem('package-media-malformed', { response, question: '' })] };
  const files: IncomingMedia[] = [];
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    const f = (typeof item === 'object' && item !== null ? item : {}) as Partial<Record<keyof PackageMedia, unknown>>;
    const question = typeof f.question === 'string' ? f.question : '';
    const bad = () => ({ problems: [codedProblem('package-media-malformed', { response, question })] });
    if (!question || question.length > 500 || seen.has(question)) return bad();
    if (typeof f.fileName !== 'string' || !f.fileName || safeFileName(f.fileName) !== f.fileName) return bad();
    if (typeof f.mime !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/.test(f.mime)) return bad();
    if (typeof f.data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(f.data)) return bad();
    const bytes = Buffer.from(f.data, 'base64');
    if (f.size !== bytes.length || bytes.length === 0 || bytes.length > MAX_MEDIA_FILE_BYTES) return bad();
    seen.add(question);
    files.push({ question, fileName: f.fileName, mime: f.mime, bytes });
  }
  return { files, problems: [] };
}

/** Stores the files of a package's responses (all in the database by now) whose answers name them; returns how many. */
export function mergePackageMedia(db: Db, responses: readonly { facts: { uuid: string }; media?: readonly IncomingMedia[] }[]): number {
  let stored = 0;
  for (const response of responses) {
    if (!response.media?.length) continue;
    const record = getInterviewRecord(db, response.facts.uuid);
    if (!record) continue;
    const answers = decodeAnswers(record.fields, record.answerValues);
    for (const file of response.media) {
      const answer = file.question.includes('[') ? answerAt(answers, file.question) : answers[file.question];
      if (answer !== file.fileName) continue;
      putMedia(db, record.id, {
        question: file.question,
        fileName: file.fileName,
        mime: file.mime,
        size: file.bytes.length,
        bytes: file.bytes,
      });
      stored += 1;
    }
  }
  return stored;
}

/** The response field an answer path belongs to: "photo" → photo, "room[2].room_photo" → room (a repeat is one field). */
const fieldOfPath = (question: string) => question.split(/[[.]/)[0];

/**
 * Makes a response's files those of the version a conflict's resolution (or its undoing) put in
 * the database: each answer that names a file gets it from the side the answer came from, as kept
 * with the conflict (the other side's file of that name when that side carried none); files no
 * answer names any more go. Returns how many files were installed.
 */
export function installConflictMedia(
  db: Db,
  conflictId: number,
  responseId: number,
  answers: Readonly<Record<string, string>>,
  sideOf: (field: string) => ConflictSide,
): number {
  const answerOf = (question: string) => (question.includes('[') ? answerAt(answers, question) : answers[question]);
  const byQuestion = new Map<string, MediaFile & { side: ConflictSide }>();
  for (const file of conflictMediaFiles(db, conflictId)) {
    if (answerOf(file.question) !== file.fileName) continue;
    const chosen = byQuestion.get(file.question);
    if (!chosen || (chosen.side !== sideOf(fieldOfPath(file.question)) && file.side === sideOf(fieldOfPath(file.question))))
      byQuestion.set(file.question, file);
  }
  for (const { side: _side, ...file } of byQuestion.values()) putMedia(db, responseId, file);
  removeUnnamedMedia(db, responseId, answerOf);
  return byQuestion.size;
}
