/**
 * The exchange benchmark (issue 6): 50 simulated laptops each export a package of 2,000 interviews
 * of the 60-field synthetic survey; one fresh database imports all of them (target: under 10 s),
 * then imports the same files again (target: under 2 s, every response a duplicate). A third
 * import measures what the second skips: the laptops export again (new package files holding the
 * same responses), so every response is compared with the stored one. Every import takes the
 * real path: read, verify, check, back up, merge in one transaction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../store/database';
import { setSetting } from '../store/settings';
import type { ProgressReporter } from '../common/progress';
import { APP_VERSION } from '../app/version';
import type { PackageImportResult } from '../api/spec';
import { exportPackage } from '../exchange/export';
import { importPackages } from '../exchange/import';
import { interviewSynthetic, publishSyntheticForm, SYNTHETIC_FIELDS } from '../exchange/synthetic';

export interface ExchangeBenchmarkOptions {
  packages?: number;
  responsesPerPackage?: number;
  /** Where the packages and the database go (default: a temporary folder, removed afterwards). */
  folder?: string;
  log?: (line: string) => void;
}

export interface ExchangeBenchmarkFigures {
  packages: number;
  responsesPerPackage: number;
  fields: number;
  /** Interviewing on the simulated laptops and exporting their packages (not a target). */
  buildSeconds: number;
  averagePackageBytes: number;
  /**
   * All packages into a fresh database. Each import also reports the CPU time this process used
   * (main thread and libuv's threads): on a shared machine the wall time depends on what else runs,
   * the CPU time does not, and it bounds the wall time of the same import on an idle machine.
   */
  mergeSeconds: number;
  mergeCpuSeconds: number;
  mergeTargetSeconds: number;
  added: number;
  /** The same package files again: recognised, validated in full, nothing added. */
  reimportSeconds: number;
  reimportCpuSeconds: number;
  reimportTargetSeconds: number;
  reimportDuplicates: number;
  /** New package files with the same responses: every response compared with the stored one. */
  resentSeconds: number;
  resentCpuSeconds: number;
  resentDuplicates: number;
  /** The lead database with its write-ahead log at the end. */
  databaseBytes: number;
}

const MERGE_TARGET_SECONDS = 10;
const REIMPORT_TARGET_SECONDS = 2;

/** A simulated field laptop: an in-memory database with its own device id and interviews. */
export interface Laptop {
  db: Db;
  deviceId: string;
}

export function interviewOnLaptops(count: number, responsesPerLaptop: number): Laptop[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const db = openDatabase(':memory:');
    const deviceId = `dev-laptop-${String(number).padStart(3, '0')}`;
    setSetting(db, 'device_id', deviceId);
    interviewSynthetic(db, {
      formVersionId: publishSyntheticForm(db),
      deviceId,
      interviewers: [`Interviewer ${number}a`, `Interviewer ${number}b`],
      count: responsesPerLaptop,
      seed: number,
      startAt: Date.UTC(2026, 9, 1) + number * 3_600_000,
    });
    return { db, deviceId };
  });
}

/** Each laptop exports everything it holds into `folder`; returns the package paths. */
export async function exportFromLaptops(laptops: readonly Laptop[], folder: string, label: string): Promise<string[]> {
  const files: string[] = [];
  for (const laptop of laptops) {
    const file = path.join(folder, `${laptop.deviceId}-${label}.kelisim`);
    // Synthetic answers in a temporary folder: plain packages, so the figures measure merging, not key derivation.
    await exportPackage(laptop.db, { out: file, appVersion: APP_VERSION, unencrypted: true });
    files.push(file);
  }
  return files;
}

