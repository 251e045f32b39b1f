import fs from 'node:fs';
import type { CliIo, Command, ParsedArgs } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { answerFromDatabase, dbOption, jsonOption } from '../session';
import { openSession } from '../../app/session';
import { codedError } from '../../common/errors';
import { errorText } from '../../common/messages/errors';
import { ignoreProgress, type ProgressReporter } from '../../common/progress';
import type {
  ConflictSideName,
  DeviceKey,
  PackageConflict,
  PackageHistory,
  PackageImportResult,
  PackageSummary,
  PackageVersionCount,
} from '../../api/spec';

const passphraseOption = {
  'passphrase-file': {
    type: 'string',
    valueName: 'P',
    description: 'a text file holding the passphrase (its first line; a final line break is ignored)',
  },
} as const;

const progressOption = {
  progress: { type: 'boolean', description: 'print progress lines (phase done/total) on stderr' },
} as const;

export const packageExportCommand: Command = {
  name: 'package export',
  summary: "write this laptop's responses and their form versions into one package file (or, for the lead, a plan package per interviewer)",
  options: {
    ...dbOption,
    out: { type: 'string', valueName: 'FILE.kelisim', description: 'the package file to write (needed except with --to-interviewers)' },
    form: {
      type: 'string',
      valueName: 'ID',
      description: "only this form's responses (with --to-interviewer(s): the form whose plan travels)",
    },
    'to-interviewer': {
      type: 'string',
      valueName: 'NAME',
      description: "a package for this interviewer's laptop: the form and their assignments",
    },
    'to-interviewers': { type: 'boolean', description: 'one such package for every interviewer of the plan, into --out-dir' },
    'out-dir': { type: 'string', valueName: 'DIR', description: 'with --to-interviewers: the folder the packages go to' },
    'since-last': { type: 'boolean', description: "only responses written since this laptop's previous export" },
    'include-drafts': {
      type: 'boolean',
      description: 'unfinished interviews too (by default only finalized ones, and those ended over quota with their mark)',
    },
    ...passphraseOption,
    'no-encryption': {
      type: 'boolean',
      description: 'write the answers unencrypted, readable by anyone who gets the file (only when you mean it)',
    },
    ...progressOption,
    ...jsonOption,
  },
  details:
    'Responses hold ethnicity and religion, so packages are encrypted (AES-256-GCM): give the passphrase with\n' +
    '--passphrase-file and send it by another way than the file. A plain package needs --no-encryption.\n' +
    "Every package is signed with this installation's key, which the lead's database remembers on first import.\n" +
    'The lead sends the plan with --form ID --to-interviewer NAME --out FILE, or --to-interviewers --out-dir DIR (one file\n' +
    "each, named plan-FORM-NAME.kelisim); importing one on a laptop replaces that interviewer's assignments.",
  async run(args, io) {
    const passphrase = readPassphrase(args);
    const toOne = stringOption(args, 'to-interviewer');
    if (toOne !== undefined || flag(args, 'to-interviewers')) return exportPlans(args, io, passphrase, toOne);
    if (stringOption(args, 'out-dir') !== undefined) throw codedError('bad-input', 'cli-package-out-dir-for-plans', {});
    const progress = progressReporter(args, io, 'package export');
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) =>
        handlers['packages.export'](
          {
            out: requiredString(args, 'out'),
            formId: stringOption(args, 'form'),
            sinceLast: flag(args, 'since-last'),
            includeDrafts: flag(args, 'include-drafts'),
            passphrase,
            ...(flag(args, 'no-encryption') ? { unencrypted: true } : {}),
          },
          progress,
        ),
      (result) => {
        const { manifest } = result;
        io.stdout(`Wrote ${result.file} (${formatBytes(result.bytes)}, ${result.encrypted ? 'encrypted' : 'NOT encrypted'})\n`);
        io.stdout(`  ${manifest.responses} responses from device ${manifest.deviceId}${describeCounts(manifest.counts)}\n`);
        if (manifest.interviewers.length) io.stdout(`  interviewers: ${manifest.interviewers.join(', ')}\n`);
        io.stdout(`  SHA-256 ${result.sha256}\n`);
        io.stdout(`  signed with this laptop's key ${result.signer}\n`);
        if (!result.encrypted) io.stderr(`kelisim package export: ${errorText('cli-package-not-encrypted', {}, io.language ?? 'en')}\n`);
      },
    );
  },
};

