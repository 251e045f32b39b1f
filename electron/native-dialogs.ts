/**
 * The system's open and save dialogs, shown by the main process for the core (HostServices.dialogs). What the user
 * picks becomes a handle in the registry (src/desktop/file-handles.ts) and only the handle goes back towards the page:
 * no path ever comes from the page, and none goes to it except as a name to show. Electron's `dialog` is passed in,
 * so a unit test can stand in for it (Electron cannot run in the tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BaseWindow, FileFilter, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { FileHandles } from '../src/desktop/file-handles';
import type { ChooseOpenArgs, ChooseSaveArgs, ChosenFile, ChosenTarget, NativeFileDialogs, OpenPurpose } from '../src/desktop/types';

/** The part of Electron's `dialog` used here. */
export interface DialogModule {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface NativeDialogSetup {
  dialog: DialogModule;
  handles: FileHandles;
  /** The window the dialogs belong to (modal to it), when there is one. */
  parent: () => BaseWindow | undefined;
  /** Where a save dialog opens (the user's documents folder). */
  saveFolder: () => string;
}

/** The files each open dialog offers: the formats the call it serves reads. */
export const OPEN_FILTERS: Record<OpenPurpose, FileFilter[]> = {
  responses: [{ name: 'CSV, Excel', extensions: ['csv', 'txt', 'xlsx'] }],
  package: [{ name: 'Kelisim', extensions: ['kelisim'] }],
  plan: [{ name: 'CSV, Excel', extensions: ['csv', 'xlsx'] }],
  xlsform: [{ name: 'XLSForm', extensions: ['xlsx'] }],
  attachment: [{ name: 'CSV', extensions: ['csv'] }],
};

export function nativeDialogs(setup: NativeDialogSetup): NativeFileDialogs {
  const { dialog, handles, parent } = setup;
  return {
    handles,
    async chooseOpen(args: ChooseOpenArgs): Promise<ChosenFile[]> {
      const filters = OPEN_FILTERS[args.purpose];
      if (!filters) return [];
      const options: OpenDialogOptions = {
        ...(args.title ? { title: args.title } : {}),
        filters,
        properties: args.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const window = parent();
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (answer.canceled) return [];
      const chosen: ChosenFile[] = [];
      for (const file of answer.filePaths) {
        const stat = fs.statSync(file, { throwIfNoEntry: false });
        // The dialog lets only files be picked; anything else (gone since, a folder) is not handed out.
        if (!stat?.isFile()) continue;
        chosen.push({ handle: handles.grant('read', file), name: path.basename(file), size: stat.size });
      }
      return chosen;
    },
    async chooseSave(args: ChooseSaveArgs): Promise<ChosenTarget | undefined> {
      const name = path.basename(args.suggestedName);
      const extension = path.extname(name).slice(1);
      const options: SaveDialogOptions = {
        ...(args.title ? { title: args.title } : {}),
        defaultPath: path.join(setup.saveFolder(), name),
        ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return undefined;
      return { handle: handles.grant('write', answer.filePath), name: path.basename(answer.filePath) };
    },
  };
}
