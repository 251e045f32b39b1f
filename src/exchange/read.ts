/** Reading a package completely: file, container, content; and what it holds, for the merge screen. */
import { createHash } from 'node:crypto';
import type { ReadableFile } from '../common/file-input';
import type { PackageInterviewerCount, PackageSummary } from './types';
import type { Db } from '../store/database';
import { assessSigner } from './trust';
import { openPackage, type OpenedPackage } from './container';
import { checkPackageContent, countByVersion, versionKey, type CheckedContent, type VersionLookup } from './content';
import { readSourceFile, type SourceFile } from '../io/files';
import { readForeignFormDefinition } from '../store/form-definition';
import { OVER_QUOTA_REASON } from '../store/fieldwork';

export interface ReadPackage {
  name: string;
  bytes: number;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  format: number;
  encrypted: boolean;
  /** The Ed25519 public key (raw) whose signature the file carries, verified against the file. */
  signerKey: Buffer;
  content: CheckedContent;
}

/** Reads, verifies, decrypts and checks one package; a bad-input error names the file and why. */
export async function readPackage(input: ReadableFile, passphrase?: string, knownVersions?: VersionLookup): Promise<ReadPackage> {
  return checkPackage(await readSourceFile(input), passphrase, knownVersions);
}

/** Verifies, decrypts and checks a package already read. */
export async function checkPackage(source: SourceFile, passphrase?: string, knownVersions?: VersionLookup): Promise<ReadPackage> {
  return checkOpenedPackage(source, await openPackage(source.bytes, source.name, passphrase), knownVersions);
}

/** Checks the content of a package whose container was opened. */
export function checkOpenedPackage(source: SourceFile, opened: OpenedPackage, knownVersions?: VersionLookup): ReadPackage {
  const content = checkPackageContent(opened.json, source.name, { format: opened.format, knownVersions });
  return {
    name: source.name,
    bytes: source.bytes.byteLength,
    sha256: createHash('sha256').update(source.bytes).digest('hex'),
    format: opened.format,
    encrypted: opened.encrypted,
    signerKey: opened.signerKey,
    content,
  };
}

/** What a package holds, and whether this database trusts its signer, without importing it. */
export async function inspectPackage(db: Db, input: ReadableFile, passphrase?: string): Promise<PackageSummary> {
  const read = await readPackage(input, passphrase);
  const facts = read.content.responses.map((r) => r.facts);
  const carried = new Map(read.content.formVersions.map((v) => [versionKey(v.formId, v.version), v]));
  const interviewers = new Map<string, PackageInterviewerCount>();
  let firstStartedAt = Infinity;
  let lastUpdatedAt = -Infinity;
  for (const r of facts) {
    const key = `${r.deviceId}\u0000${r.interviewer}`;
    const entry = interviewers.get(key) ?? { deviceId: r.deviceId, interviewer: r.interviewer, responses: 0 };
    entry.responses++;
    interviewers.set(key, entry);
    firstStartedAt = Math.min(firstStartedAt, r.startedAt);
    lastUpdatedAt = Math.max(lastUpdatedAt, r.updatedAt);
  }
  const finals = facts.filter((r) => r.status === 'final').length;
  // As the store counts them: a draft with a rejecting review "over quota" was ended, not left unfinished.
  const endedOverQuota = new Set(
    read.content.reviews.filter((r) => r.verdict === 'reject' && r.reason === OVER_QUOTA_REASON).map((r) => r.uuid),
  );
  const overQuota = facts.filter((r) => r.status === 'draft' && endedOverQuota.has(r.uuid)).length;
  return {
    file: read.name,
    bytes: read.bytes,
    sha256: read.sha256,
    format: read.format,
    encrypted: read.encrypted,
    signer: assessSigner(db, read.content.manifest.deviceId, read.signerKey),
    manifest: read.content.manifest,
    devices: [...new Set(facts.map((r) => r.deviceId))].sort(),
    interviewers: [...interviewers.values()].sort(
      (a, b) => a.deviceId.localeCompare(b.deviceId) || a.interviewer.localeCompare(b.interviewer),
    ),
    formVersions: countByVersion(facts).map((count) => {
      const version = carried.get(versionKey(count.formId, count.version));
      // The definition was checked with the package; its titles are read for the lists that show this version.
      const titles = version && readForeignFormDefinition(version.definition)?.titles;
      return { ...count, title: version?.title ?? '', ...(titles ? { titles } : {}), contentHash: version?.contentHash ?? '' };
    }),
    responses: { total: facts.length, final: finals, draft: facts.length - finals - overQuota, overQuota },
    period: facts.length ? { firstStartedAt, lastUpdatedAt } : null,
  };
}
