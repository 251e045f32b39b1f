/**
 * One IPC call as the main process answers it, apart from main.ts so that a unit test can drive it without Electron:
 * a call from any page but the app's own (a frame that navigated elsewhere, a page injected into the window) is
 * refused with the coded 'ipc-foreign-sender', so the screen says why in its own language; the rest go to the API.
 */
import { answerCall } from '../src/api/answer-call';
import type { Handlers } from '../src/api/spec';
import type { CallOutcome } from '../src/api/spec/bridge';
import { codedError } from '../src/common/errors';
import { isAppPage } from './security';

export function answerIpcCall(
  handlers: Handlers,
  sender: { url: string } | null | undefined,
  rendererIndexUrl: string,
  call: { name: string; args: unknown },
  onProgress: (progress: unknown) => void,
): Promise<CallOutcome> {
  if (!sender || !isAppPage(sender.url, rendererIndexUrl)) {
    return Promise.resolve({ ok: false, error: codedError('bad-input', 'ipc-foreign-sender', undefined).toPayload() });
  }
  return answerCall(handlers, call.name, call.args, onProgress);
}
