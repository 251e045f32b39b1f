/**
 * The desktop's native file dialogs. A page never names a file: it asks the main process to show the system's open
 * or save dialog and gets back handles; it hands a read handle wherever a call takes a file (`{ handle }` as a
 * FileInput), and a write handle to `files.saveTo` with a file Kelisim wrote. Only the desktop app offers these
 * calls; in browser mode and on the command line they are refused with `native-dialogs-unavailable` (the page
 * uploads and downloads instead; the command line names its own paths).
 */
import type { ChooseOpenArgs, ChooseSaveArgs, ChosenFile, ChosenTarget } from '../../desktop/types';

export type * from '../../desktop/types';

export interface FilesApi {
  /** The system's open dialog: the files chosen (none when cancelled), as read handles. */
  'files.chooseOpen': { args: ChooseOpenArgs; result: { files: ChosenFile[] } };
  /** The bytes of a file chosen in the open dialog. */
  'files.read': { args: { handle: string }; result: { name: string; bytes: Uint8Array } };
  /** The system's save dialog: the place chosen (none when cancelled), as a write handle good for one file. */
  'files.chooseSave': { args: ChooseSaveArgs; result: { target?: ChosenTarget } };
  /**
   * A copy of a file Kelisim wrote (an export, a package it sent, a backup before a merge) at the place a save
   * dialog chose; written whole or not at all, readable by the user only.
   */
  'files.saveTo': { args: { handle: string; file: string }; result: { path: string; bytes: number } };
}
