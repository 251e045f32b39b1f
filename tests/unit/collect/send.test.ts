/**
 * Around "Send data": where the package is written, and that only packages this laptop exported
 * can be read back (for the browser download) or shown in the file manager.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { KelisimError } from '../../../src/common/errors';
import { tempFolder } from '../../helpers/temp';
import { addFieldResponses } from '../../fixtures/field-responses';

let temp: ReturnType<typeof tempFolder>;
let session: Session;
beforeEach(async () => {
  temp = tempFolder();
  session = await openSession({ databasePath: temp.file('laptop.db'), transport: 'cli' });
  await addFieldResponses(session, 12, 2);
});
afterEach(() => {
  session.close();
  temp.cleanup();
});

describe('packages sent from the interviewer screens', () => {
  it('are written in a folder beside the database, named by device and local time', async () => {
    const { deviceId } = await session.handlers['app.info']({}, () => {});
    const target = await session.handlers['fieldwork.packageTarget']({}, () => {});
    expect(target.folder).toBe(path.join(temp.dir, 'kelisim-packages'));
    expect(fs.statSync(target.folder).isDirectory()).toBe(true);
    expect(path.basename(target.file)).toMatch(new RegExp(`^kelisim-${deviceId}-\\d{8}-\\d{4}\\.kelisim$`));

    const sent = await session.handlers['packages.export']({ out: target.file, unencrypted: true }, () => {});
    expect(sent.manifest.responses).toBe(12);
    // A second package in the same minute gets a name of its own.
    const next = await session.handlers['fieldwork.packageTarget']({}, () => {});
    expect(next.file).not.toBe(target.file);
    expect(path.basename(next.file)).toMatch(/-2\.kelisim$/);
  });

  it('hand back the bytes of an exported package, and of no other file', async () => {
    const target = await session.handlers['fieldwork.packageTarget']({}, () => {});
    await session.handlers['packages.export']({ out: target.file, unencrypted: true }, () => {});
    const file = await session.handlers['fieldwork.packageFile']({ file: target.file }, () => {});
    expect(file.name).toBe(path.basename(target.file));
    expect(Buffer.from(file.bytes).equals(fs.readFileSync(target.file))).toBe(true);

    for (const other of [temp.file('laptop.db'), '/etc/passwd', path.join(target.folder, '..', 'laptop.db')]) {
      const error = await session.handlers['fieldwork.packageFile']({ file: other }, () => {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KelisimError);
      expect((error as KelisimError).message).toContain('is not a package exported from this computer');
    }
    // The command line has no file manager to open.
    expect(await session.handlers['fieldwork.showInFolder']({ file: target.file }, () => {})).toEqual({ shown: false });
    await expect(session.handlers['fieldwork.showInFolder']({ file: '/etc/passwd' }, () => {})).rejects.toThrow('not a package');
  });
});
