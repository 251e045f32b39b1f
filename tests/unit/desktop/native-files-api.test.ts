/**
 * The desktop's native dialogs through the API, as the window uses them: a file the user chose is imported by its
 * handle, an export is saved where the user chose, and nothing a page sends can name a path. Electron's dialog is
 * stood in for by one that answers as the user would; the rest is the real wiring (main process module, registry,
 * handlers, argument schemas).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { nativeDialogs, type DialogModule } from '../../../electron/native-dialogs';
import { FileHandles } from '../../../src/desktop/file-handles';
import { answerCall } from '../../../src/api/answer-call';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import type { ErrorPayload } from '../../../src/common/errors';
import { sha256File, tempFolder } from '../../helpers/temp';
import { placesForm } from '../../helpers/forms';

const temp = tempFolder();
/** What the user picks in the next dialog. */
const user: { open?: string[]; save?: string } = {};
const dialog = {
  showOpenDialog: async () => (user.open ? { canceled: false, filePaths: user.open } : { canceled: true, filePaths: [] }),
  showSaveDialog: async () => (user.save ? { canceled: false, filePath: user.save } : { canceled: true, filePath: '' }),
} as unknown as DialogModule;

let desktop: Session;
let browser: Session;
const database = () => temp.file('study.db');

beforeAll(async () => {
  fs.mkdirSync(temp.file('Documents'));
  desktop = await openSession({
    databasePath: database(),
    transport: 'electron',
    host: {
      showInFolder: async () => false,
      dialogs: nativeDialogs({ dialog, handles: new FileHandles(), parent: () => undefined, saveFolder: () => temp.file('Documents') }),
    },
  });
  await desktop.handlers['forms.publish']({ form: placesForm }, () => {});
  browser = await openSession({ databasePath: temp.file('other.db'), transport: 'browser' });
});

afterAll(() => {
  desktop.close();
  browser.close();
  temp.cleanup();
});

/** A call as the window makes it (over IPC: the schema checked, then the handler); the error as the screen gets it. */
async function fromWindow<K extends ApiName>(session: Session, name: K, args: ApiArgs<K>): Promise<ApiResult<K>> {
  const outcome = await answerCall(session.handlers, name, args, () => {});
  if (!outcome.ok) throw outcome.error;
  return outcome.value as ApiResult<K>;
}
const refusedFromWindow = <K extends ApiName>(session: Session, name: K, args: ApiArgs<K>) =>
  fromWindow(session, name, args).then(
    () => {
      throw new Error(`${name} was not refused`);
    },
    (error: ErrorPayload) => error,
  );

describe('opening a file the user chose', () => {
  it('imports respondents from the handle of a chosen CSV, and can hand its bytes to the page', async () => {
    fs.writeFileSync(temp.file('people.csv'), 'settlement,age\nАтырау,34\nАлматы,41\n');
    user.open = [temp.file('people.csv')];
    const { files } = await fromWindow(desktop, 'files.chooseOpen', { purpose: 'responses', title: 'Кестені таңдаңыз' });
    expect(files.map(({ name, size }) => ({ name, size }))).toEqual([
      { name: 'people.csv', size: fs.statSync(temp.file('people.csv')).size },
    ]);
    const file = { handle: files[0].handle };
    const preview = await fromWindow(desktop, 'responses.previewImport', { formId: 'places', file });
    expect(preview).toBeTruthy();
    expect((await fromWindow(desktop, 'responses.import', { formId: 'places', file })).imported).toBe(2);
    const read = await fromWindow(desktop, 'files.read', { handle: files[0].handle });
    expect(read.name).toBe('people.csv');
    expect(new TextDecoder().decode(read.bytes)).toBe('settlement,age\nАтырау,34\nАлматы,41\n');
  });

  it('answers no files when the user cancels', async () => {
    user.open = undefined;
    expect(await fromWindow(desktop, 'files.chooseOpen', { purpose: 'package', multiple: true })).toEqual({ files: [] });
  });

  it('a plan import from the window takes a handle or bytes, and refuses a path without reading the file', async () => {
    fs.writeFileSync(temp.file('secret.csv'), 'interviewer,target\nnobody-may-read-this,1\n');
    for (const session of [desktop, browser]) {
      const refused = await refusedFromWindow(session, 'plan.import', { formId: 'places', file: { path: temp.file('secret.csv') } });
      expect(refused).toMatchObject({ kind: 'bad-input', code: 'path-from-interface', params: { argument: 'file' } });
      expect(JSON.stringify(refused)).not.toContain('nobody-may-read-this');
    }
    user.open = [temp.file('secret.csv')];
    const { files } = await fromWindow(desktop, 'files.chooseOpen', { purpose: 'plan' });
    expect(await fromWindow(desktop, 'plan.import', { formId: 'places', file: { handle: files[0].handle } })).toMatchObject({
      assignments: 1,
      interviewers: 1,
      target: 1,
    });
    expect((await fromWindow(desktop, 'plan.get', { formId: 'places' })).assignments.map((a) => a.interviewer)).toEqual([
      'nobody-may-read-this',
    ]);
  });

  it('a handle not made by a dialog, or shaped like a path, is refused', async () => {
    expect(
      await refusedFromWindow(desktop, 'responses.import', { formId: 'places', file: { handle: 'read-AAAAAAAAAAAAAAAAAAAAAA' } }),
    ).toMatchObject({ code: 'file-handle-unknown' });
    expect(await refusedFromWindow(desktop, 'files.read', { handle: '/etc/passwd' })).toMatchObject({
      code: 'api-bad-arguments',
      params: { call: 'files.read', path: 'handle' },
    });
    expect(await refusedFromWindow(desktop, 'forms.import', { file: { handle: '../../study.db' } })).toMatchObject({
      code: 'api-bad-arguments',
    });
  });
});

