/**
 * Field data packages: a laptop exports what its interviewers collected into one file, the lead
 * inspects and imports many such files into one database. The file format is described in
 * src/exchange/container.ts; these are the shapes the exchange works with and the front ends see
 * (src/api/spec/packages.ts names the calls). Type-only and free of Node: the renderer reads them.
 */
import type { ParadataEvent } from '../store/paradata-types';
import type { FileInput } from '../common/file-input';
import type { InterviewerTally } from '../store/packages';
import type { Translations } from '../form/model';

/** Timestamps are integer milliseconds since the epoch (UTC), as in the database. */
export interface PackageVersionCount {
  formId: string;
  version: string;
  final: number;
  draft: number;
}

/** Which responses a package holds: what the export was asked for. */
export interface PackageScope {
  /** null: every form. */
  formId: string | null;
  includeDrafts: boolean;
  /** The package holds responses written after this point of the exporting database's change sequence… */
  afterChangeSeq: number;
  /** …up to this one (the highest value when it was exported). */
  upToChangeSeq: number;
}

/** What a package says about itself. Inside the encryption when the package has a passphrase. */
export interface PackageManifest {
  /** The package format version (the same number the file header carries). */
  format: number;
  /** Identifies the package itself (a UUID made at export). */
  packageId: string;
  /** The installation that exported it. */
  deviceId: string;
  /** By the exporting laptop's clock, which may be wrong. */
  createdAt: number;
  appVersion: string;
  interviewers: string[];
  counts: PackageVersionCount[];
  responses: number;
  scope: PackageScope;
  /** A lead-to-laptop package: the interviewer whose assignments it carries (see `plan` in the content). */
  recipient?: string;
}

/** One interviewer's assignments of a form, as a lead-to-laptop package carries them. */
export interface CarriedPlan {
  formId: string;
  interviewer: string;
  assignments: {
    id: string;
    interviewer: string;
    target: number;
    /** Question name → the answer an interview from this assignment starts with. */
    location: Record<string, string>;
    quotas: { question: string; choice: string; target: number }[];
  }[];
}

/** Packages for the laptops: the form's versions and one interviewer's assignments each. */
export interface PackageExportPlanArgs {
  formId: string;
  /** The one interviewer the package is for… */
  interviewer?: string;
  /** …or every interviewer of the plan, one file each. */
  allInterviewers?: boolean;
  /** From the command line only: the file to write (one interviewer). */
  out?: string;
  /** From the command line only: the folder the files go to (absent: "kelisim-packages" beside the database). */
  outDir?: string;
  passphrase?: string;
  unencrypted?: boolean;
}

/** A frozen form version as a package carries it. */
export interface PackageFormVersion {
  formId: string;
  /** The form's title, used only when the importing database does not know the form yet. */
  title: string;
  version: string;
  /** The frozen form model, JSON text kept byte for byte (its hash identifies the version). */
  definition: string;
  /** The field names of this version, in storage order. */
  fields: string[];
  contentHash: string;
  publishedAt: number;
}

/** One response as a package carries it: answers by field name, so the file reads on its own. */
export interface PackageResponse {
  uuid: string;
  formId: string;
  version: string;
  status: 'draft' | 'final';
  interviewer: string;
  deviceId: string;
  language: string | null;
  startedAt: number;
  finishedAt: number | null;
  updatedAt: number;
  revision: number;
  position: string | null;
  /**
   * Kelisim writes every field of the version, in its order, with "" for no answer; a reader also
   * accepts a map that leaves unanswered fields out.
   */
  answers: Record<string, string>;
  /**
   * The response's event log (paradata), when it has one: every device's events, each once. Added
   * after format 2 was fixed and optional, so packages without it stay valid; merged by device and
   * sequence, outside the response's content hash.
   */
  paradata?: ParadataEvent[];
  /**
   * The files of its media answers (photo, audio, video, file), when it has any; optional like
   * `paradata` and outside the content hash. A file is stored on import only where the merged
   * answer at its question is its name.
   */
  media?: PackageMedia[];
}

/** One answer's file in a package: its bytes as base64 (`size` is their count, checked on import). */
export interface PackageMedia {
  question: string;
  fileName: string;
  mime: string;
  size: number;
  data: string;
}

