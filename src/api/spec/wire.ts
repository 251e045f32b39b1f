/**
 * JSON as it crosses HTTP between the renderer and browser mode. Plain JSON cannot carry bytes,
 * so a Uint8Array travels as {"$bytes": "<base64>"}. IPC does not need this (structured clone).
 * No Node imports: the renderer uses the same functions.
 */
import type { ErrorPayload } from '../../common/errors';
import { codedError } from '../../common/errors';
import type { Progress } from '../../common/progress';

const BYTES_KEY = '$bytes';

/**
 * How deep arrays and objects may nest in a message. Real arguments nest a few levels; a body nested 200,000 deep
 * would overflow the stack of JSON.parse's reviver (or of any handler that walks it) as an internal error.
 */
export const MAX_JSON_DEPTH = 200;

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(item) } : item));
}

/** Parses a message; refuses one nested deeper than MAX_JSON_DEPTH, or that is not JSON, with a coded bad-input error. */
export function fromWireJson(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw codedError('bad-input', 'json-too-deep', { depth: MAX_JSON_DEPTH });
  try {
    return parseWireJson(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw codedError('bad-input', 'json-malformed', undefined);
    throw error;
  }
}

/** True when brackets and braces outside strings nest deeper than `limit`: one pass, no recursion. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      // Skip the string, escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

function parseWireJson(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const encoded = (item as Record<string, unknown>)[BYTES_KEY];
      if (typeof encoded === 'string' && Object.keys(item).length === 1) return base64ToBytes(encoded);
    }
    return item;
  });
}

/** One line of the streamed answer to an API call: progress reports, then a result or an error. */
export type WireMessage =
  { type: 'progress'; progress: Progress } | { type: 'result'; value: unknown } | { type: 'error'; error: ErrorPayload };

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode takes its arguments on the stack
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(encoded: string): Uint8Array {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
