/**
 * A respondents CSV is read exactly as written or not at all. Before: one invalid UTF-8 byte in the first 64 KiB
 * made the whole file Windows-1251 ("Атырау қ." stored as "РђС‚С‹СЂР°Сѓ Т›.", exit 0); one after 64 KiB became
 * U+FFFD; a UTF-8 byte order mark before a bad byte turned the first header into "п»їregion"; a NUL byte vanished.
 * Now: UTF-8, with or without a byte order mark, is read exactly; anything else is refused with the line and byte
 * offset of the first bad sequence (exit 2, database untouched) unless the user says `--encoding windows-1251`.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import { openDatabase } from '../../../src/store/database';
import { getResponseByUuid } from '../../../src/store/responses';
import { importRespondents } from '../../../src/collect/import/respondents';
import { decodeChunks, firstInvalidUtf8 } from '../../../src/collect/import/text-decoding';
import { localizedMessage } from '../../../src/common/errors';
import { kelisim } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { cp1251 } from '../../helpers/windows-1251';
import { studyWithForms } from '../../helpers/study';
import { placesForm } from '../../helpers/forms';

let temp: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(async () => {
  ({ temp, db } = await studyWithForms([placesForm]));
});
afterEach(() => temp.cleanup());

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function writeBytes(name: string, ...parts: Buffer[]): string {
  fs.writeFileSync(temp.file(name), Buffer.concat(parts));
  return temp.file(name);
}

const importFile = (file: string, ...options: string[]) => kelisim('responses', 'import', '--db', db, '--form', 'places', file, ...options);

function storedSettlements(): string[] {
  const database = openDatabase(db, { readonly: true });
  try {
    const uuids = database.prepare('SELECT uuid FROM responses ORDER BY id').pluck().all() as string[];
    return uuids.map((uuid) => getResponseByUuid(database, uuid)!.answers.settlement as string);
  } finally {
    database.close();
  }
}

/** Rows of plain ASCII up to `bytes` long, to put a later line past the first 64 KiB or the reader's 4 MiB chunk. */
function asciiRows(bytes: number): { text: string; lines: number } {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    rows.push(`Village ${i},${20 + (i % 50)}\n`);
    size += rows[rows.length - 1].length;
  }
  return { text: rows.join(''), lines: rows.length };
}