/** The lead's packages for the laptops: the form and one interviewer's assignments each. */
async function exportPlans(args: ParsedArgs, io: CliIo, passphrase: string | undefined, interviewer: string | undefined): Promise<void> {
  const all = flag(args, 'to-interviewers');
  if (all && interviewer !== undefined) throw codedError('bad-input', 'cli-package-plan-recipients-both', {});
  const formId = stringOption(args, 'form');
  if (formId === undefined) throw codedError('bad-input', 'cli-package-plan-needs-form', {});
  const out = stringOption(args, 'out');
  const outDir = stringOption(args, 'out-dir');
  if (all && out !== undefined) throw codedError('bad-input', 'cli-package-plans-need-out-dir', {});
  if (!all && out === undefined) throw codedError('bad-input', 'cli-package-plan-needs-out', {});
  await answerFromDatabase(
    args,
    io,
    ({ handlers }) =>
      handlers['packages.exportPlan'](
        {
          formId,
          ...(all ? { allInterviewers: true } : { interviewer }),
          ...(out !== undefined ? { out } : {}),
          ...(outDir !== undefined ? { outDir } : {}),
          passphrase,
          ...(flag(args, 'no-encryption') ? { unencrypted: true } : {}),
        },
        ignoreProgress,
      ),
    (result) => {
      for (const written of result.packages) {
        io.stdout(
          `Wrote ${written.file} for ${written.manifest.recipient} (${formatBytes(written.bytes)}, ${written.encrypted ? 'encrypted' : 'NOT encrypted'})\n`,
        );
      }
      if (result.packages.some((p) => !p.encrypted))
        io.stderr(`kelisim package export: ${errorText('cli-plan-packages-not-encrypted', {}, io.language ?? 'en')}\n`);
    },
  );
}

export const packageInspectCommand: Command = {
  name: 'package inspect',
  summary: 'show what a package holds, without importing it',
  options: { ...passphraseOption, ...jsonOption },
  positionals: [{ name: 'FILE', description: 'the package file', required: true }],
  async run(args, io) {
    const passphrase = readPassphrase(args);
    // Inspecting needs no database; the handler map still comes from a session, over a throwaway one.
    const session = await openSession({ databasePath: ':memory:', transport: 'cli' });
    try {
      const summary = await session.handlers['packages.inspect']({ file: { path: args.positionals[0] }, passphrase }, ignoreProgress);
      if (flag(args, 'json')) return printJson(io, summary);
      printSummary(io, summary);
    } finally {
      session.close();
    }
  },
};

export const packageImportCommand: Command = {
  name: 'package import',
  summary: 'merge packages into the database (checked completely first, backed up, merged in one transaction)',
  options: { ...dbOption, ...passphraseOption, ...progressOption, ...jsonOption },
  positionals: [{ name: 'FILE', description: 'package files (.kelisim)', required: true, variadic: true }],
  details:
    'Prints {"added","updated","duplicates","conflicts","forms"} with --json (plus the backup and per-package counts).\n' +
    'Importing the same package again adds nothing. If any file is damaged, nothing is imported.',
  async run(args, io) {
    const passphrase = readPassphrase(args);
    const files = args.positionals.map((path) => ({ path }));
    const progress = progressReporter(args, io, 'package import');
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.import']({ files, passphrase }, progress),
      (result) => printImport(io, result, requiredString(args, 'db')),
    );
  },
};

export const packageConflictsCommand: Command = {
  name: 'package conflicts',
  summary: 'list the open conflicts (two versions of one response) side by side',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.conflicts']({}, ignoreProgress),
      (conflicts) => {
        if (!conflicts.length) return io.stdout('No open conflicts.\n');
        for (const conflict of conflicts) printConflict(io, conflict);
        const database = requiredString(args, 'db');
        io.stdout(
          `${conflicts.length} open conflict${conflicts.length === 1 ? '' : 's'}; settle one with: kelisim package resolve --db ${database} --uuid UUID --keep current|incoming [--take QUESTION=current|incoming] --yes\n`,
        );
      },
    );
  },
};

