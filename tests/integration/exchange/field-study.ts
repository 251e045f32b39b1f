/**
 * A small pilot questionnaire and interviews on simulated laptops, written through the store as
 * the interview module will write them (src/collect is not there yet).
 */
import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../../../src/store/database';
import { addFormIfMissing, getFormVersion, insertFormVersion } from '../../../src/store/forms';
import { getResponseByUuid, insertResponse, responseWriter } from '../../../src/store/responses';
import { encodeAnswers, type AnswerMap } from '../../../src/store/answer-codec';
import { deviceId } from '../../../src/store/installation';
import { getSetting, setSetting } from '../../../src/store/settings';
import { uuidv7 } from '../../../src/common/ids';

export const PILOT_FORM = 'tolerance-pilot';
export const PILOT_FIELDS = ['region', 'settlement', 'age', 'ethnicity', 'trust_neighbours', 'comment'];

const PILOT_TYPES: Record<string, 'text' | 'integer' | 'select_one'> = {
  age: 'integer',
  trust_neighbours: 'integer',
  ethnicity: 'select_one',
};
export const PILOT_ETHNICITIES = ['kazakh', 'russian', 'uighur', 'ukrainian', 'uzbek', 'belarusian'];

/**
 * The pilot as a form model, frozen as `form import` freezes one: a package carrying it must pass
 * the same form check. `hint` makes a different questionnaire under the same name and version.
 */
export function pilotDefinition(version: string, hint = ''): string {
  return JSON.stringify({
    formId: PILOT_FORM,
    title: 'Tolerance pilot',
    version,
    defaultLanguage: 'kk',
    languages: [{ code: 'kk', name: 'Kazakh' }],
    survey: PILOT_FIELDS.map((name) => ({
      type: PILOT_TYPES[name] ?? 'text',
      name,
      ...(name === 'ethnicity' ? { listName: 'ethnicity' } : {}),
      label: { kk: name },
      ...(name === 'region' ? { required: true } : {}),
      ...(hint && name === 'region' ? { hint: { kk: hint } } : {}),
    })),
    choiceLists: [{ name: 'ethnicity', choices: PILOT_ETHNICITIES.map((name) => ({ name, label: { kk: name } })) }],
  });
}

/** Publishes the pilot form version in a database (a laptop gets it from the lead's form package). */
export function publishPilot(db: Db, version = '1', definition = pilotDefinition(version)): number {
  const existing = getFormVersion(db, PILOT_FORM, version);
  if (existing) return existing.id;
  addFormIfMissing(db, PILOT_FORM, 'Tolerance pilot', Date.UTC(2026, 9, 1));
  return insertFormVersion(db, {
    formId: PILOT_FORM,
    version,
    definition,
    fields: PILOT_FIELDS,
    contentHash: createHash('sha256').update(definition).digest('hex'),
    publishedAt: Date.UTC(2026, 9, 1),
  });
}

/** Opens a laptop's database file (creating it), with a recognisable device id and the pilot form. */
export function openLaptop(file: string, device: string, definition = pilotDefinition('1')): Db {
  const db = openDatabase(file, { create: true });
  if (!getSetting(db, 'device_id')) setSetting(db, 'device_id', device);
  publishPilot(db, '1', definition);
  return db;
}

export function interview(db: Db, interviewer: string, answers: AnswerMap, startedAt: number, status: 'final' | 'draft' = 'final'): string {
  const uuid = uuidv7(startedAt);
  insertResponse(
    db,
    {
      uuid,
      formVersionId: getFormVersion(db, PILOT_FORM, '1')!.id,
      status,
      interviewer,
      deviceId: deviceId(db),
      language: 'kk',
      startedAt,
      finishedAt: status === 'final' ? startedAt + 30 * 60_000 : null,
      updatedAt: startedAt + 30 * 60_000,
    },
    PILOT_FIELDS,
    answers,
  );
  return uuid;
}

/** Reopens a response and changes answers: a new revision, as the interview module will write it. */
export function editResponse(db: Db, uuid: string, changes: AnswerMap, at: number): void {
  const response = getResponseByUuid(db, uuid)!;
  const writer = responseWriter(db);
  db.transaction(() =>
    writer.replace(
      response.id,
      { ...response, revision: response.revision + 1, updatedAt: at },
      encodeAnswers(PILOT_FIELDS, { ...response.answers, ...changes }),
    ),
  )();
}

/** Finishes an unfinished interview the way the interview module may: same revision, saved later. */
export function finishInterview(db: Db, uuid: string, answers: AnswerMap, at: number): void {
  const response = getResponseByUuid(db, uuid)!;
  const writer = responseWriter(db);
  db.transaction(() =>
    writer.replace(
      response.id,
      { ...response, status: 'final', finishedAt: at, updatedAt: at },
      encodeAnswers(PILOT_FIELDS, { ...response.answers, ...answers }),
    ),
  )();
}