describe('a CSV in UTF-8', () => {
  it('with a byte order mark: the first header is read exactly, every Kazakh answer stored as written', async () => {
    const file = writeBytes('bom.csv', Buffer.from([0xef, 0xbb, 0xbf]), utf8('settlement,age\nАтырау қ.,34\nҚызылорда,51\n'));
    const run = await importFile(file, '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 2 });
    expect(storedSettlements()).toEqual(['Атырау қ.', 'Қызылорда']);
  });

  it('without one: the same', async () => {
    const run = await importFile(writeBytes('plain.csv', utf8('settlement,age\nАтырау қ.,34\n')), '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1 });
    expect(storedSettlements()).toEqual(['Атырау қ.']);
  });
});

describe('a CSV that is not valid UTF-8', () => {
  it('one bad byte in the first 64 KiB: refused with its line and byte offset, nothing stored (it was read as Windows-1251)', async () => {
    const head = utf8('settlement,age\nАтырау қ.,34\n');
    const file = writeBytes('stray.csv', Buffer.from([0xef, 0xbb, 0xbf]), head, Buffer.from('Aral'), Buffer.from([0xff]), utf8(',40\n'));
    const before = sha256File(db);
    const run = await importFile(file);
    expect(run.code).toBe(2);
    // The bad byte: after the 3-byte mark, the first two lines and "Aral", on line 3.
    expect(run.stderr).toContain(`stray.csv is not UTF-8 text: line 3, at byte offset ${3 + head.length + 4} from the start of the file`);
    expect(sha256File(db)).toBe(before);
  });

  it('one bad byte after the first 64 KiB: refused, not turned into U+FFFD', async () => {
    const { text, lines } = asciiRows(100 * 1024);
    const head = utf8(`settlement,age\n${text}`);
    // A lone continuation byte inside a Cyrillic word.
    const file = writeBytes('late.csv', head, utf8('Ат'), Buffer.from([0x80]), utf8('ырау,30\n'));
    const run = await importFile(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`line ${lines + 2}, at byte offset ${head.length + 4} `);
    expect(storedSettlements()).toEqual([]);
  });

  it('a sequence cut off at the very end of the file is refused too', async () => {
    const head = utf8('settlement,age\nАтырау,30\n');
    const run = await importFile(writeBytes('cut.csv', head, utf8('Қ').subarray(0, 1)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`line 3, at byte offset ${head.length} `);
  });

  it('the refusal reads in Kazakh and Russian from its code', async () => {
    const session = await openSession({ databasePath: db, transport: 'cli' });
    try {
      const error = await importRespondents(session.db, {
        formId: 'places',
        file: { name: 'x.csv', bytes: Buffer.concat([utf8('settlement,age\n'), Buffer.from([0xc0, 0x41])]) },
      }).catch((caught) => caught);
      expect(error.toPayload()).toMatchObject({
        kind: 'bad-input',
        code: 'csv-invalid-utf8',
        params: { file: 'x.csv', line: 2, offset: 15 },
      });
      expect(localizedMessage(error.toPayload(), 'kk')).toContain('2-жолда, файл басынан 15-байтта');
      expect(localizedMessage(error.toPayload(), 'ru')).toContain('в строке 2, в байте 15');
    } finally {
      session.close();
    }
  });
});

describe('--encoding windows-1251', () => {
  it('reads all of a legacy Excel CSV as Windows-1251, the Cyrillic after 64 KiB of ASCII too', async () => {
    const { text } = asciiRows(100 * 1024);
    const file = writeBytes('legacy.csv', cp1251('settlement,age\nАтырау,34\n'), Buffer.from(text), cp1251('Семей,51\n'));
    const run = await importFile(file, '--encoding', 'windows-1251', '--json');
    expect(run.stderr).toBe('');
    const settlements = storedSettlements();
    expect(settlements[0]).toBe('Атырау');
    expect(settlements.at(-1)).toBe('Семей');
  });

  it('an encoding Kelisim does not know is refused by name (exit 2)', async () => {
    const run = await importFile(writeBytes('x.csv', utf8('settlement,age\n')), '--encoding', 'koi8-r');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The encoding "koi8-r" is not known: give utf-8 or windows-1251.');
  });
});

describe('the reading thread of a large import', () => {
  it('refuses invalid UTF-8 and reads Windows-1251 exactly as the importing thread does', async () => {
    const bad = writeBytes('bad.csv', utf8('settlement,age\nАтырау,30\n'), Buffer.from([0xd0]), utf8(',31\n'));
    const legacy = writeBytes('legacy.csv', cp1251('settlement,age\nСемей,51\n'));
    for (const readerThread of [false, true]) {
      const target = temp.file(`study-${readerThread}.db`);
      fs.copyFileSync(db, target);
      const session = await openSession({ databasePath: target, transport: 'cli' });
      try {
        const refused = await importRespondents(session.db, { formId: 'places', file: { path: bad }, readerThread }).catch(
          (error) => error,
        );
        expect(refused.toPayload(), `reader thread: ${readerThread}`).toMatchObject({
          code: 'csv-invalid-utf8',
          params: { line: 3, offset: 31 },
        });
        const read = await importRespondents(session.db, {
          formId: 'places',
          file: { path: legacy, encoding: 'windows-1251' },
          readerThread,
        });
        expect(read.imported).toBe(1);
        expect(session.db.prepare('SELECT answer_values FROM answers').pluck().get()).toContain('Семей');
      } finally {
        session.close();
      }
    }
  });
});

describe('a NUL byte', () => {
  it('is refused with its line, not silently dropped', async () => {
    const run = await importFile(writeBytes('nul.csv', utf8('settlement,age\nАтырау,30\nAral'), Buffer.from([0]), utf8('sk,40\n')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nul.csv has a NUL byte on line 3');
    expect(storedSettlements()).toEqual([]);
  });
});

describe('where the first bad UTF-8 sequence is', () => {
  it("is found the same wherever the reader's chunks happen to end, inside a character or between", () => {
    const text = 'settlement,age\nАтырау қ.,34\nҚызыл';
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xe2, 0x28]), Buffer.from('орда,5\n')]);
    const offset = Buffer.byteLength(text);
    for (let size = 1; size <= bytes.length; size++) {
      const chunks: Uint8Array[] = [];
      for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
      expect(() => [...decodeChunks(chunks, bytes, 'x.csv')], `chunks of ${size}`).toThrow(`line 3, at byte offset ${offset} `);
    }
    const good = Buffer.from(`${text}орда,5\n`);
    for (let size = 1; size <= good.length; size++) {
      const chunks: Uint8Array[] = [];
      for (let start = 0; start < good.length; start += size) chunks.push(good.subarray(start, start + size));
      expect([...decodeChunks(chunks, good, 'x.csv')].join(''), `chunks of ${size}`).toBe(`${text}орда,5\n`);
    }
  });

  it('agrees with TextDecoder on what is valid, for every two- and three-byte sequence after a letter', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const valid = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    for (let a = 0x80; a <= 0xff; a++) {
      for (let b = 0; b <= 0xff; b += 3) {
        for (const c of [0x41, 0x80, 0xbf, 0xc0]) {
          const bytes = new Uint8Array([0x41, a, b, c]);
          expect(firstInvalidUtf8(bytes) === -1, `41 ${a.toString(16)} ${b.toString(16)} ${c.toString(16)}`).toBe(valid(bytes));
        }
      }
    }
  });
});
