/**
 * Media answers through the API: a photo attached in a draft becomes the answer (its file name) and
 * its bytes come back unchanged; replaced, removed, refused when too large or on a question that is
 * not a media question; the CLI-facing export writes one folder per response with the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { MEDIA_FORM, RED_PIXEL_PNG } from '../../fixtures/collect/media-form';
import { MAX_MEDIA_FILE_BYTES, safeFileName } from '../../../src/collect/media';

let session: TestSession;
let uuid: string;
beforeEach(async () => {
  session = await sessionWithSurvey();
  await session.api('forms.publish', { form: MEDIA_FORM });
  uuid = (await session.api('interviews.start', { formId: 'media_check', language: 'en' })).uuid;
});
afterEach(() => session.close());

const attach = (question: string, fileName: string, bytes: Uint8Array, mime = 'image/png') =>
  session.api('interviews.attach', { uuid, question, fileName, mime, bytes });

describe('a media answer', () => {
  it('is the file name, and the bytes come back as attached', async () => {
    const info = await attach('photo', 'C:\\Users\\field\\house.png', RED_PIXEL_PNG);
    expect(info).toEqual({ question: 'photo', fileName: 'house.png', mime: 'image/png', size: RED_PIXEL_PNG.length });
    expect((await session.api('interviews.open', { uuid })).answers.photo).toBe('house.png');
    const back = await session.api('interviews.media', { uuid, question: 'photo' });
    expect(Buffer.from(back.bytes).equals(Buffer.from(RED_PIXEL_PNG))).toBe(true);
  });

  it('is replaced by a second file and cleared by removing it', async () => {
    await attach('voice', 'first.ogg', new Uint8Array([1, 2, 3]), 'audio/ogg');
    await attach('voice', 'second.ogg', new Uint8Array([4, 5]), 'audio/ogg');
    expect((await session.api('interviews.mediaList', { uuid })).files).toEqual([
      { question: 'voice', fileName: 'second.ogg', mime: 'audio/ogg', size: 2 },
    ]);
    await session.api('interviews.detach', { uuid, question: 'voice' });
    expect((await session.api('interviews.mediaList', { uuid })).files).toEqual([]);
    expect((await session.api('interviews.open', { uuid })).answers.voice).toBeUndefined();
  });

  it('inside a repeat is kept per instance', async () => {
    await session.api('interviews.save', { uuid, instances: [{ add: 'room' }, { add: 'room' }] });
    await attach('room[2].room_photo', 'kitchen.png', RED_PIXEL_PNG);
    const { answers } = await session.api('interviews.open', { uuid });
    expect(JSON.parse(answers.room ?? '[]')).toEqual([{}, { room_photo: 'kitchen.png' }]);
    expect((await session.api('interviews.media', { uuid, question: 'room[2].room_photo' })).fileName).toBe('kitchen.png');
  });

  it('is refused on a question that takes no file, when too large, empty, or once finalized', async () => {
    expect((await failure(attach('respondent', 'a.png', RED_PIXEL_PNG))).code).toBe('media-not-a-media-question');
    expect((await failure(attach('photo', 'big.png', new Uint8Array(MAX_MEDIA_FILE_BYTES + 1)))).code).toBe('media-file-too-large');
    expect((await failure(attach('photo', 'empty.png', new Uint8Array(0)))).code).toBe('media-file-empty');
    expect((await session.api('interviews.mediaList', { uuid })).files).toEqual([]);
    await attach('photo', 'house.png', RED_PIXEL_PNG);
    await session.api('interviews.finalize', { uuid });
    expect((await failure(attach('photo', 'other.png', RED_PIXEL_PNG))).code).toBe('interview-finalized');
  });

  it('goes when finalizing drops its answer (a question the response skips)', async () => {
    await session.api('interviews.save', { uuid, instances: [{ add: 'room' }] });
    await attach('room[1].room_photo', 'kitchen.png', RED_PIXEL_PNG);
    await attach('photo', 'house.png', RED_PIXEL_PNG);
    // The room goes, and its photo's answer with it; finalizing leaves no file behind for it.
    await session.api('interviews.save', { uuid, instances: [{ remove: 'room[1]' }] });
    await session.api('interviews.finalize', { uuid });
    expect((await session.api('interviews.mediaList', { uuid })).files.map((f) => f.question)).toEqual(['photo']);
  });

  it('makes a name safe for any folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..hidden')).toBe('hidden');
    expect(safeFileName('a<b>:c.jpg')).toBe('a_b__c.jpg');
    expect(safeFileName(`${'x'.repeat(300)}.jpeg`)).toMatch(/^x{115}\.jpeg$/);
  });
});

describe('the media of a form', () => {
  it('are written one folder per final response, beside the CSV export too', async () => {
    await attach('photo', 'house.png', RED_PIXEL_PNG);
    await attach('document', 'notes.txt', new TextEncoder().encode('жазба'), 'text/plain');
    await session.api('interviews.finalize', { uuid });
    const draft = (await session.api('interviews.start', { formId: 'media_check', language: 'en' })).uuid;
    await session.api('interviews.attach', {
      uuid: draft,
      question: 'photo',
      fileName: 'draft.png',
      mime: 'image/png',
      bytes: RED_PIXEL_PNG,
    });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-media-'));
    try {
      const out = path.join(dir, 'media');
      expect(await session.api('responses.media', { formId: 'media_check', outFolder: out })).toEqual({ folder: out, files: 2 });
      expect(fs.readdirSync(out)).toEqual([uuid]);
      expect(fs.readdirSync(path.join(out, uuid)).sort()).toEqual(['house.png', 'notes.txt']);
      expect(fs.readFileSync(path.join(out, uuid, 'notes.txt'), 'utf8')).toBe('жазба');

      const csv = await session.api('report.csv', { formId: 'media_check', outPath: path.join(dir, 'media_check.csv') });
      expect(csv.mediaFolder).toBe(path.join(dir, 'media_check_media'));
      expect(fs.readFileSync(path.join(dir, 'media_check_media', uuid, 'house.png'))).toEqual(Buffer.from(RED_PIXEL_PNG));
      expect(fs.readFileSync(path.join(dir, 'media_check.csv'), 'utf8')).toContain('house.png');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