describe('saving a copy where the user chose', () => {
  let exported: string;

  beforeAll(async () => {
    exported = (await fromWindow(desktop, 'report.csv', { formId: 'places' })).path;
  });

  it('copies an export whole to the chosen place, readable by the user only, and the place is good once', async () => {
    user.save = temp.file(path.join('Documents', 'places.csv'));
    const { target } = await fromWindow(desktop, 'files.chooseSave', {
      suggestedName: path.basename(exported),
      title: 'Көшірмесін сақтау',
    });
    expect(target?.name).toBe('places.csv');
    const saved = await fromWindow(desktop, 'files.saveTo', { handle: target!.handle, file: exported });
    expect(saved).toEqual({ path: user.save, bytes: fs.statSync(exported).size });
    expect(sha256File(user.save)).toBe(sha256File(exported));
    if (process.platform !== 'win32') expect(fs.statSync(user.save).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(temp.file('Documents')).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(await refusedFromWindow(desktop, 'files.saveTo', { handle: target!.handle, file: exported })).toMatchObject({
      code: 'file-handle-unknown',
      params: { use: 'write' },
    });
  });

  it('copies only what Kelisim wrote: any other file is refused, and the place chosen stays usable', async () => {
    user.save = temp.file(path.join('Documents', 'copy.db'));
    const { target } = await fromWindow(desktop, 'files.chooseSave', { suggestedName: 'copy.db' });
    for (const file of [database(), temp.file('people.csv'), '/etc/passwd']) {
      expect(await refusedFromWindow(desktop, 'files.saveTo', { handle: target!.handle, file })).toMatchObject({
        kind: 'not-found',
        code: 'save-copy-source-unknown',
      });
    }
    expect(fs.existsSync(user.save)).toBe(false);
    // A backup Kelisim made beside the database may be saved elsewhere.
    const backup = `${database()}.backup-20261205-131500.db`;
    fs.copyFileSync(database(), backup);
    expect((await fromWindow(desktop, 'files.saveTo', { handle: target!.handle, file: backup })).bytes).toBe(fs.statSync(backup).size);
  });

  it('never writes over the open database', async () => {
    const before = sha256File(database());
    for (const place of [database(), `${database()}-wal`]) {
      user.save = place;
      const { target } = await fromWindow(desktop, 'files.chooseSave', { suggestedName: 'places.csv' });
      expect(await refusedFromWindow(desktop, 'files.saveTo', { handle: target!.handle, file: exported })).toMatchObject({
        code: 'save-copy-over-database',
      });
    }
    expect(sha256File(database())).toBe(before);
  });

  it('answers no place when the user cancels', async () => {
    user.save = undefined;
    expect(await fromWindow(desktop, 'files.chooseSave', { suggestedName: 'places.csv' })).toEqual({});
  });
});

describe('where there are no native dialogs (browser mode, the command line)', () => {
  it('every dialog call and every handle is refused with native-dialogs-unavailable', async () => {
    const calls: [ApiName, unknown][] = [
      ['files.chooseOpen', { purpose: 'responses' }],
      ['files.read', { handle: 'read-AAAAAAAAAAAAAAAAAAAAAA' }],
      ['files.chooseSave', { suggestedName: 'a.csv' }],
      ['files.saveTo', { handle: 'write-AAAAAAAAAAAAAAAAAAAAAA', file: 'a.csv' }],
      ['packages.inspect', { file: { handle: 'read-AAAAAAAAAAAAAAAAAAAAAA' } }],
    ];
    for (const [name, args] of calls) {
      expect(await refusedFromWindow(browser, name, args as never), name).toMatchObject({
        kind: 'bad-input',
        code: 'native-dialogs-unavailable',
      });
    }
  });
});
