import type { CallOutcome } from './spec/bridge';
import { isApiName } from './handlers';
import { refuseBadArguments } from './arguments';
import type { Handlers } from './spec';
import { codedError, toErrorPayload } from '../common/errors';

/**
 * One call from the Electron window, answered as a value (IPC carries values, not thrown errors): an unknown name is
 * refused, the arguments are checked against the call's schema, then the handler runs.
 */
export async function answerCall(
  handlers: Handlers,
  name: string,
  args: unknown,
  onProgress: (progress: unknown) => void,
): Promise<CallOutcome> {
  if (!isApiName(handlers, name)) return { ok: false, error: codedError('not-found', 'api-unknown-call', { call: name }).toPayload() };
  try {
    const given = args ?? {};
    refuseBadArguments(name, given);
    const handler = handlers[name] as (a: unknown, p: (progress: unknown) => void) => Promise<unknown>;
    return { ok: true, value: await handler(given, onProgress) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
