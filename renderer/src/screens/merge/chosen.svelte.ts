/**
 * The package files the lead has chosen to merge, each read with packages.inspect as soon as it is
 * added, so that what it holds is on screen before anything is written.
 */
import type { FileInput, PackageSummary } from '../../../../src/api/spec';
import { ApiError, call } from '../../lib/api';

export interface ChosenPackage {
  id: number;
  name: string;
  /** reading: inspect running; ready: summary known; locked: encrypted, passphrase needed or wrong; failed: cannot be merged. */
  state: 'reading' | 'ready' | 'locked' | 'failed';
  summary?: PackageSummary;
  error?: Error;
  /** Locked although a passphrase was tried. */
  wrongPassphrase?: boolean;
}

/**
 * The core opens an encrypted package only with its passphrase and marks that refusal (reason
 * passphrase-needed or passphrase-wrong): it means "ask for the passphrase", not "this file is broken".
 */
export function needsPassphrase(error: unknown): boolean {
  return error instanceof ApiError && (error.reason === 'passphrase-needed' || error.reason === 'passphrase-wrong');
}

export class ChosenPackages {
  items = $state<ChosenPackage[]>([]);
  /**
   * What the core is handed for each package: a picked or dropped file's bytes, or the handle of a file chosen in the
   * desktop's dialog (the interface names no paths). Kept out of the
   * reactive state, whose proxies Electron's IPC cannot clone (and bytes need no watching).
   */
  #inputs = new Map<number, FileInput>();
  #next = 1;

  /** The files to import, in the order chosen. */
  get inputs(): FileInput[] {
    return this.readable.map((item) => this.#inputs.get(item.id)!);
  }

  get readable(): ChosenPackage[] {
    return this.items.filter((item) => item.state === 'ready');
  }

  get blocked(): boolean {
    return this.items.some((item) => item.state !== 'ready');
  }

  get encrypted(): boolean {
    return this.items.some((item) => item.summary?.encrypted || item.state === 'locked');
  }

  async addFiles(files: Iterable<File>, passphrase: string): Promise<void> {
    const inputs = await Promise.all(
      [...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    await this.addInputs(inputs, passphrase);
  }

  /** Package files as their bytes: picked, dropped, or opened with the desktop app. */
  async addInputs(inputs: readonly { name: string; bytes: Uint8Array }[], passphrase: string): Promise<void> {
    await Promise.all(inputs.map((input) => this.#add(input, input.name, passphrase)));
  }

  /** Package files chosen in the desktop's open dialog, each as its handle. */
  async addChosen(files: readonly { name: string; input: FileInput }[], passphrase: string): Promise<void> {
    await Promise.all(files.map((file) => this.#add(file.input, file.name, passphrase)));
  }

  remove(id: number): void {
    this.items = this.items.filter((item) => item.id !== id);
    this.#inputs.delete(id);
  }

  clear(): void {
    this.items = [];
    this.#inputs.clear();
  }

  /** Tries the passphrase on every package still locked. */
  async unlock(passphrase: string): Promise<void> {
    await Promise.all(this.items.filter((item) => item.state === 'locked').map((item) => this.#inspect(item.id, passphrase)));
  }

  async #add(input: FileInput, name: string, passphrase: string): Promise<void> {
    const id = this.#next++;
    this.#inputs.set(id, input);
    this.items = [...this.items, { id, name, state: 'reading' }];
    await this.#inspect(id, passphrase);
  }

  async #inspect(id: number, passphrase: string): Promise<void> {
    const input = this.#inputs.get(id);
    if (!input) return;
    this.#update(id, { state: 'reading' });
    try {
      const summary = await call('packages.inspect', { file: input, ...(passphrase ? { passphrase } : {}) });
      this.#update(id, { state: 'ready', summary, error: undefined });
      // The same file picked twice (or under two names) would only be counted as duplicates.
      const twin = this.items.find((other) => other.id !== id && other.summary?.sha256 === summary.sha256);
      if (twin) this.remove(id);
    } catch (error) {
      const locked = needsPassphrase(error);
      this.#update(id, { state: locked ? 'locked' : 'failed', error: error as Error, wrongPassphrase: locked && passphrase !== '' });
    }
  }

  #update(id: number, changes: Partial<ChosenPackage>): void {
    const item = this.items.find((candidate) => candidate.id === id);
    if (item) Object.assign(item, changes);
  }
}
