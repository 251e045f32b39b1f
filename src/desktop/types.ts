/**
 * The desktop's native file dialogs as the API speaks of them. No Node here: the API contract (and so the renderer)
 * imports these types. A page never names a file: it asks for a dialog and gets back handles, opaque strings that
 * only the main process can make (src/desktop/file-handles.ts).
 */

/** What the open dialog is for; decides the file types it offers. */
export type OpenPurpose = 'responses' | 'package' | 'plan' | 'xlsform' | 'attachment';

export interface ChooseOpenArgs {
  purpose: OpenPurpose;
  /** Several files at once (packages to merge, CSV attachments). */
  multiple?: boolean;
  /** The dialog's title, in the interface language. */
  title?: string;
}

/** A file the user picked in the open dialog: a read handle, and what a screen may show of it. */
export interface ChosenFile {
  handle: string;
  name: string;
  size: number;
}

export interface ChooseSaveArgs {
  /** The name the dialog proposes (a bare file name: any folder in it is dropped). */
  suggestedName: string;
  title?: string;
}

/** A place the user picked in the save dialog: a write handle, good for one file. */
export interface ChosenTarget {
  handle: string;
  name: string;
}

/** What the host's dialogs return to the core; the paths behind the handles stay in the registry. */
export interface NativeFileDialogs {
  /** The chosen files; empty when the user cancelled. */
  chooseOpen(args: ChooseOpenArgs): Promise<ChosenFile[]>;
  /** The chosen place; undefined when the user cancelled. */
  chooseSave(args: ChooseSaveArgs): Promise<ChosenTarget | undefined>;
  /** The paths behind the handles these dialogs gave out. */
  handles: FileHandleLookup;
}

/** The core's side of the registry: it can turn a handle into its path, never make one. */
export interface FileHandleLookup {
  /** The file behind a read handle (usable until it expires). */
  readPath(handle: string): string;
  /** The file behind a write handle, which is used up by this. */
  takeWritePath(handle: string): string;
}
