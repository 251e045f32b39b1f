/**
 * The desktop's native file dialogs, as the screens use them. In the desktop app a screen asks the main process to
 * show the system's open or save dialog and gets handles back (the page never learns or names a path it could
 * use); in browser mode the screens keep their upload field and downloads.
 */
import { call, isDesktop } from './api';
import { t } from './i18n/index.svelte';
import type { FileInput, OpenPurpose } from '../../../src/api/spec';

/** True where the host shows the system's own file dialogs: the desktop app. */
export const hasNativeDialogs = (): boolean => isDesktop();

export interface PickedFile {
  name: string;
  size: number;
  /** What a call takes as its file: the handle of the chosen file. */
  input: FileInput;
}

/** Files chosen in the system's open dialog; none when the user cancelled. */
export async function chooseFiles(purpose: OpenPurpose, options: { multiple?: boolean; title?: string } = {}): Promise<PickedFile[]> {
  const { files } = await call('files.chooseOpen', {
    purpose,
    ...(options.multiple ? { multiple: true } : {}),
    title: options.title ?? t('files.openTitle'),
  });
  return files.map((file) => ({ name: file.name, size: file.size, input: { handle: file.handle } }));
}

/** The last part of a path as the core wrote it (either separator). */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/**
 * A copy of a file Kelisim wrote (an export, a package, a backup) where the user chooses in the system's save
 * dialog: the path written, or undefined when the user cancelled.
 */
export async function saveCopy(file: string): Promise<string | undefined> {
  const { target } = await call('files.chooseSave', { suggestedName: baseName(file), title: t('files.saveTitle') });
  if (!target) return undefined;
  return (await call('files.saveTo', { handle: target.handle, file })).path;
}