export const packageResolveCommand: Command = {
  name: 'package resolve',
  summary: 'settle a conflict: keep one version, or take each differing answer from either side (shown first; written with --yes)',
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the response in conflict' },
    keep: {
      type: 'string',
      valueName: 'current|incoming',
      required: true,
      description: "current: the database's version when the package came; incoming: the package's",
    },
    take: {
      type: 'string',
      valueName: 'QUESTION=current|incoming',
      multiple: true,
      description: 'take this answer from that side (repeatable; only questions on which the sides differ)',
    },
    yes: { type: 'boolean', description: 'write the resolution (without it, only show what would be written)' },
    ...jsonOption,
  },
  details: 'Every resolution is kept in the history with the version it replaced: kelisim package undo --resolution ID puts it back.',
  async run(args, io) {
    const keep = requiredString(args, 'keep');
    if (keep !== 'current' && keep !== 'incoming')
      throw codedError('bad-input', 'cli-option-one-of', { option: '--keep', choices: 'current,incoming', value: keep });
    const choices = parseTakes(args.options.take);
    const write = flag(args, 'yes');
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) =>
        handlers['packages.resolve'](
          { uuid: requiredString(args, 'uuid'), keep, ...(choices ? { choices } : {}), preview: !write },
          ignoreProgress,
        ),
      (result) => {
        const taken = result.mixed.length
          ? `, with ${result.mixed.map((field) => `${field} from the ${result.kept === 'current' ? 'incoming' : 'current'} side`).join(', ')}`
          : '';
        const outcome = `the ${result.kept} version${taken}`;
        const answers = Object.entries(result.resolved.answers).filter(([, value]) => value !== '');
        io.stdout(
          `Response ${result.uuid} ${result.preview ? 'would keep' : 'keeps'} ${outcome} (revision ${result.resolved.revision}, ${result.resolved.interviewer || 'no interviewer'}, updated ${formatTime(result.resolved.updatedAt)}):\n`,
        );
        for (const [field, value] of answers) io.stdout(`    ${field}: ${JSON.stringify(value)}\n`);
        if (result.preview) {
          io.stdout(
            `Nothing was written. To write it: kelisim package resolve --db ${requiredString(args, 'db')} --uuid ${result.uuid} --keep ${result.kept}${(args.options.take as string[] | undefined)?.map((take) => ` --take ${take}`).join('') ?? ''} --yes\n`,
          );
        } else {
          io.stdout(
            `${result.replaced ? 'The response was replaced' : 'The database already held it'}; undo with: kelisim package undo --db ${requiredString(args, 'db')} --resolution ${result.resolutionId}\n`,
          );
        }
      },
    );
  },
};

export const packageUndoCommand: Command = {
  name: 'package undo',
  summary: 'undo a conflict resolution: the response gets back the version it replaced, and the conflict is open again',
  options: {
    ...dbOption,
    resolution: { type: 'string', valueName: 'ID', required: true, description: 'the resolution, as package history lists it' },
    ...jsonOption,
  },
  async run(args, io) {
    const id = Number(requiredString(args, 'resolution'));
    if (!Number.isSafeInteger(id) || id < 1)
      throw codedError('bad-input', 'package-resolution-id-malformed', { given: requiredString(args, 'resolution') });
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.undoResolution']({ resolutionId: id }, ignoreProgress),
      (result) =>
        io.stdout(
          `Resolution ${result.resolutionId} undone: response ${result.uuid} holds revision ${result.restored.revision} again, and its conflict is open.\n`,
        ),
    );
  },
};

export const packageDevicesCommand: Command = {
  name: 'package devices',
  summary: 'the devices whose packages this database accepted, each with its signing key (trust on first use)',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.devices']({}, ignoreProgress),
      (devices) => printDevices(io, devices),
    );
  },
};

export const packageRevokeCommand: Command = {
  name: 'package revoke',
  summary: "stop trusting a device's key: its packages are refused; the device's next key is trusted on first use",
  options: {
    ...dbOption,
    key: {
      type: 'string',
      valueName: 'SHA256:…',
      required: true,
      description: 'the fingerprint of the key, as package devices lists it (or a unique start of it)',
    },
    ...jsonOption,
  },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.revoke']({ fingerprint: requiredString(args, 'key') }, ignoreProgress),
      (revoked) => io.stdout(`Revoked key ${revoked.fingerprint} of device ${revoked.deviceId}: its packages are refused from now on.\n`),
    );
  },
};

export const packageHistoryCommand: Command = {
  name: 'package history',
  summary: 'what came from which package, device and interviewer, and when; and what this laptop exported',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      ({ handlers }) => handlers['packages.history']({}, ignoreProgress),
      (history) => printHistory(io, history),
    );
  },
};