export async function runExchangeBenchmark(options: ExchangeBenchmarkOptions = {}): Promise<ExchangeBenchmarkFigures> {
  const packages = options.packages ?? 50;
  const responsesPerPackage = options.responsesPerPackage ?? 2000;
  const log = options.log ?? (() => {});
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-exchange-'));
  fs.mkdirSync(folder, { recursive: true });
  log(`Building ${packages} packages of ${responsesPerPackage} responses (${SYNTHETIC_FIELDS.length} fields) in ${folder}…`);
  const started = performance.now();
  // Both rounds of packages are made first and the laptops closed: the lead imports in a process
  // of its own, not one still holding fifty laptops.
  const laptops = interviewOnLaptops(packages, responsesPerPackage);
  let files: string[];
  let resentFiles: string[];
  try {
    files = await exportFromLaptops(laptops, folder, 'first');
    resentFiles = await exportFromLaptops(laptops, folder, 'resent');
  } finally {
    for (const laptop of laptops) laptop.db.close();
  }
  const buildSeconds = seconds(started);
  const averagePackageBytes = Math.round(files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / files.length);
  log(
    `  built in ${buildSeconds.toFixed(2)} s (two packages per laptop); a package is ${(averagePackageBytes / 1024).toFixed(0)} KiB on average`,
  );

  const databasePath = path.join(folder, 'lead.db');
  const db = openDatabase(databasePath, { create: true });
  try {
    const timedImport = async (paths: string[]): Promise<[PackageImportResult, number, number]> => {
      const phases = new PhaseClock();
      const result = await importPackages(
        db,
        paths.map((file) => ({ path: file })),
        { databasePath },
        phases.reporter,
      );
      const wall = phases.totalSeconds();
      log(`  phases: ${phases.summary()}; ${phases.cpuSeconds().toFixed(2)} s of CPU`);
      return [result, wall, phases.cpuSeconds()];
    };
    const [first, mergeSeconds, mergeCpuSeconds] = await timedImport(files);
    log(
      `Merge of all packages into a fresh database: ${mergeSeconds.toFixed(2)} s (target < ${MERGE_TARGET_SECONDS} s), ${first.added} added, ${Math.round(first.added / mergeSeconds)} responses/s`,
    );
    const [again, reimportSeconds, reimportCpuSeconds] = await timedImport(files);
    log(
      `Re-import of the same package files: ${reimportSeconds.toFixed(2)} s (target < ${REIMPORT_TARGET_SECONDS} s), ${again.duplicates} duplicates, ${again.added} added`,
    );
    const [resent, resentSeconds, resentCpuSeconds] = await timedImport(resentFiles);
    log(
      `Import of re-exported packages (same responses, new files; each response compared): ${resentSeconds.toFixed(2)} s, ${resent.duplicates} duplicates, ${resent.added} added`,
    );
    return {
      packages,
      responsesPerPackage,
      fields: SYNTHETIC_FIELDS.length,
      buildSeconds,
      averagePackageBytes,
      mergeSeconds,
      mergeCpuSeconds,
      mergeTargetSeconds: MERGE_TARGET_SECONDS,
      added: first.added,
      reimportSeconds,
      reimportCpuSeconds,
      reimportTargetSeconds: REIMPORT_TARGET_SECONDS,
      reimportDuplicates: again.duplicates,
      resentSeconds,
      resentCpuSeconds,
      resentDuplicates: resent.duplicates,
      databaseBytes: fileSize(databasePath) + fileSize(`${databasePath}-wal`),
    };
  } finally {
    db.close();
    if (!options.folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Wall time spent in each progress phase of one import, and the CPU time of the whole. */
class PhaseClock {
  private readonly started = performance.now();
  private readonly cpuAtStart = process.cpuUsage();
  private cpuUsed: NodeJS.CpuUsage | undefined;
  private readonly spent = new Map<string, number>();
  private phase = '';
  private since = this.started;

  readonly reporter: ProgressReporter = (progress) => {
    if (progress.phase === this.phase) return;
    this.stop();
    this.phase = progress.phase;
  };

  totalSeconds(): number {
    this.stop();
    this.cpuUsed ??= process.cpuUsage(this.cpuAtStart);
    return seconds(this.started);
  }

  cpuSeconds(): number {
    this.cpuUsed ??= process.cpuUsage(this.cpuAtStart);
    return (this.cpuUsed.user + this.cpuUsed.system) / 1e6;
  }

  summary(): string {
    this.stop();
    return [...this.spent].map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`).join(', ');
  }

  private stop(): void {
    const now = performance.now();
    if (this.phase) this.spent.set(this.phase, (this.spent.get(this.phase) ?? 0) + now - this.since);
    this.since = now;
  }
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const fileSize = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
