/**
 * Arguments checked at the boundary. A page (the browser in browser mode, the window in Electron) may send anything;
 * both transports call refuseBadArguments before a handler runs, so the handler gets the types its spec promises and
 * the screen gets a coded refusal naming the first bad field instead of a TypeError from deep inside the core.
 */
import * as v from 'valibot';
import { codedError } from '../common/errors';
import type { ApiName } from './spec';
import { argumentSchemas } from './schemas';

/** Throws the coded 'api-bad-arguments' (HTTP 400) when `args` does not fit the call's schema. */
export function refuseBadArguments(name: ApiName, args: unknown): void {
  // Every call of the spec has a schema (the build fails otherwise); only a test's stand-in handler map has none.
  if (!Object.prototype.hasOwnProperty.call(argumentSchemas, name)) return;
  const schema: v.GenericSchema = argumentSchemas[name];
  const result = v.safeParse(schema, args, { abortEarly: true });
  if (result.success) return;
  const issue = result.issues[0];
  throw codedError('bad-input', 'api-bad-arguments', { call: name, path: v.getDotPath(issue) ?? '' });
}

/** Whether every call of a handler map has a schema (the test that keeps new calls from going unchecked uses it). */
export function callsWithoutSchema(names: readonly string[]): string[] {
  return names.filter((name) => !Object.prototype.hasOwnProperty.call(argumentSchemas, name));
}
