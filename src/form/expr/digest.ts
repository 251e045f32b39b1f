import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * digest(text, algorithm, encoding?) as XForms 1.1 defines it: the UTF-8 bytes of the text hashed
 * with MD5, SHA-1, SHA-256, SHA-384 or SHA-512, written as base64 (the default) or hex. The
 * hashes are @noble/hashes (pure JavaScript), because the renderer has no node:crypto.
 */

const ALGORITHMS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

export const DIGEST_ALGORITHMS = Object.keys(ALGORITHMS);
export const DIGEST_ENCODINGS = ['base64', 'hex'];

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The digest, or undefined for an algorithm or encoding digest() does not know. */
export function digest(text: string, algorithm: string, encoding = 'base64'): string | undefined {
  const hash = ALGORITHMS[algorithm.toUpperCase()];
  if (!hash) return undefined;
  const bytes = hash(utf8ToBytes(text));
  if (encoding.toLowerCase() === 'hex') return bytesToHex(bytes);
  if (encoding.toLowerCase() === 'base64') return base64(bytes);
  return undefined;
}
