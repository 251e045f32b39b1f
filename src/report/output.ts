/**
 * Export files are streamed to temporary files beside their targets and renamed into place only
 * when all of them are complete, so a failed or interrupted export leaves no half-written file and
 * never replaces a good one. Nothing is written anywhere else: responses hold ethnicity and
 * religion, so data goes only where the user asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codedError, KelisimError } from '../common/errors';
import { checkWritableTarget } from '../io/files';
import { makePrivateFile, partialPath } from '../io/private-files';

/** A folder files are exported into: it must exist and be writable. */
export function checkOutputFolder(folder: string): void {
  const resolved = path.resolve(folder);
  const stat = fs.statSync(resolved, { throwIfNoEntry: false });
  if (!stat) throw codedError('bad-input', 'output-folder-missing', { folder });
  if (!stat.isDirectory()) throw codedError('bad-input', 'output-folder-is-file', { folder });
  try {
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch {
    throw codedError('bad-input', 'output-folder-not-writable', { folder });
  }
}

/**
 * Runs `write` with one temporary path per target (in the target's folder, so the rename is
 * atomic); when it succeeds, flushes each file to disk and renames it into place. On failure every
 * temporary file is removed and the targets are left as they were.
 */
export async function writeFilesAtomically<T>(targets: readonly string[], write: (temporaryPaths: string[]) => Promise<T>): Promise<T> {
  for (const target of targets) checkWritableTarget(target);
  const temporaryPaths = targets.map(partialPath);
  try {
    const result = await write(temporaryPaths);
    for (const temporary of temporaryPaths) {
      makePrivateFile(temporary);
      await flushToDisk(temporary);
    }
    for (let i = 0; i < targets.length; i++) await fs.promises.rename(temporaryPaths[i], targets[i]);
    return result;
  } catch (error) {
    await Promise.all(temporaryPaths.map((temporary) => fs.promises.rm(temporary, { force: true })));
    throw describeWriteFailure(error, targets);
  }
}

async function flushToDisk(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A full disk or a lost permission is the user's to fix; a bug stays a bug. */
function describeWriteFailure(error: unknown, targets: readonly string[]): unknown {
  if (error instanceof KelisimError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return error;
  const what = targets.length === 1 ? targets[0] : targets.join(' and ');
  if (code === 'ENOSPC') return codedError('bad-input', 'write-disk-full', { what });
  if (code === 'EACCES' || code === 'EPERM') return codedError('bad-input', 'write-permission-denied', { what });
  return codedError('bad-input', 'write-failed-nothing-written', { what, detail: (error as Error).message });
}
