import type { ApiContext } from '../context';
import type { ConflictSideName, HandlersOf, PackagesApi } from '../spec';
import { codedError } from '../../common/errors';
import { exportPackage } from '../../exchange/export';
import { inspectPackage } from '../../exchange/read';
import { importPackages } from '../../exchange/import';
import { listConflicts, resolveConflict, undoResolution } from '../../exchange/conflicts';
import { packageHistory } from '../../exchange/history';
import { packageTarget } from '../../collect/send';
import { allowedInput, allowedOutput, refusePathFromInterface } from '../file-access';
import { exportPlanPackages } from '../../exchange/plan-package';
import { listDevices, revokeDevice } from '../../exchange/trust';

const SIDES: readonly ConflictSideName[] = ['current', 'incoming'];

/**
 * The shapes of these calls' arguments are checked by the transports against src/api/schemas; what is left here are
 * checks of values (a non-empty text, a side, a positive id), which hold for the command line too.
 */
export function packagesHandlers(ctx: ApiContext): HandlersOf<PackagesApi> {
  return {
    'packages.export': async (args, progress) => {
      // Practice (demo) responses never travel: listResponseRecords leaves them out of every package.
      const out = allowedOutput(ctx, args.out, 'out', () => packageTarget(ctx.db, ctx.databasePath).file);
      requireText(out, 'the package file to write (out)');
      return exportPackage(ctx.db, { ...args, out, appVersion: ctx.appVersion }, progress);
    },
    'packages.exportPlan': async (args) => {
      requireText(args.formId, 'formId');
      refusePathFromInterface(ctx, args.out, 'out');
      const folder = allowedOutput(ctx, args.outDir, 'outDir', () => packageTarget(ctx.db, ctx.databasePath).folder);
      const interviewers = args.allInterviewers === true ? 'all' : args.interviewer !== undefined ? [args.interviewer] : [];
      const packages = await exportPlanPackages(ctx.db, {
        formId: args.formId,
        interviewers,
        out: args.out !== undefined ? { file: args.out } : { folder },
        passphrase: args.passphrase,
        unencrypted: args.unencrypted,
        appVersion: ctx.appVersion,
      });
      return { packages };
    },
    'packages.inspect': async (args) => {
      return inspectPackage(ctx.db, allowedInput(ctx, args.file, 'file'), args.passphrase);
    },
    'packages.import': async (args, progress) => {
      const files = Array.isArray(args.files) ? args.files.map((file, i) => allowedInput(ctx, file, `files[${i}]`)) : args.files;
      return importPackages(ctx.db, files, { databasePath: ctx.databasePath, passphrase: args.passphrase }, progress);
    },
    'packages.conflicts': async () => listConflicts(ctx.db),
    'packages.resolve': async (args) => {
      requireText(args.uuid, 'the response uuid');
      if (!SIDES.includes(args.keep))
        throw codedError('bad-input', 'package-keep-invalid', { given: JSON.stringify(args.keep) ?? 'undefined' });
      return resolveConflict(ctx.db, args);
    },
    'packages.undoResolution': async (args) => {
      if (!Number.isSafeInteger(args.resolutionId) || args.resolutionId < 1) {
        throw codedError('bad-input', 'package-resolution-id-malformed', { given: String(args.resolutionId) });
      }
      return undoResolution(ctx.db, args.resolutionId);
    },
    'packages.history': async () => packageHistory(ctx.db),
    'packages.devices': async () => listDevices(ctx.db),
    'packages.revoke': async (args) => {
      requireText(args.fingerprint, 'the fingerprint of the key to revoke');
      return revokeDevice(ctx.db, args.fingerprint);
    },
  };
}

function requireText(value: unknown, what: string): void {
  if (typeof value !== 'string' || value === '') throw codedError('bad-input', 'argument-missing', { what });
}