export const packageCommands: readonly Command[] = [
  packageExportCommand,
  packageInspectCommand,
  packageImportCommand,
  packageConflictsCommand,
  packageResolveCommand,
  packageHistoryCommand,
  packageUndoCommand,
  packageDevicesCommand,
  packageRevokeCommand,
];

/** Runs one handler on the --db database (which must exist) and prints its result: JSON with --json, else as text. */

function readPassphrase(args: ParsedArgs): string | undefined {
  const file = stringOption(args, 'passphrase-file');
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw codedError('bad-input', 'cli-passphrase-file-unreadable', { file });
  }
  const passphrase = text.split(/\r?\n/)[0];
  if (!passphrase) throw codedError('bad-input', 'cli-passphrase-file-empty', { file });
  return passphrase;
}

function progressReporter(args: ParsedArgs, io: CliIo, commandName: string): ProgressReporter {
  if (!flag(args, 'progress')) return ignoreProgress;
  return (progress) => io.stderr(`kelisim ${commandName}: ${progress.phase} ${progress.done}/${progress.total}\n`);
}

function printHistory(io: CliIo, history: PackageHistory): void {
  if (!history.imports.length && !history.exports.length) return io.stdout('No package has been imported or exported yet.\n');
  for (const pkg of history.imports) {
    io.stdout(
      `Imported ${formatTime(pkg.importedAt)}  ${pkg.file}  from device ${pkg.deviceId} (made ${formatTime(pkg.createdAt)})${pkg.encrypted ? '' : ', NOT encrypted'}\n`,
    );
    io.stdout(`  signed by ${pkg.signerFingerprint ?? '(no signature: imported before packages were signed)'}\n`);
    io.stdout(`  ${pkg.responses} responses: ${describeMerge(pkg)}\n`);
    for (const row of pkg.interviewers) {
      io.stdout(`    ${row.interviewer || '(no interviewer)'} on ${row.deviceId}: ${row.responses} responses, ${describeMerge(row)}\n`);
    }
  }
  for (const sent of history.exports) {
    io.stdout(`Exported ${formatTime(sent.createdAt)}  ${sent.file}  ${sent.responses} responses${sent.encrypted ? ', encrypted' : ''}\n`);
  }
  const { open, resolved } = history.conflicts;
  if (open || resolved) io.stdout(`Conflicts: ${open} open, ${resolved} resolved\n`);
  for (const decision of history.resolutions) {
    const choices = decision.choices
      ? ` (answers chosen: ${Object.entries(decision.choices)
          .map(([field, side]) => `${field} ${side}`)
          .join(', ')})`
      : '';
    const state = decision.undoneAt !== null ? `, undone ${formatTime(decision.undoneAt)}` : decision.canUndo ? '' : ', superseded';
    io.stdout(
      `  resolution ${decision.id} ${formatTime(decision.resolvedAt)}: response ${decision.uuid} kept ${decision.kept}${choices}${state}\n`,
    );
  }
  if (history.devices.length) printDevices(io, history.devices);
}

/** "--take age=incoming" options as per-question choices. */
function parseTakes(value: ParsedArgs['options'][string]): Record<string, ConflictSideName> | undefined {
  if (!Array.isArray(value) || !value.length) return undefined;
  const choices: Record<string, ConflictSideName> = {};
  for (const take of value) {
    const match = /^([^=]+)=(current|incoming)$/.exec(take);
    if (!match) throw codedError('bad-input', 'package-resolve-choices-malformed', { given: take });
    choices[match[1]] = match[2] as ConflictSideName;
  }
  return choices;
}

function printDevices(io: CliIo, devices: DeviceKey[]): void {
  if (!devices.length) return io.stdout('No device has sent a package to this database yet.\n');
  io.stdout('Device keys (trusted on first use):\n');
  for (const device of devices) {
    const state = device.revokedAt === null ? 'trusted' : `REVOKED ${formatTime(device.revokedAt)}`;
    io.stdout(`  ${device.deviceId}  ${device.fingerprint}  ${state}\n`);
    io.stdout(
      `    first seen ${formatTime(device.firstSeenAt)} in ${device.firstPackage}; ${device.packages} package${device.packages === 1 ? '' : 's'}, last ${formatTime(device.lastSeenAt)}\n`,
    );
  }
}

