/**
 * The Kelisim field data package file (`.kelisim`), format version 2.
 *
 * A fixed 48-byte header, the body, then the signature. All integers are unsigned, big-endian.
 *
 *   offset size  field
 *   0      8     magic 89 4B 45 4C 0D 0A 1A 0A ("\x89KEL\r\n\x1a\n"; as in PNG, the high byte catches
 *                7-bit transfers and the CR LF / LF pair catches line-ending conversion)
 *   8      2     format version (2). A reader refuses a higher one before interpreting anything else,
 *                and format 1 (written before packages were signed) as unsigned.
 *   10     1     mode: 0 plain, 1 encrypted with a passphrase
 *   11     1     reserved, 0
 *   12     4     N, the length of the body in bytes
 *
 *   mode 0 (plain)
 *   16     32    SHA-256 of bytes 0..15 followed by the body
 *   48     N     body: gzip of the content
 *
 *   mode 1 (encrypted)
 *   16     1     scrypt cost as log2(N) (written: 17)
 *   17     1     scrypt block size r (written: 8)
 *   18     1     scrypt parallelism p (written: 1)
 *                A reader accepts exactly these (ACCEPTED_KDF) and refuses any other before deriving
 *                anything: the header is not authenticated until the key exists, so a forged one
 *                must not choose how long the reader works.
 *   19     1     reserved, 0
 *   20     16    scrypt salt (random per file)
 *   36     12    AES-256-GCM nonce (random per file)
 *   48     N     AES-256-GCM ciphertext of the body (gzip of the content); key = scrypt(passphrase, salt)
 *   48+N   16    GCM tag. The associated data is the whole header (bytes 0..47), so the tag
 *                authenticates every byte of the file; nothing but the format is readable without
 *                the passphrase.
 *
 *   after the body (and tag), 96 bytes: the exporting installation's Ed25519 public key (32 bytes,
 *   raw) and its signature (64 bytes) of every byte before the signature block. The signature is
 *   checked before anything is decrypted or decompressed; which key may speak for which device is
 *   decided by the importing database (trust on first use, src/exchange/trust.ts).
 *
 * The content is one UTF-8 JSON document (src/exchange/content.ts):
 *   { "manifest": PackageManifest, "formVersions": PackageFormVersion[], "responses": PackageResponse[] }
 * with answers by field name; a response may carry its event log as "paradata" (ParadataEvent[],
 * optional, checked and merged by device and sequence: src/exchange/paradata.ts). Kelisim writes it in pure ASCII (other characters as \uXXXX escapes,
 * which is still standard JSON): JavaScript decodes and parses one-byte text about twice as fast as
 * text holding a single Cyrillic letter. Readers accept any UTF-8. The passphrase is normalised to
 * Unicode NFC before key derivation, so the same words typed on different systems open the file.
 *
 * A file is trusted only whole: its length must match the header, then the checksum or the tag
 * must verify, before anything is decompressed or parsed.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt as scryptCallback,
  sign,
  verify,
  type ScryptOptions,
} from 'node:crypto';
import { gunzip, gzipSync, type InputType, type ZlibOptions } from 'node:zlib';
import { isAscii } from 'node:buffer';
import { codedError } from '../common/errors';
import { publicKeyObject, type InstallationKey } from '../store/installation';

export const PACKAGE_FORMAT_VERSION = 2;
export const PACKAGE_EXTENSION = '.kelisim';

const MAGIC = Buffer.from([0x89, 0x4b, 0x45, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEADER_BYTES = 48;
const TAG_BYTES = 16;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const SIGNATURE_BLOCK_BYTES = PUBLIC_KEY_BYTES + SIGNATURE_BYTES;
const MODE_PLAIN = 0;
const MODE_ENCRYPTED = 1;

/**
 * OWASP's scrypt recommendation: 128 MiB of memory, about half a second on a field laptop. The
 * only settings a reader accepts: anything else in a header is refused before any work is done.
 */
const WRITE_KDF = { log2N: 17, r: 8, p: 1 };
export const ACCEPTED_KDF = WRITE_KDF;
/** A package's content beyond this is not a field package but a decompression bomb. */
const MAX_CONTENT_BYTES = 512 * 1024 * 1024;

export const MIN_PASSPHRASE_LENGTH = 8;

export interface OpenedPackage {
  format: number;
  encrypted: boolean;
  /** The content JSON text. */
  json: string;
  /** The Ed25519 public key (32 raw bytes) whose signature the file carries, verified. */
  signerKey: Buffer;
}

/** Builds a signed package file from its content JSON; encrypted when a passphrase is given. */
export async function sealPackage(json: string, signer: InstallationKey, passphrase?: string): Promise<Buffer> {
  const body = gzipSync(Buffer.from(asciiJson(json), 'latin1'));
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(PACKAGE_FORMAT_VERSION, 8);
  header.writeUInt8(passphrase === undefined ? MODE_PLAIN : MODE_ENCRYPTED, 10);
  header.writeUInt32BE(body.length, 12);
  let sealed: Buffer;
  if (passphrase === undefined) {
    createHash('sha256').update(header.subarray(0, 16)).update(body).digest().copy(header, 16);
    sealed = Buffer.concat([header, body]);
  } else {
    header.writeUInt8(WRITE_KDF.log2N, 16);
    header.writeUInt8(WRITE_KDF.r, 17);
    header.writeUInt8(WRITE_KDF.p, 18);
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    salt.copy(header, 20);
    nonce.copy(header, 36);
    const key = await deriveKey(passphrase, salt, WRITE_KDF);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(header);
    const ciphertext = Buffer.concat([cipher.update(body), cipher.final()]);
    sealed = Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
  }
  const signature = sign(null, sealed, signer.privateKey);
  return Buffer.concat([sealed, signer.publicKey, signature]);
}

