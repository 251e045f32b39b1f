import type { ApiContext } from '../context';
import type { ConflictSideName, HandlersOf, PackagesApi } from '../spec';
import { badInput } from '../../common/errors';
import { exportPackage } from '../../exchange/export';
import { inspectPackage } from '../../exchange/read';
import { importPackages } from '../../exchange/import';
import { listConflicts, resolveConflict } from '../../exchange/conflicts';
import { packageHistory } from '../../exchange/history';
import { packageTarget } from '../../collect/send';
import { allowedInput, allowedOutput } from '../file-access';

const SIDES: readonly ConflictSideName[] = ['current', 'incoming'];

export function packagesHandlers(ctx: ApiContext): HandlersOf<PackagesApi> {
  return {
    'packages.export': async (args, progress) => {
      // Practice (demo) responses never travel: listResponseRecords leaves them out of every package.
      const out = allowedOutput(ctx, args.out, 'out', () => packageTarget(ctx.db, ctx.databasePath).file);
      requireText(out, 'the package file to write (out)');
      optionalText(args.formId, 'formId');
      optionalText(args.passphrase, 'passphrase');
      optionalFlag(args.sinceLast, 'sinceLast');
      optionalFlag(args.includeDrafts, 'includeDrafts');
      return exportPackage(ctx.db, { ...args, out, appVersion: ctx.appVersion }, progress);
    },
    'packages.inspect': async (args) => {
      optionalText(args.passphrase, 'passphrase');
      return inspectPackage(allowedInput(ctx, args.file, 'file'), args.passphrase);
    },
    'packages.import': async (args, progress) => {
      optionalText(args.passphrase, 'passphrase');
      const files = Array.isArray(args.files) ? args.files.map((file, i) => allowedInput(ctx, file, `files[${i}]`)) : args.files;
      return importPackages(ctx.db, files, { databasePath: ctx.databasePath, passphrase: args.passphrase }, progress);
    },
    'packages.conflicts': async () => listConflicts(ctx.db),
    'packages.resolve': async (args) => {
      requireText(args.uuid, 'the response uuid');
      if (!SIDES.includes(args.keep)) throw badInput(`keep must be "current" or "incoming", not ${JSON.stringify(args.keep)}`);
      return resolveConflict(ctx.db, args.uuid, args.keep);
    },
    'packages.history': async () => packageHistory(ctx.db),
  };
}

function requireText(value: unknown, what: string): void {
  if (typeof value !== 'string' || value === '') throw badInput(`missing ${what}`);
}

function optionalText(value: unknown, what: string): void {
  if (value !== undefined && typeof value !== 'string') throw badInput(`${what} must be text`);
}

function optionalFlag(value: unknown, what: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw badInput(`${what} must be true or false`);
}
