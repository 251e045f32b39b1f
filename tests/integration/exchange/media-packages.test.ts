/**
 * Answers' files travel with their responses: a laptop attaches a photo and a recording, finalizes
 * and sends an encrypted package; the lead's database then holds the same bytes. A package whose
 * file does not match its declared size is refused whole, naming the response, and writes nothing.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { openPackage, sealPackage } from '../../../src/exchange/container';
import type { PackageContent } from '../../../src/exchange/content';
import { installationKey } from '../../../src/store/installation';
import { KelisimError } from '../../../src/common/errors';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import { MEDIA_FORM, RED_PIXEL_PNG } from '../../fixtures/collect/media-form';
import { sha256File, tempFolder } from '../../helpers/temp';

const temp = tempFolder('kelisim-media-packages-');
const PASSPHRASE = 'бір екі үш төрт бес';
let laptop: Session;
let lead: Session;
let uuid: string;
const VOICE = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3, 4]);

const call = <K extends ApiName>(session: Session, name: K, args: ApiArgs<K>) =>
  (session.handlers[name] as (a: ApiArgs<K>, p: () => void) => Promise<ApiResult<K>>)(args, () => {});

beforeAll(async () => {
  laptop = await openSession({ databasePath: temp.file('laptop.db'), transport: 'cli' });
  lead = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
  await call(laptop, 'forms.publish', { form: MEDIA_FORM });
  await call(laptop, 'settings.update', { interviewer: 'Айгүл Серікқызы' });
  ({ uuid } = await call(laptop, 'interviews.start', { formId: 'media_check', language: 'en' }));
  await call(laptop, 'interviews.attach', { uuid, question: 'photo', fileName: 'house.png', mime: 'image/png', bytes: RED_PIXEL_PNG });
  await call(laptop, 'interviews.attach', { uuid, question: 'voice', fileName: 'voice.ogg', mime: 'audio/ogg', bytes: VOICE });
  await call(laptop, 'interviews.finalize', { uuid });
});
afterAll(() => {
  laptop.close();
  lead.close();
  temp.cleanup();
});

describe("answers' files in packages", () => {
  it('arrive encrypted with the response, byte for byte', async () => {
    const out = temp.file('sealed.kelisim');
    await call(laptop, 'packages.export', { out, passphrase: PASSPHRASE });
    // Encrypted: the photo's bytes are nowhere in the file as written.
    expect(fs.readFileSync(out).includes(Buffer.from(RED_PIXEL_PNG).toString('base64'))).toBe(false);
    expect((await call(lead, 'packages.import', { files: [{ path: out }], passphrase: PASSPHRASE })).added).toBe(1);
    expect((await call(lead, 'interviews.mediaList', { uuid })).files.map((f) => [f.question, f.fileName, f.size])).toEqual([
      ['photo', 'house.png', RED_PIXEL_PNG.length],
      ['voice', 'voice.ogg', VOICE.length],
    ]);
    const photo = await call(lead, 'interviews.media', { uuid, question: 'photo' });
    expect(Buffer.from(photo.bytes).equals(Buffer.from(RED_PIXEL_PNG))).toBe(true);
  });

  it('are refused when a file does not match its size, and nothing is written', async () => {
    const plain = temp.file('plain.kelisim');
    await call(laptop, 'packages.export', { out: plain, unencrypted: true });
    const content = JSON.parse((await openPackage(fs.readFileSync(plain), plain)).json) as PackageContent;
    const media = content.responses[0].media!;
    expect(media.map((m) => m.fileName)).toEqual(['house.png', 'voice.ogg']);
    const tampered = { ...content, responses: [{ ...content.responses[0], media: [{ ...media[0], size: media[0].size + 1 }] }] };
    const file = temp.file('tampered.kelisim');
    fs.writeFileSync(file, await sealPackage(JSON.stringify(tampered), installationKey(laptop.db)));
    const before = sha256File(temp.file('lead.db'));
    const error = await call(lead, 'packages.import', { files: [{ path: file }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KelisimError);
    expect((error as KelisimError).problems.map((p) => p.code)).toEqual(['package-media-malformed']);
    expect((error as KelisimError).problems[0].message).toContain(uuid);
    expect(sha256File(temp.file('lead.db'))).toBe(before);
  });
});
