/** Files in and out of the core: read from a path or handed-over bytes, written whole or not at all. */
import fs from 'node:fs';
import path from 'node:path';
import { badInput } from '../common/errors';
import type { FileInput } from '../api/spec';
import { makePrivateFile, partialPath, PRIVATE_FILE_MODE } from './private-files';

export interface SourceFile {
  /** How messages and the history name the file: its path, or the name the browser gave. */
  name: string;
  bytes: Uint8Array;
}

export async function readSourceFile(input: FileInput): Promise<SourceFile> {
  if (typeof input !== 'object' || input === null) throw badInput('a file must be given as {path} or {name, bytes}');
  if ('path' in input && typeof input.path === 'string') {
    try {
      return { name: input.path, bytes: await fs.promises.readFile(input.path) };
    } catch (error) {
      throw badInput(`${input.path} ${describeReadFailure(error)}`);
    }
  }
  if ('bytes' in input && input.bytes instanceof Uint8Array && typeof input.name === 'string') {
    return { name: input.name, bytes: input.bytes };
  }
  throw badInput('a file must be given as {path} or {name, bytes}');
}

function describeReadFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${(error as Error).message})`;
  }
}

/** Refuses early, with a sentence a researcher understands, a place a file cannot be written to. */
export function checkWritableTarget(file: string): void {
  const folder = path.dirname(path.resolve(file));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw badInput(`cannot write ${file}: the folder ${folder} does not exist`);
  }
  if (!stat.isDirectory()) throw badInput(`cannot write ${file}: ${folder} is not a folder`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw badInput(`cannot write ${file}: the folder ${folder} is not writable`);
  }
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw badInput(`cannot write ${file}: it is a folder`);
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
    throw badInput(`cannot write ${file}: ${(error as Error).message}`);
  }
}
