/**
 * The main process's native dialogs with Electron's `dialog` stood in for (Electron does not run in the tests): what
 * the user picks becomes a handle, the page's part is a purpose, a title and a proposed name, and nothing the page
 * says decides a path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { nativeDialogs, OPEN_FILTERS, type DialogModule } from '../../../electron/native-dialogs';
import { FileHandles } from '../../../src/desktop/file-handles';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder();
afterAll(() => temp.cleanup());

/** A stand-in for Electron's dialog: records what it was asked and answers as the user would. */
function fakeDialog(answers: { open?: string[]; save?: string }) {
  const asked: { open: OpenDialogOptions[]; save: SaveDialogOptions[]; parents: unknown[] } = { open: [], save: [], parents: [] };
  const options = (args: unknown[]) => args[args.length - 1];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      asked.open.push(options(args) as OpenDialogOptions);
      asked.parents.push(args.length === 2 ? args[0] : undefined);
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      asked.save.push(options(args) as SaveDialogOptions);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' };
    },
  } as unknown as DialogModule;
  return { dialog, asked };
}

const window = { id: 1 } as never;

describe('the native open dialog', () => {
  it('turns the chosen files into read handles, with the names and sizes a screen shows', async () => {
    fs.writeFileSync(temp.file('laptop-1.kelisim'), Buffer.alloc(300));
    fs.writeFileSync(temp.file('laptop-2.kelisim'), Buffer.alloc(500));
    const handles = new FileHandles();
    const { dialog, asked } = fakeDialog({ open: [temp.file('laptop-1.kelisim'), temp.file('laptop-2.kelisim')] });
    const dialogs = nativeDialogs({ dialog, handles, parent: () => window, saveFolder: () => temp.dir });
    const chosen = await dialogs.chooseOpen({ purpose: 'package', multiple: true, title: 'Пакеттерді таңдаңыз' });
    expect(chosen.map(({ name, size }) => ({ name, size }))).toEqual([
      { name: 'laptop-1.kelisim', size: 300 },
      { name: 'laptop-2.kelisim', size: 500 },
    ]);
    expect(chosen.map((file) => dialogs.handles.readPath(file.handle))).toEqual([
      temp.file('laptop-1.kelisim'),
      temp.file('laptop-2.kelisim'),
    ]);
    expect(asked.open[0]).toEqual({
      title: 'Пакеттерді таңдаңыз',
      filters: [{ name: 'Kelisim', extensions: ['kelisim'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(asked.parents[0]).toBe(window);
  });

  it('offers the formats each import reads, one file unless asked for several', async () => {
    const { dialog, asked } = fakeDialog({});
    const dialogs = nativeDialogs({ dialog, handles: new FileHandles(), parent: () => undefined, saveFolder: () => temp.dir });
    for (const purpose of ['responses', 'plan', 'xlsform', 'attachment'] as const) {
      expect(await dialogs.chooseOpen({ purpose })).toEqual([]); // cancelled
    }
    expect(asked.open.map((options) => options.filters?.[0].extensions)).toEqual([
      ['csv', 'txt', 'xlsx'],
      ['csv', 'xlsx'],
      ['xlsx'],
      ['csv'],
    ]);
    expect(asked.open.every((options) => options.properties?.join() === 'openFile')).toBe(true);
    expect(Object.keys(OPEN_FILTERS).sort()).toEqual(['attachment', 'package', 'plan', 'responses', 'xlsform']);
  });

  it('hands out no handle for what is not a file (gone since, or a folder)', async () => {
    fs.mkdirSync(temp.file('a-folder'));
    const { dialog } = fakeDialog({ open: [temp.file('a-folder'), temp.file('gone.csv')] });
    const dialogs = nativeDialogs({ dialog, handles: new FileHandles(), parent: () => window, saveFolder: () => temp.dir });
    expect(await dialogs.chooseOpen({ purpose: 'responses' })).toEqual([]);
  });
});

describe('the native save dialog', () => {
  it('proposes the name in the documents folder, whatever folder the page put in it, and answers with a write handle', async () => {
    const handles = new FileHandles();
    const chosenByUser = path.join(temp.dir, 'отчёт.xlsx');
    const { dialog, asked } = fakeDialog({ save: chosenByUser });
    const dialogs = nativeDialogs({ dialog, handles, parent: () => window, saveFolder: () => '/home/lead/Documents' });
    const target = await dialogs.chooseSave({ suggestedName: '../../etc/study-kk-20261205-1310.xlsx', title: 'Көшірмесін сақтау' });
    expect(asked.save[0]).toMatchObject({
      title: 'Көшірмесін сақтау',
      defaultPath: path.join('/home/lead/Documents', 'study-kk-20261205-1310.xlsx'),
      filters: [{ name: 'XLSX', extensions: ['xlsx'] }],
    });
    expect(target?.name).toBe('отчёт.xlsx');
    expect(target?.handle).toMatch(/^write-/);
    expect(handles.takeWritePath(target!.handle)).toBe(chosenByUser);
  });

  it('answers nothing when the user cancels', async () => {
    const { dialog } = fakeDialog({});
    const dialogs = nativeDialogs({ dialog, handles: new FileHandles(), parent: () => undefined, saveFolder: () => temp.dir });
    expect(await dialogs.chooseSave({ suggestedName: 'kelisim-dev-1.kelisim' })).toBeUndefined();
  });
});