export interface PackageExportArgs {
  /**
   * Where to write the package: a path on this computer, from the command line only. Absent: a new file in
   * "kelisim-packages" beside the database (the only choice the interface has).
   */
  out?: string;
  /** Only this form's responses. */
  formId?: string;
  /** Only responses written since this device's previous export of the same scope. */
  sinceLast?: boolean;
  /** Unfinished interviews too (by default only finalized ones travel, and those ended over quota, with their review). */
  includeDrafts?: boolean;
  /**
   * Encrypts the whole package (at least 8 characters besides spaces at its ends). Packages are
   * encrypted by default: without a passphrase, `unencrypted: true` must say a plain package is wanted.
   */
  passphrase?: string;
  /** Writes the answers readable by anyone who gets the file: only when explicitly chosen. */
  unencrypted?: boolean;
}

export interface PackageExportResult {
  /** The absolute path written. */
  file: string;
  bytes: number;
  /** SHA-256 of the file's bytes (what `sha256sum` prints). */
  sha256: string;
  encrypted: boolean;
  /** "SHA256:…" of this installation's signing key: what the lead's Merge screen shows for the package. */
  signer: string;
  manifest: PackageManifest;
}

export interface PackageInspectArgs {
  file: FileInput;
  passphrase?: string;
}

export interface PackageInterviewerCount {
  deviceId: string;
  interviewer: string;
  responses: number;
}

/**
 * How the database regards the key a package is signed with (trust on first use):
 * own — this installation's key; known — the key remembered for the device; new — the first key seen
 * for the device (remembered when imported); mismatch — the device is known with another key;
 * revoked — the lead revoked this key. Packages signed 'mismatch' or 'revoked' are refused.
 */
export type SignerTrust = 'own' | 'known' | 'new' | 'mismatch' | 'revoked';

export interface PackageSigner {
  /** The device the manifest names. */
  deviceId: string;
  /** "SHA256:…" of the public key that signed the package. */
  fingerprint: string;
  trust: SignerTrust;
  /** On a mismatch: the key the database knows for that device. */
  knownFingerprint?: string;
}

/** A device's signing key as the database remembers it. */
export interface DeviceKey {
  deviceId: string;
  fingerprint: string;
  /** base64 of the 32 raw bytes of the Ed25519 public key. */
  publicKey: string;
  firstSeenAt: number;
  /** The file name of the package that introduced it. */
  firstPackage: string;
  lastSeenAt: number;
  packages: number;
  /** null while trusted. */
  revokedAt: number | null;
}

export interface PackageRevokeArgs {
  /** The key's fingerprint as listed ("SHA256:…"), or a unique start of it. */
  fingerprint: string;
}

export interface PackageSummary {
  /** The file name (or path) it was read from. */
  file: string;
  bytes: number;
  sha256: string;
  format: number;
  encrypted: boolean;
  /** Who signed it, and whether this database trusts that key. */
  signer: PackageSigner;
  manifest: PackageManifest;
  /** Devices named by the responses (a lead's re-export holds several). */
  devices: string[];
  interviewers: PackageInterviewerCount[];
  /** `titles`: the version's title per language (settings form_title::LANGUAGE), when its definition gives it. */
  formVersions: (PackageVersionCount & { title: string; titles?: Translations; contentHash: string })[];
  /** `draft`: unfinished interviews; `overQuota`: drafts ended because their quota was full (they travel by default). */
  responses: { total: number; final: number; draft: number; overQuota: number };
  /** Earliest interview start and latest change among the responses; null for an empty package. */
  period: { firstStartedAt: number; lastUpdatedAt: number } | null;
}

export interface PackageImportArgs {
  files: FileInput[];
  /** Opens the encrypted ones; plain packages ignore it. */
  passphrase?: string;
}

/**
 * What a merge did. `updated` counts stored responses replaced by a package's version (a newer
 * revision from the laptop that sent the one stored, or a conflict the package's side won);
 * `conflicts` counts conflicts recorded, whichever side won; `forms` counts form versions added.
 */
export interface PackageMergeCounts {
  added: number;
  updated: number;
  duplicates: number;
  conflicts: number;
  forms: number;
}

export interface PackageImportResult extends PackageMergeCounts {
  /** The copy of the database made before merging; null for an in-memory database. */
  backup: string | null;
  packages: (PackageMergeCounts & {
    file: string;
    sha256: string;
    packageId: string;
    deviceId: string;
    responses: number;
    plan?: { formId: string; interviewer: string; assignments: number };
  })[];
}

