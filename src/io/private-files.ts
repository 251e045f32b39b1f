/**
 * Responses hold ethnicity and religion: every file Kelisim writes with them (the database, its backups, packages,
 * exports) is readable by the user only (0600) and every folder it makes for them (0700), on Linux and macOS.
 * Windows gives a user's files to that user through the folder's ACL, and ignores these modes.
 *
 * A temporary file is hidden beside its target as `.NAME.PID-RANDOM.partial` and renamed into place when complete;
 * one left by a killed export or backup still holds answers, so the next start removes those whose process is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const appliesModes = process.platform !== 'win32';

/** Makes `folder` (and missing parents) readable by the user only; an existing folder of Kelisim's own is tightened. */
export function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (appliesModes) fs.chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/** Makes a file Kelisim wrote readable by the user only. */
export function makePrivateFile(file: string): void {
  if (appliesModes) fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/** Creates an empty file, readable by the user only from its first byte on (a program writing into it keeps that). */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  makePrivateFile(file);
}

/** The hidden temporary path beside `target` that this process writes before renaming. */
export function partialPath(target: string): string {
  return path.join(
    path.dirname(path.resolve(target)),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
}

const PARTIAL = /^\..+\.(\d+)-[0-9a-f]+\.partial$/;

/**
 * Removes the `.partial` files in `folders` (and their subfolders one level down, where the SPSS exports are) whose
 * writing process no longer runs. Returns the files removed.
 */
export function removeLeftoverPartials(folders: readonly string[]): string[] {
  const removed: string[] = [];
  const sweep = (folder: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // a folder that does not exist (yet) has nothing left in it
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && depth > 0) sweep(full, depth - 1);
      const match = entry.isFile() ? PARTIAL.exec(entry.name) : null;
      if (match && !processRuns(Number(match[1]))) {
        fs.rmSync(full, { force: true });
        removed.push(full);
      }
    }
  };
  for (const folder of new Set(folders.map((folder) => path.resolve(folder)))) sweep(folder, 1);
  return removed;
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
