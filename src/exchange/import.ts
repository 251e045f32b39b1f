/**
 * Importing packages: read and check every file completely, then back up the database, then merge
 * everything in one transaction. A problem with any file stops the import before the backup, so a
 * refused import writes nothing at all.
 */
import { codedError, KelisimError } from '../common/errors';
import type { ProgressReporter } from '../common/progress';
import { assertIntact, type Db } from '../store/database';
import { listFormVersions } from '../store/forms';
import type { ReadableFile } from '../common/file-input';
import type { PackageImportResult } from './types';
import { backupDatabase } from './backup';
import { versionKey, type VersionLookup } from './content';
import { mergePackages } from './merge';
import { checkOpenedPackage, type ReadPackage } from './read';
import { openPackage, type OpenedPackage } from './container';
import { readSourceFile, type SourceFile } from '../io/files';
import { ImportTrust } from './trust';

/**
 * How many packages are decrypted and decompressed (on libuv's threads) ahead of the one being
 * checked: one keeps both cores of a field laptop busy without holding many decompressed packages,
 * or more than two 128 MiB key derivations, at once.
 */
const OPEN_AHEAD = 1;

export interface ImportOptions {
  /** The database file, next to which the backup goes (':memory:' for none). */
  databasePath: string;
  passphrase?: string;
  now?: Date;
}

export async function importPackages(
  db: Db,
  files: readonly ReadableFile[],
  options: ImportOptions,
  progress: ProgressReporter,
): Promise<PackageImportResult> {
  if (!Array.isArray(files) || files.length === 0) throw codedError('bad-input', 'packages-none-given', {});
  const now = options.now ?? new Date();
  const packages = await readAll(db, files, options.passphrase, progress);
  // A merge into a damaged file would spread the damage into its backup and every later export: check it whole first.
  assertIntact(db, options.databasePath);
  const backup = await backupDatabase(db, options.databasePath, now, progress);
  const merged = mergePackages(db, packages, now.getTime(), progress);
  return { ...merged.totals, backup, packages: merged.packages };
}

/** Every file, each checked against the database and the packages before it; all problems at once. */
async function readAll(
  db: Db,
  files: readonly ReadableFile[],
  passphrase: string | undefined,
  progress: ProgressReporter,
): Promise<ReadPackage[]> {
  const refusals: KelisimError[] = [];
  const refuse = (error: unknown) => {
    if (!(error instanceof KelisimError) || error.kind === 'internal') throw error;
    refusals.push(error);
  };
  const sources: SourceFile[] = [];
  for (const [index, file] of files.entries()) {
    progress({ phase: 'read', done: index, total: files.length });
    await readSourceFile(file).then((source) => sources.push(source), refuse);
  }
  progress({ phase: 'read', done: files.length, total: files.length });

  const known = new Map(
    listFormVersions(db).map((v) => [
      versionKey(v.formId, v.version),
      { fields: v.fields, contentHash: v.contentHash, definition: v.definition },
    ]),
  );
  const trust = new ImportTrust(db);
  const lookup: VersionLookup = (formId, version) => known.get(versionKey(formId, version));
  const opened = openingAhead(sources, passphrase);
  const packages: ReadPackage[] = [];
  for (const [index, source] of sources.entries()) {
    progress({ phase: 'validate', done: index, total: sources.length });
    try {
      const pkg = checkOpenedPackage(source, await opened(index), lookup);
      trust.check(pkg.name, pkg.content.manifest.deviceId, pkg.signerKey);
      for (const version of pkg.content.formVersions) {
        const key = versionKey(version.formId, version.version);
        if (!known.has(key)) known.set(key, { fields: version.fields, contentHash: version.contentHash, definition: version.definition });
      }
      packages.push(pkg);
    } catch (error) {
      refuse(error);
    }
  }
  progress({ phase: 'validate', done: sources.length, total: sources.length });

  if (refusals.length === 1 && files.length === 1) throw refusals[0];
  if (refusals.length > 0) {
    const problems = refusals.flatMap((refusal) =>
      refusal.problems.length
        ? refusal.problems
        : [{ message: refusal.message, ...(refusal.code ? { code: refusal.code, params: refusal.params } : {}) }],
    );
    throw codedError('bad-input', 'packages-refused', { refused: refusals.length, total: files.length }, problems);
  }
  return packages;
}

/** Opens the package at an index, having started opening the next OPEN_AHEAD ones. */
function openingAhead(sources: readonly SourceFile[], passphrase: string | undefined): (index: number) => Promise<OpenedPackage> {
  const openings: (Promise<OpenedPackage> | undefined)[] = [];
  return (index) => {
    for (let ahead = index; ahead <= index + OPEN_AHEAD && ahead < sources.length; ahead++) {
      if (openings[ahead]) continue;
      const opening = openPackage(sources[ahead].bytes, sources[ahead].name, passphrase);
      opening.catch(() => {}); // a failure is reported when its turn comes
      openings[ahead] = opening;
    }
    return openings[index]!;
  };
}