function printSummary(io: CliIo, summary: PackageSummary): void {
  const { manifest } = summary;
  io.stdout(
    `${summary.file}: Kelisim package format ${summary.format}, ${summary.encrypted ? 'encrypted' : 'NOT encrypted'}, ${formatBytes(summary.bytes)}\n`,
  );
  io.stdout(`  signed by ${summary.signer.fingerprint} for device ${summary.signer.deviceId}\n`);
  io.stdout(`  exported ${formatTime(manifest.createdAt)} by device ${manifest.deviceId} (Kelisim ${manifest.appVersion})\n`);
  const overQuota = summary.responses.overQuota ? `, ${summary.responses.overQuota} ended over quota` : '';
  io.stdout(`  ${summary.responses.total} responses: ${summary.responses.final} final, ${summary.responses.draft} drafts${overQuota}\n`);
  if (summary.period)
    io.stdout(`  interviews from ${formatTime(summary.period.firstStartedAt)} to ${formatTime(summary.period.lastUpdatedAt)}\n`);
  for (const version of summary.formVersions) {
    io.stdout(`  form ${version.formId} "${version.title}" version ${version.version}: ${version.final} final, ${version.draft} drafts\n`);
  }
  for (const row of summary.interviewers) io.stdout(`  ${row.interviewer || '(no interviewer)'} on ${row.deviceId}: ${row.responses}\n`);
  io.stdout(`  SHA-256 ${summary.sha256}\n`);
}

function printImport(io: CliIo, result: PackageImportResult, database: string): void {
  io.stdout(
    `Imported ${result.packages.length} package${result.packages.length === 1 ? '' : 's'} into ${database}: ${describeMerge(result)}\n`,
  );
  for (const pkg of result.packages) {
    io.stdout(`  ${pkg.file} (device ${pkg.deviceId}): ${describeMerge(pkg)}\n`);
    if (pkg.plan) io.stdout(`    plan of form ${pkg.plan.formId}: ${pkg.plan.assignments} assignment(s) for ${pkg.plan.interviewer}\n`);
  }
  if (result.backup) io.stdout(`Backup made before merging: ${result.backup}\n`);
  if (result.conflicts) io.stdout(`Review the conflicts with: kelisim package conflicts --db ${database}\n`);
}

function printConflict(io: CliIo, conflict: PackageConflict): void {
  const side = (name: ConflictSideName) => {
    const version = conflict[name];
    const mark = conflict.inDatabase === name ? '  <- in the database' : '';
    const place = version.answers.settlement ? `, settlement ${version.answers.settlement}` : '';
    return `  ${name.padEnd(8)} revision ${version.revision}, ${version.status}, ${version.interviewer || '(no interviewer)'} on ${version.deviceId}${place}, started ${formatTime(version.startedAt)}, updated ${formatTime(version.updatedAt)}${mark}\n`;
  };
  io.stdout(`${conflict.uuid}  form ${conflict.formId}  (from ${conflict.package.file}, device ${conflict.package.deviceId})\n`);
  io.stdout(side('current') + side('incoming'));
  for (const difference of conflict.differences) {
    io.stdout(`    ${difference.field}: ${JSON.stringify(difference.current ?? '')} / ${JSON.stringify(difference.incoming ?? '')}\n`);
  }
  if (conflict.metadataDifferences.length) io.stdout(`    also differs: ${conflict.metadataDifferences.join(', ')}\n`);
  const files = (name: ConflictSideName) => conflict.files[name].map((file) => `${file.question}=${file.fileName}`).join(', ') || '(none)';
  if (conflict.files.current.length || conflict.files.incoming.length) io.stdout(`    files: ${files('current')} / ${files('incoming')}\n`);
}

function describeMerge(counts: { added: number; updated: number; duplicates: number; conflicts: number; forms?: number }): string {
  const parts = [`${counts.added} added`, `${counts.updated} updated`, `${counts.duplicates} duplicates`, `${counts.conflicts} conflicts`];
  if (counts.forms) parts.push(`${counts.forms} form version${counts.forms === 1 ? '' : 's'} added`);
  return parts.join(', ');
}

function describeCounts(counts: PackageVersionCount[]): string {
  if (!counts.length) return '';
  return `: ${counts.map((c) => `${c.formId} ${c.version} (${c.final} final, ${c.draft} drafts)`).join('; ')}`;
}

function formatTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
