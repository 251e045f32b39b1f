import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import type { FilesApi, HandlersOf } from '../spec';
import { codedError, KelisimError } from '../../common/errors';
import { nativeDialogsOf } from '../file-access';
import { exportedFile } from '../../io/export-folder';
import { copyFileAtomically, readSourceFile } from '../../io/files';
import { exportedPackage } from '../../collect/send';
import { backupBeside } from '../../exchange/backup';

/** The desktop's native dialogs (see src/api/spec/files.ts); refused where the host has none. */
export function filesHandlers(ctx: ApiContext): HandlersOf<FilesApi> {
  return {
    'files.chooseOpen': async (args) => ({ files: await nativeDialogsOf(ctx).chooseOpen(args) }),
    'files.read': async ({ handle }) => {
      const file = nativeDialogsOf(ctx).handles.readPath(handle);
      const { bytes } = await readSourceFile({ path: file });
      return { name: path.basename(file), bytes };
    },
    'files.chooseSave': async ({ suggestedName, title }) => {
      // The page proposes a name, never a place: a folder in it is dropped, and the user chooses where.
      const name = path.basename(suggestedName.replaceAll('\\', '/'));
      if (name === '' || name === '.' || name === '..') throw codedError('bad-input', 'argument-missing', { what: 'suggestedName' });
      const target = await nativeDialogsOf(ctx).chooseSave({ suggestedName: name, ...(title !== undefined ? { title } : {}) });
      return target ? { target } : {};
    },
    'files.saveTo': async ({ handle, file }) => {
      const dialogs = nativeDialogsOf(ctx);
      // The source is checked before the handle is used up: a refused copy leaves the place chosen still usable.
      const source = writtenByKelisim(ctx, file);
      const target = dialogs.handles.takeWritePath(handle);
      if (isTheDatabase(ctx.databasePath, target)) throw codedError('bad-input', 'save-copy-over-database', { file: target });
      return { path: target, bytes: await copyFileAtomically(source, target) };
    },
  };
}

/** An export, a package this installation sent or a backup beside the database; any other file is refused. */
function writtenByKelisim(ctx: ApiContext, file: string): string {
  const finders = [() => exportedFile(ctx.databasePath, file), () => exportedPackage(ctx.db, file)];
  for (const find of finders) {
    try {
      return find();
    } catch (error) {
      if (!(error instanceof KelisimError) || error.kind !== 'not-found') throw error;
    }
  }
  const backup = backupBeside(ctx.databasePath, file);
  if (backup && fs.statSync(backup).isFile()) return backup;
  throw codedError('not-found', 'save-copy-source-unknown', { file: String(file) });
}

/** Whether a place is the open database or one of its companion files: a copy written there would destroy it. */
function isTheDatabase(databasePath: string, target: string): boolean {
  if (databasePath === ':memory:') return false;
  const real = (file: string) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    }
  };
  let database: string;
  let chosen: string;
  try {
    database = real(databasePath);
    chosen = real(target);
  } catch {
    return false; // the chosen folder does not exist: the copy will say so
  }
  return ['', '-wal', '-shm', '-journal'].some((suffix) => chosen === database + suffix);
}
