import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import type { ExportsApi, HandlersOf } from '../spec';
import { codedError } from '../../common/errors';
import { exportFolder, exportTarget, exportedFile } from '../../io/export-folder';

export function exportsHandlers(ctx: ApiContext): HandlersOf<ExportsApi> {
  return {
    'exports.target': async ({ formId, kind, language }) => {
      if (typeof formId !== 'string' || formId === '') throw codedError('bad-input', 'argument-missing', { what: 'the form (formId)' });
      if (language !== undefined && !/^[A-Za-z-]{2,12}$/.test(String(language)))
        throw codedError('bad-input', 'language-code-invalid', { given: String(language) });
      const target = exportTarget(ctx.databasePath, formId, kind, language ? { language } : {});
      return { folder: exportFolder(ctx.databasePath), path: target };
    },
    'exports.file': async ({ file }) => {
      const found = exportedFile(ctx.databasePath, file);
      return { name: path.basename(found), bytes: new Uint8Array(await fs.promises.readFile(found)) };
    },
    'exports.showInFolder': async ({ file }) => ({ shown: await ctx.host.showInFolder(exportedFile(ctx.databasePath, file)) }),
  };
}
