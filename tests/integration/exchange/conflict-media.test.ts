/**
 * Files in conflicts: a laptop and the lead both change the photo of the same response. The lead's
 * later correction wins the merge, so the laptop's photo is set aside with its version; when the
 * lead then takes the photo (or the whole response) from the package's side, the laptop's bytes
 * must come back, and undoing the decision must give the lead's own photo back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import { MEDIA_FORM, RED_PIXEL_PNG } from '../../fixtures/collect/media-form';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder('kelisim-conflict-media-');
let laptop: Session;
let lead: Session;
let uuid: string;
const LAPTOP_PHOTO = Uint8Array.from([...RED_PIXEL_PNG, 1]);
const LEAD_PHOTO = Uint8Array.from([...RED_PIXEL_PNG, 2]);
const LAPTOP_VOICE = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 9, 9, 9]);

const call = <K extends ApiName>(session: Session, name: K, args: ApiArgs<K>) =>
  (session.handlers[name] as (a: ApiArgs<K>, p: () => void) => Promise<ApiResult<K>>)(args, () => {});
const bytesOf = async (session: Session, question: string) =>
  Buffer.from((await call(session, 'interviews.media', { uuid, question })).bytes);
const filesOf = async (session: Session) =>
  (await call(session, 'interviews.mediaList', { uuid })).files.map((f) => [f.question, f.fileName]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  laptop = await openSession({ databasePath: temp.file('laptop.db'), transport: 'cli' });
  lead = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
  await call(laptop, 'forms.publish', { form: MEDIA_FORM });
  await call(laptop, 'settings.update', { interviewer: 'Айгүл Серікқызы' });
  await call(lead, 'settings.update', { interviewer: 'Бақыт Жандосұлы' });
  ({ uuid } = await call(laptop, 'interviews.start', { formId: 'media_check', language: 'en' }));
  await call(laptop, 'interviews.save', { uuid, answers: { respondent: 'Asel' } });
  await call(laptop, 'interviews.attach', { uuid, question: 'photo', fileName: 'house.png', mime: 'image/png', bytes: RED_PIXEL_PNG });
  await call(laptop, 'interviews.finalize', { uuid });
  const first = temp.file('first.kelisim');
  await call(laptop, 'packages.export', { out: first, unencrypted: true });
  expect((await call(lead, 'packages.import', { files: [{ path: first }] })).added).toBe(1);

  // The laptop corrects its photo and adds a recording...
  await call(laptop, 'interviews.reopen', { uuid });
  await call(laptop, 'interviews.attach', {
    uuid,
    question: 'photo',
    fileName: 'house-laptop.png',
    mime: 'image/png',
    bytes: LAPTOP_PHOTO,
  });
  await call(laptop, 'interviews.attach', { uuid, question: 'voice', fileName: 'voice.ogg', mime: 'audio/ogg', bytes: LAPTOP_VOICE });
  await call(laptop, 'interviews.finalize', { uuid });
  await sleep(5);
  // ...and the lead, later, corrects the name and the photo of the same response.
  await call(lead, 'interviews.reopen', { uuid });
  await call(lead, 'interviews.save', { uuid, answers: { respondent: 'Asel B.' } });
  await call(lead, 'interviews.attach', { uuid, question: 'photo', fileName: 'house-lead.png', mime: 'image/png', bytes: LEAD_PHOTO });
  await call(lead, 'interviews.finalize', { uuid });
  const second = temp.file('second.kelisim');
  await call(laptop, 'packages.export', { out: second, unencrypted: true });
  expect((await call(lead, 'packages.import', { files: [{ path: second }] })).conflicts).toBe(1);
});
afterAll(() => {
  laptop.close();
  lead.close();
  temp.cleanup();
});

describe("answers' files in conflicts", () => {
  it("keep the database's files while the lead's version stands", async () => {
    const [conflict] = await call(lead, 'packages.conflicts', {});
    expect(conflict.winner).toBe('current');
    expect(conflict.incoming.answers).toMatchObject({ photo: 'house-laptop.png', voice: 'voice.ogg' });
    expect(await filesOf(lead)).toEqual([['photo', 'house-lead.png']]);
    // Both sides' files are listed with the conflict, so the lead sees what taking a side brings.
    expect(conflict.files.current.map((f) => [f.question, f.fileName])).toEqual([['photo', 'house-lead.png']]);
    expect(conflict.files.incoming.map((f) => [f.question, f.fileName, f.size])).toEqual([
      ['photo', 'house-laptop.png', LAPTOP_PHOTO.length],
      ['voice', 'voice.ogg', LAPTOP_VOICE.length],
    ]);
  });

  it("install the package's photo when the lead takes that answer from the package", async () => {
    const result = await call(lead, 'packages.resolve', { uuid, keep: 'current', choices: { photo: 'incoming' } });
    expect(result.resolved.answers).toMatchObject({ respondent: 'Asel B.', photo: 'house-laptop.png' });
    expect(await filesOf(lead)).toEqual([['photo', 'house-laptop.png']]);
    expect((await bytesOf(lead, 'photo')).equals(Buffer.from(LAPTOP_PHOTO))).toBe(true);

    // Undone: the lead's own photo is back, byte for byte.
    await call(lead, 'packages.undoResolution', { resolutionId: result.resolutionId! });
    expect(await filesOf(lead)).toEqual([['photo', 'house-lead.png']]);
    expect((await bytesOf(lead, 'photo')).equals(Buffer.from(LEAD_PHOTO))).toBe(true);
  });

  it("install every file of the package's side when the lead keeps that side whole", async () => {
    await call(lead, 'packages.resolve', { uuid, keep: 'incoming' });
    expect(await filesOf(lead)).toEqual([
      ['photo', 'house-laptop.png'],
      ['voice', 'voice.ogg'],
    ]);
    expect((await bytesOf(lead, 'photo')).equals(Buffer.from(LAPTOP_PHOTO))).toBe(true);
    expect((await bytesOf(lead, 'voice')).equals(Buffer.from(LAPTOP_VOICE))).toBe(true);
  });
});