export type ConflictSideName = 'current' | 'incoming';

export interface AnswerDifference {
  field: string;
  current: string | null;
  incoming: string | null;
}

export interface PackageConflict {
  id: number;
  uuid: string;
  formId: string;
  detectedAt: number;
  /** The package that brought the incoming side. */
  package: { file: string; deviceId: string; createdAt: number; importedAt: number };
  /** current: the database's version when the package arrived; incoming: the package's. */
  current: PackageResponse;
  incoming: PackageResponse;
  /** The side the merge rule kept in the database. */
  winner: ConflictSideName;
  /** The side the database holds now ('neither' once the response was edited after the conflict). */
  inDatabase: ConflictSideName | 'neither';
  /** Answers that differ, in the order of the fields of the current side's version. */
  differences: AnswerDifference[];
  /** Other facts that differ: status, interviewer, revision, updatedAt, … */
  metadataDifferences: string[];
  /** The answers' files of each side, kept with the conflict: taking a side's answer installs its file. */
  files: Record<ConflictSideName, ConflictFile[]>;
}

export interface ConflictFile {
  /** The answer's path: a question name, or a path inside a repeat ("household[2].photo"). */
  question: string;
  fileName: string;
  mime: string;
  size: number;
}

export interface PackageResolveArgs {
  uuid: string;
  /** The side whose facts (status, interviewer, times) and answers the response keeps… */
  keep: ConflictSideName;
  /**
   * …except the answers taken from a side question by question (only questions on which the sides
   * differ). Taking answers from both sides makes a new version: a revision above both, saved now.
   */
  choices?: Record<string, ConflictSideName>;
  /** Only work out the version that would be written (for the lead to confirm); write nothing. */
  preview?: boolean;
}

export interface PackageResolveResult {
  uuid: string;
  conflictId: number;
  kept: ConflictSideName;
  /** True when the response was (or, in a preview, would be) replaced (its change sequence advances). */
  replaced: boolean;
  /** The version the response holds after the resolution (or would hold). */
  resolved: PackageResponse;
  /** Questions whose answer comes from the other side than `kept`. */
  mixed: string[];
  preview: boolean;
  /** The record of the decision in the history (undo it with packages.undoResolution); null in a preview. */
  resolutionId: number | null;
}

export interface PackageUndoResolutionArgs {
  resolutionId: number;
}

export interface PackageUndoResolutionResult {
  uuid: string;
  resolutionId: number;
  /** The version the response holds again: the one the resolution replaced. Its conflict is open again. */
  restored: PackageResponse;
}

/** A decision the lead took on a conflict, kept with the version it replaced. */
export interface ConflictResolutionRecord {
  id: number;
  uuid: string;
  resolvedAt: number;
  kept: ConflictSideName;
  /** Answers taken per question; null when one side was kept whole. */
  choices: Record<string, ConflictSideName> | null;
  undoneAt: number | null;
  /** The latest decision on a conflict that is still resolved by it. */
  canUndo: boolean;
  replaced: PackageResponse;
  resolved: PackageResponse;
}

export interface ImportedPackageRecord extends PackageMergeCounts {
  id: number;
  packageId: string;
  file: string;
  sha256: string;
  format: number;
  encrypted: boolean;
  deviceId: string;
  appVersion: string;
  createdAt: number;
  importedAt: number;
  responses: number;
  /** "SHA256:…" of the key that signed it; null for packages imported before packages were signed. */
  signerFingerprint: string | null;
  /** The same counts by the device and interviewer each response names. */
  interviewers: InterviewerTally[];
}

export interface ExportedPackageRecord {
  packageId: string;
  deviceId: string;
  file: string;
  sha256: string;
  createdAt: number;
  scope: PackageScope;
  encrypted: boolean;
  responses: number;
}

export interface PackageHistory {
  /** Newest first. */
  imports: ImportedPackageRecord[];
  exports: ExportedPackageRecord[];
  conflicts: { open: number; resolved: number; superseded: number };
  /** Every decision on a conflict, newest first. */
  resolutions: ConflictResolutionRecord[];
  /** Every device key met (trust on first use), trusted ones first. */
  devices: DeviceKey[];
}
