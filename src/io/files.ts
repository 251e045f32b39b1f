/** Files in and out of the core: read from a path or handed-over bytes, written whole or not at all. */
import fs from 'node:fs';
import path from 'node:path';
import { codedError, type KelisimError } from '../common/errors';
import type { ReadableFile } from '../common/file-input';
import { makePrivateFile, partialPath, PRIVATE_FILE_MODE } from './private-files';

export interface SourceFile {
  /** How messages and the history name the file: its path, or the name the browser gave. */
  name: string;
  bytes: Uint8Array;
}

export async function readSourceFile(input: ReadableFile): Promise<SourceFile> {
  if (typeof input !== 'object' || input === null) throw codedError('bad-input', 'file-given-badly', {});
  if ('path' in input && typeof input.path === 'string') {
    try {
      return { name: input.path, bytes: await fs.promises.readFile(input.path) };
    } catch (error) {
      throw readFailure(input.path, error);
    }
  }
  if ('bytes' in input && input.bytes instanceof Uint8Array && typeof input.name === 'string') {
    return { name: input.name, bytes: input.bytes };
  }
  throw codedError('bad-input', 'file-given-badly', {});
}

/** Why a file could not be read, as the user can act on it. */
export function readFailure(file: string, error: unknown): KelisimError {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return codedError('bad-input', 'file-missing', { file });
    case 'EISDIR':
      return codedError('bad-input', 'file-is-folder', { file });
    case 'EACCES':
    case 'EPERM':
      return codedError('bad-input', 'file-permission-denied', { file });
    default:
      return codedError('bad-input', 'file-unreadable', { file, detail: (error as Error).message });
  }
}

/** Refuses early, with a sentence a researcher understands, a place a file cannot be written to. */
export function checkWritableTarget(file: string): void {
  const folder = path.dirname(path.resolve(file));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw codedError('bad-input', 'write-folder-missing', { file, folder });
  }
  if (!stat.isDirectory()) throw codedError('bad-input', 'write-not-a-folder', { file, folder });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw codedError('bad-input', 'write-folder-not-writable', { file, folder });
  }
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw codedError('bad-input', 'write-target-is-folder', { file });
}

/**
 * Writes under a temporary name in the same folder, flushes to disk, then renames into place: a
 * crash or a full disk leaves either the old file or the complete new one, never half a file.
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  checkWritableTarget(file);
  const temporary = partialPath(file);
  try {
    // Packages and forms: readable by the user only (see private-files.ts).
    const handle = await fs.promises.open(temporary, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    makePrivateFile(temporary);
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw codedError('bad-input', 'write-failed', { file, detail: (error as Error).message });
  }
}

/**
 * Copies a file whole or not at all (the "Save a copy…" of an export, a package or a backup): into a hidden temporary
 * file beside the target, readable by the user only, flushed, then renamed into place. Returns the bytes copied.
 */
export async function copyFileAtomically(source: string, target: string): Promise<number> {
  checkWritableTarget(target);
  const temporary = partialPath(target);
  try {
    await fs.promises.copyFile(source, temporary, fs.constants.COPYFILE_EXCL);
    makePrivateFile(temporary);
    const handle = await fs.promises.open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const { size } = await fs.promises.stat(temporary);
    await fs.promises.rename(temporary, target);
    return size;
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw codedError('bad-input', 'write-failed', { file: target, detail: (error as Error).message });
  }
}
