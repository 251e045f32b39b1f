/**
 * JSON as it crosses HTTP between the renderer and browser mode. Plain JSON cannot carry bytes,
 * so a Uint8Array travels as {"$bytes": "<base64>"}. IPC does not need this (structured clone).
 * No Node imports: the renderer uses the same functions.
 */
import type { ErrorPayload } from '../common/errors';
import type { Progress } from '../common/progress';

const BYTES_KEY = '$bytes';

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(item) } : item,
  );
}

export function fromWireJson(text: string): unknown {
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
  | { type: 'progress'; progress: Progress }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: ErrorPayload };

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
