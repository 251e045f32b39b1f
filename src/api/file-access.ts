/**
 * Which callers may name files on this computer. The CLI runs with the user's own arguments, so its paths are the
 * user's. The interface (Electron IPC, browser-mode HTTP) is a page: whatever runs in it — a bug, a pasted form
 * expression, a page that found the port — must not be able to read or overwrite any file the user can. So from the
 * interface a file to read arrives as its bytes, and an output goes to a new file in Kelisim's own folder (exports,
 * packages), chosen by the core. The transport that opened the session decides which rule holds, never the caller.
 */
import { codedError } from '../common/errors';
import type { ApiContext } from './context';
import type { NativeFileDialogs } from '../desktop/types';
import type { ReadableFile } from '../common/file-input';

/** True for the command line, the one front end whose paths come from the user directly. */
export function mayNameFiles(ctx: Pick<ApiContext, 'transport'>): boolean {
  return ctx.transport === 'cli';
}

/**
 * A file to read, as the caller may hand it: any path from the CLI; from the interface its bytes, or the handle of a
 * file the user chose in the desktop's native open dialog, which becomes the path the main process put behind it.
 */
export function allowedInput(ctx: Pick<ApiContext, 'transport' | 'host'>, file: unknown, argument: string): ReadableFile {
  if (typeof file === 'object' && file !== null && 'handle' in file) {
    return { path: nativeDialogsOf(ctx).handles.readPath(String((file as { handle: unknown }).handle)) };
  }
  if (typeof file === 'object' && file !== null && 'path' in file && !mayNameFiles(ctx)) {
    throw codedError('bad-input', 'path-from-interface', { argument });
  }
  if (!mayNameFiles(ctx) && !(typeof file === 'object' && file !== null && 'bytes' in file)) {
    throw codedError('bad-input', 'file-input-shape', { argument });
  }
  return file as ReadableFile;
}

/** The host's native file dialogs; refused (coded) where there are none: browser mode and the command line. */
export function nativeDialogsOf(ctx: Pick<ApiContext, 'host'>): NativeFileDialogs {
  if (!ctx.host.dialogs) throw codedError('bad-input', 'native-dialogs-unavailable', undefined);
  return ctx.host.dialogs;
}

/**
 * Where an output goes: the path the CLI gave, or — when the caller gave none — a new file the core picks in its own
 * folder. A path from the interface is refused, not quietly replaced, so a page that tries is seen to fail.
 */
export function allowedOutput(ctx: Pick<ApiContext, 'transport'>, given: unknown, argument: string, ownTarget: () => string): string {
  if (given === undefined) return ownTarget();
  if (!mayNameFiles(ctx)) throw codedError('bad-input', 'path-from-interface', { argument });
  return given as string;
}

/** An output the interface may only receive as bytes: a path from it is refused; from the CLI it is kept. */
export function refusePathFromInterface(ctx: Pick<ApiContext, 'transport'>, given: unknown, argument: string): void {
  if (given !== undefined && !mayNameFiles(ctx)) throw codedError('bad-input', 'path-from-interface', { argument });
}
