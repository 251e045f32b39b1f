import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import type { FieldworkApi, HandlersOf } from '../spec';
import { exportedPackage, packageTarget } from '../../collect/send';

export function fieldworkHandlers(ctx: ApiContext): HandlersOf<FieldworkApi> {
  return {
    'fieldwork.packageTarget': async () => packageTarget(ctx.db, ctx.databasePath),
    'fieldwork.packageFile': async ({ file }) => {
      const found = exportedPackage(ctx.db, file);
      return { name: path.basename(found), bytes: new Uint8Array(await fs.promises.readFile(found)) };
    },
    'fieldwork.showInFolder': async ({ file }) => ({ shown: await ctx.host.showInFolder(exportedPackage(ctx.db, file)) }),
  };
}
