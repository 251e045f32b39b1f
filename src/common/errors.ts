import type { Language, MessageParams } from './messages/catalog';
import { errorCatalog, errorText, type ErrorCode } from './messages/errors';
import { placed, PLACE_KEYS } from './messages/place';

/**
 * Errors that reach the user. A KelisimError carries a kind (which decides the CLI exit code and
 * the HTTP status) and, for validation failures, every problem found with where it was found.
 * Anything else thrown is an internal failure.
 */

export type ErrorKind =
  /** The user gave something we cannot use: a bad flag, file, value or expression. CLI exit 2. */
  | 'bad-input'
  /** The user named something that does not exist (form, variable, response). CLI exit 2. */
  | 'not-found'
  /** The operation cannot proceed in the current state (e.g. editing a finalized response). CLI exit 2. */
  | 'conflict'
  /** A bug or an environment failure. CLI exit 1. */
  | 'internal';

/** One thing wrong with the input, located as precisely as the input allows. */
export interface Problem {
  /** English words, for logs and for front ends that have no translation of `code`. */
  message: string;
  /** Stable code in the error catalog (src/common/messages/errors); front ends translate it with `params`. */
  code?: string;
  params?: MessageParams;
  file?: string;
  sheet?: string;
  /** 1-based row number as a spreadsheet shows it. */
  row?: number;
  column?: string;
  /** The question (variable) name the problem concerns. */
  field?: string;
}

/**
 * A stable, machine-readable reason for refusals a front end answers differently from others
 * (messages are for people and may be reworded).
 */
export type ErrorReason = 'passphrase-needed' | 'passphrase-wrong';

export interface ErrorPayload {
  kind: ErrorKind;
  message: string;
  code?: string;
  params?: MessageParams;
  problems?: Problem[];
  reason?: ErrorReason;
}

export class KelisimError extends Error {
  readonly kind: ErrorKind;
  readonly problems: Problem[];
  readonly reason?: ErrorReason;
  readonly code?: string;
  readonly params?: MessageParams;

  constructor(kind: ErrorKind, message: string, problems: Problem[] = [], reason?: ErrorReason, code?: string, params?: MessageParams) {
    super(message);
    this.name = 'KelisimError';
    this.kind = kind;
    this.problems = problems;
    if (reason) this.reason = reason;
    if (code) this.code = code;
    if (params) this.params = params;
  }

  toPayload(): ErrorPayload {
    return {
      kind: this.kind,
      message: this.message,
      ...(this.problems.length ? { problems: this.problems } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.code ? { code: this.code, params: this.params ?? {} } : {}),
    };
  }
}

/** The parameters a code's phrase reads; {} for a phrase that reads none. */
type ParamsOf<C extends ErrorCode> = Parameters<(typeof errorCatalog)[C]['en']>[0] extends infer P
  ? P extends undefined
    ? Record<string, never> | undefined
    : P
  : never;

/**
 * An error with a code from the catalog: its English message comes from the catalog too, so the
 * CLI's default words and the screens' translations can never drift apart.
 */
export function codedError<C extends ErrorCode>(
  kind: ErrorKind,
  code: C,
  params: ParamsOf<C>,
  problems: Problem[] = [],
  reason?: ErrorReason,
): KelisimError {
  const message = errorText(code, params as MessageParams, 'en') ?? code;
  return new KelisimError(kind, message, problems, reason, code, params as MessageParams);
}

/** A problem with a code from the catalog, its English message filled in. */
export function codedProblem<C extends ErrorCode>(
  code: C,
  params: ParamsOf<C>,
  where: Omit<Problem, 'message' | 'code' | 'params'> = {},
): Problem {
  return { ...where, code, params: params as MessageParams, message: errorText(code, params as MessageParams, 'en') ?? code };
}

/** The words of an error or problem in a language: its code translated, else its message as it came. */
export function localizedMessage(item: { message: string; code?: string; params?: MessageParams }, language: Language): string {
  return (item.code && errorText(item.code, item.params, language)) || item.message;
}

/** An error as a transport or a thread sent it, whole again: kind, words, code and problems. */
export function errorFromPayload(payload: ErrorPayload): KelisimError {
  return new KelisimError(payload.kind, payload.message, payload.problems ?? [], payload.reason, payload.code, payload.params);
}

export const badInput = (message: string, problems: Problem[] = []) => new KelisimError('bad-input', message, problems);
export const notFound = (message: string) => new KelisimError('not-found', message);
export const conflict = (message: string) => new KelisimError('conflict', message);

/** Turns anything thrown into the payload a transport sends; internal errors keep only their message. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof KelisimError) return error.toPayload();
  if (isErrorPayload(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message };
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).kind === 'string' &&
    typeof (value as ErrorPayload).message === 'string'
  );
}

/** "survey, row 12, column relevant: ..." — the one-line English form used in logs. */
export function formatProblem(problem: Problem): string {
  return placed(problem, problem.message, 'en');
}

/**
 * A problem carried inside another's parameters under `name` (e.g. the form check's problem inside a package's
 * refusal): its English words under `name`, and its code, place and parameters beside them, so that errorText says
 * it in the reader's language too.
 */
export function nestedProblem<Name extends string>(name: Name, problem: Problem): MessageParams & Record<Name, string> {
  const params: MessageParams = {};
  if (problem.code) {
    params[`${name}.code`] = problem.code;
    for (const key of PLACE_KEYS) if (problem[key] !== undefined) params[`${name}.where.${key}`] = problem[key];
    for (const [key, value] of Object.entries(problem.params ?? {})) params[`${name}.param.${key}`] = value;
  }
  return { ...params, [name]: formatProblem(problem) } as MessageParams & Record<Name, string>;
}
