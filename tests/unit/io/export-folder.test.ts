/**
 * The lead's exports land in a folder beside the database, under names that never overwrite an
 * earlier export; only files in that folder can be read back (for a browser download) or shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { KelisimError } from '../../../src/common/errors';
import { exportTarget, localStamp } from '../../../src/io/export-folder';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let session: Session;
const none = () => {};
beforeEach(async () => {
  temp = tempFolder();
  session = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
});
afterEach(() => {
  session.close();
  temp.cleanup();
});

describe('export targets', () => {
  it('name the form, the language and the local minute, in kelisim-exports beside the database', async () => {
    const at = new Date(2026, 10, 28, 9, 5);
    expect(localStamp(at)).toBe('20261128-0905');
    const workbook = exportTarget(temp.file('lead.db'), 'tolerance_kz', 'workbook', { language: 'ru', now: at });
    expect(workbook).toBe(path.join(temp.dir, 'kelisim-exports', 'tolerance_kz-ru-20261128-0905.xlsx'));
    expect(exportTarget(temp.file('lead.db'), 'tolerance_kz', 'csv', { now: at })).toBe(
      path.join(temp.dir, 'kelisim-exports', 'tolerance_kz-20261128-0905.csv'),
    );

    // SPSS writes two files into a folder of its own, which must exist.
    const spss = exportTarget(temp.file('lead.db'), 'tolerance_kz', 'spss', { now: at });
    expect(path.basename(spss)).toBe('tolerance_kz-spss-20261128-0905');
    expect(fs.statSync(spss).isDirectory()).toBe(true);

    // A second export in the same minute does not overwrite the first.
    fs.writeFileSync(workbook, 'first');
    expect(path.basename(exportTarget(temp.file('lead.db'), 'tolerance_kz', 'workbook', { language: 'ru', now: at }))).toBe(
      'tolerance_kz-ru-20261128-0905-2.xlsx',
    );
    expect(path.basename(exportTarget(temp.file('lead.db'), 'tolerance_kz', 'spss', { now: at }))).toBe(
      'tolerance_kz-spss-20261128-0905-2',
    );
  });

  it('hand back the bytes of an exported file and of no other', async () => {
    const target = await session.handlers['exports.target']({ formId: 'tolerance_kz', kind: 'csv' }, none);
    expect(target.folder).toBe(path.join(temp.dir, 'kelisim-exports'));
    fs.writeFileSync(target.path, 'uuid,region\r\n');
    const file = await session.handlers['exports.file']({ file: target.path }, none);
    expect(file.name).toBe(path.basename(target.path));
    expect(Buffer.from(file.bytes).toString()).toBe('uuid,region\r\n');

    fs.symlinkSync(temp.file('lead.db'), path.join(target.folder, 'link.db'));
    for (const other of [
      temp.file('lead.db'),
      '/etc/passwd',
      path.join(target.folder, '..', 'lead.db'),
      path.join(target.folder, 'link.db'),
      target.folder,
      '',
    ]) {
      const error = await session.handlers['exports.file']({ file: other }, none).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KelisimError);
      expect((error as KelisimError).message).toContain('is not a file exported by Kelisim');
    }
    expect(await session.handlers['exports.showInFolder']({ file: target.path }, none)).toEqual({ shown: false });
    await expect(session.handlers['exports.showInFolder']({ file: '/etc/passwd' }, none)).rejects.toThrow('not a file exported');
  });

  it('refuse an unknown kind or a form-less request with a sentence', async () => {
    await expect(session.handlers['exports.target']({ formId: '', kind: 'csv' }, none)).rejects.toThrow('missing the form');
    await expect(session.handlers['exports.target']({ formId: 'f', kind: 'pdf' as 'csv' }, none)).rejects.toThrow(
      'unknown export kind "pdf"',
    );
  });
});
