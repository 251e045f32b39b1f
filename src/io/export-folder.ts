/**
 * Where the lead's exports (workbook, CSV, SPSS) are written, and which files may be handed back
 * to the front end: a folder "kelisim-exports" beside the database, and nothing outside it, so the
 * download and "show in folder" cannot be turned into a way to read any file on the computer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codedError } from '../common/errors';
import { localStamp } from '../common/stamps';
import { folderBesideDatabase, unusedPath } from './locations';
import { makePrivateFolder } from './private-files';
import type { ExportKind } from './types';

export const EXPORT_FOLDER = 'kelisim-exports';

const EXTENSIONS: Record<ExportKind, string> = { workbook: '.xlsx', csv: '.csv', spss: '' };

export function exportFolder(databasePath: string): string {
  return folderBesideDatabase(databasePath, EXPORT_FOLDER);
}

/** Kept for code written before src/common/stamps.ts. */
export { localStamp };

/**
 * A new path in the export folder (made when missing) for one export of a form: a file for the
 * workbook and CSV, a fresh folder (created, as the SPSS export wants) for SPSS. Never an existing
 * name: a second export in the same minute gets "-2", "-3"…
 */
export function exportTarget(
  databasePath: string,
  formId: string,
  kind: ExportKind,
  options: { language?: string; now?: Date; /** What of the form the file holds when not its answers ('plan'). */ part?: string } = {},
): string {
  if (!(kind in EXTENSIONS)) throw codedError('bad-input', 'export-kind-unknown', { kind: String(kind) });
  const folder = exportFolder(databasePath);
  makePrivateFolder(folder);
  const safeForm = formId.replace(/[^\p{L}\p{N}_.-]+/gu, '_');
  const stem = [safeForm, options.part ?? '', kind === 'spss' ? 'spss' : '', options.language ?? '', localStamp(options.now ?? new Date())]
    .filter(Boolean)
    .join('-');
  const extension = EXTENSIONS[kind];
  const target = unusedPath(path.join(folder, stem), extension);
  if (kind === 'spss') makePrivateFolder(target);
  return target;
}

/** A file an export wrote into the export folder; anything else is refused. */
export function exportedFile(databasePath: string, file: string): string {
  const folder = realOrNull(exportFolder(databasePath));
  const resolved = typeof file === 'string' && file !== '' ? realOrNull(path.resolve(file)) : null;
  const inside = folder !== null && resolved !== null && resolved.startsWith(folder + path.sep);
  if (!inside || !fs.statSync(resolved).isFile())
    throw codedError('not-found', 'export-file-unknown', { file: String(file), folder: EXPORT_FOLDER });
  return resolved;
}

/** The path with links followed, or null when it does not exist. */
function realOrNull(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}