/**
 * Checks and opens a package file. Every failure is a bad-input error whose message names the
 * file and says why in one line.
 */
export async function openPackage(bytes: Uint8Array, fileName: string, passphrase?: string): Promise<OpenedPackage> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length === 0) throw codedError('bad-input', 'package-empty', { file: fileName });
  const start = file.subarray(0, Math.min(file.length, MAGIC.length));
  if (!start.equals(MAGIC.subarray(0, start.length))) throw codedError('bad-input', 'package-not-kelisim', { file: fileName });
  if (file.length < 16) throw codedError('bad-input', 'package-truncated-header', { file: fileName });
  const format = file.readUInt16BE(8);
  if (format > PACKAGE_FORMAT_VERSION) {
    throw codedError('bad-input', 'package-newer-format', { file: fileName, format, supported: PACKAGE_FORMAT_VERSION });
  }
  if (format === 0) throw codedError('bad-input', 'package-format-zero', { file: fileName });
  // Format 1 had no signature: anyone could have re-sealed it under another laptop's name.
  if (format < PACKAGE_FORMAT_VERSION) throw codedError('bad-input', 'package-unsigned', { file: fileName, format });
  const mode = file.readUInt8(10);
  if (mode !== MODE_PLAIN && mode !== MODE_ENCRYPTED) throw codedError('bad-input', 'package-mode-unknown', { file: fileName, mode });
  const encrypted = mode === MODE_ENCRYPTED;
  const bodyLength = file.readUInt32BE(12);
  const sealedLength = HEADER_BYTES + bodyLength + (encrypted ? TAG_BYTES : 0);
  const expectedLength = sealedLength + SIGNATURE_BLOCK_BYTES;
  if (file.length < expectedLength)
    throw codedError('bad-input', 'package-truncated', { file: fileName, length: file.length, expected: expectedLength });
  if (file.length > expectedLength)
    throw codedError('bad-input', 'package-trailing-bytes', { file: fileName, extra: file.length - expectedLength });

  const header = file.subarray(0, HEADER_BYTES);
  const stored = file.subarray(HEADER_BYTES, HEADER_BYTES + bodyLength);
  const kdf = { log2N: file.readUInt8(16), r: file.readUInt8(17), p: file.readUInt8(18) };
  if (encrypted && (kdf.log2N !== ACCEPTED_KDF.log2N || kdf.r !== ACCEPTED_KDF.r || kdf.p !== ACCEPTED_KDF.p)) {
    throw codedError('bad-input', 'package-kdf-refused', { file: fileName, ...kdf });
  }
  if (!encrypted) {
    const checksum = createHash('sha256').update(file.subarray(0, 16)).update(stored).digest();
    if (!checksum.equals(file.subarray(16, 48))) {
      throw codedError('bad-input', 'package-checksum-mismatch', { file: fileName });
    }
  }
  const signerKey = Buffer.from(file.subarray(sealedLength, sealedLength + PUBLIC_KEY_BYTES));
  if (!verifies(file.subarray(0, sealedLength), signerKey, file.subarray(sealedLength + PUBLIC_KEY_BYTES))) {
    throw codedError('bad-input', 'package-signature-invalid', { file: fileName });
  }

  let body: Buffer;
  if (!encrypted) {
    body = stored;
  } else {
    if (passphrase === undefined) throw codedError('bad-input', 'package-passphrase-needed', { file: fileName }, [], 'passphrase-needed');
    const key = await deriveKey(passphrase, file.subarray(20, 36), kdf);
    const decipher = createDecipheriv('aes-256-gcm', key, file.subarray(36, 48));
    decipher.setAAD(header);
    decipher.setAuthTag(file.subarray(HEADER_BYTES + bodyLength, sealedLength));
    try {
      body = Buffer.concat([decipher.update(stored), decipher.final()]);
    } catch {
      throw codedError('bad-input', 'package-passphrase-wrong', { file: fileName }, [], 'passphrase-wrong');
    }
  }

  let content: Buffer;
  try {
    // On libuv's thread pool: an import decompresses the next packages while it checks this one.
    content = await gunzipAsync(body, { maxOutputLength: MAX_CONTENT_BYTES });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw codedError('bad-input', tooLarge ? 'package-too-large' : 'package-not-decompressible', { file: fileName });
  }
  return { format, encrypted, json: isAscii(content) ? content.toString('latin1') : content.toString('utf8'), signerKey };
}

function verifies(signed: Buffer, publicKey: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, signed, publicKeyObject(publicKey), signature);
  } catch {
    return false; // not a valid Ed25519 public key at all
  }
}

/** JSON text with every character above U+007E escaped: the same document, in one-byte text. */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function gunzipAsync(input: InputType, options: ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => gunzip(input, options, (error, result) => (error ? reject(error) : resolve(result))));
}

/** What scrypt needs for these settings (128 MiB for the accepted ones). */
function kdfMemory(kdf: { log2N: number; r: number }): number {
  return 128 * 2 ** kdf.log2N * kdf.r;
}

function deriveKey(passphrase: string, salt: Buffer, kdf: { log2N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** kdf.log2N, r: kdf.r, p: kdf.p, maxmem: kdfMemory(kdf) + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
