/**
 * Handles for files the user chose in the desktop's native dialogs. The main process shows a dialog, puts the path
 * the user picked here, and hands the page an opaque handle; the page hands the handle back with a call, and the core
 * looks the path up. Nothing here takes a path from a page: `grant` is called by the main process's dialog module
 * only (electron/native-dialogs.ts), and the API has no call that reaches it. A handle is 128 random bits, says
 * whether it reads or writes, and lives for a while (a read handle: until it expires, so that the merge screen can
 * inspect a package and then import it; a write handle: once).
 */
import { randomBytes } from 'node:crypto';
import { codedError } from '../common/errors';
import type { FileHandleLookup } from './types';

export type HandleUse = 'read' | 'write';

interface Entry {
  use: HandleUse;
  file: string;
  expires: number;
}

export interface FileHandleOptions {
  /** How long a handle is good for after the dialog closed (default 30 minutes). */
  lifetimeMs?: number;
  /** How many handles are kept at most; the oldest go first (default 10,000: a merge may choose hundreds of packages at once). */
  limit?: number;
  now?: () => number;
}

export class FileHandles implements FileHandleLookup {
  readonly #entries = new Map<string, Entry>();
  readonly #lifetimeMs: number;
  readonly #limit: number;
  readonly #now: () => number;

  constructor(options: FileHandleOptions = {}) {
    this.#lifetimeMs = options.lifetimeMs ?? 30 * 60_000;
    this.#limit = options.limit ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** A new handle for a path a native dialog returned. For the main process only. */
  grant(use: HandleUse, file: string): string {
    this.#forgetExpired();
    while (this.#entries.size >= this.#limit) this.#entries.delete(this.#entries.keys().next().value as string);
    const handle = `${use}-${randomBytes(16).toString('base64url')}`;
    this.#entries.set(handle, { use, file, expires: this.#now() + this.#lifetimeMs });
    return handle;
  }

  readPath(handle: string): string {
    return this.#find(handle, 'read').file;
  }

  takeWritePath(handle: string): string {
    const entry = this.#find(handle, 'write');
    this.#entries.delete(handle);
    return entry.file;
  }

  #find(handle: string, use: HandleUse): Entry {
    this.#forgetExpired();
    const entry = typeof handle === 'string' ? this.#entries.get(handle) : undefined;
    // An unknown, expired, used or wrong-kind handle reads the same: the page is told to choose the file again.
    if (!entry || entry.use !== use || entry.expires <= this.#now()) throw codedError('bad-input', 'file-handle-unknown', { use });
    return entry;
  }

  /** Handles are kept in the order they were made, which is the order they expire in: stop at the first still good. */
  #forgetExpired(): void {
    const now = this.#now();
    for (const [handle, entry] of this.#entries) {
      if (entry.expires > now) break;
      this.#entries.delete(handle);
    }
  }
}
