/**
 * The renderer's one way to the core. In Electron the preload's bridge carries calls over IPC;
 * in browser mode they go over HTTP with the per-run token from the URL Kelisim printed.
 */
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import type { KelisimBridge } from '../../../src/api/spec/bridge';
import type { ErrorPayload, ErrorReason, Problem, ErrorKind } from '../../../src/common/errors';
import { codedError, isErrorPayload } from '../../../src/common/errors';
import type { Progress } from '../../../src/common/progress';
import type { MessageParams } from '../../../src/common/messages/catalog';
import { fromWireJson, toWireJson, type WireMessage } from '../../../src/api/spec/wire';

export class ApiError extends Error {
  readonly kind: ErrorKind;
  readonly problems: Problem[];
  readonly reason?: ErrorReason;
  /** The catalog code and its parameters: screens show the words for it in the interface language. */
  readonly code?: string;
  readonly params?: MessageParams;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.kind = payload.kind;
    this.problems = payload.problems ?? [];
    if (payload.reason) this.reason = payload.reason;
    if (payload.code) this.code = payload.code;
    if (payload.params) this.params = payload.params;
  }
}

export interface CallOptions {
  onProgress?: (progress: Progress) => void;
  /** Lets the request finish after the page is closed or reloaded (browser mode; IPC needs nothing). */
  keepalive?: boolean;
}

declare global {
  interface Window {
    kelisim?: KelisimBridge;
  }
}

const TOKEN_KEY = 'kelisim.token';

/** Takes the token from the URL fragment once, keeps it for reloads, and removes it from the address bar. */
function browserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = typeof window !== 'undefined' && !window.kelisim ? browserToken() : '';

export async function call<K extends ApiName>(name: K, args: ApiArgs<K>, options: CallOptions = {}): Promise<ApiResult<K>> {
  if (window.kelisim) {
    const outcome = await window.kelisim.call(name, args, options.onProgress);
    if (!outcome.ok) throw new ApiError(outcome.error);
    return outcome.value as ApiResult<K>;
  }
  return callOverHttp(name, args, options);
}

async function callOverHttp<K extends ApiName>(name: K, args: ApiArgs<K>, options: CallOptions): Promise<ApiResult<K>> {
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: toWireJson(args),
    keepalive: options.keepalive,
  });
  if (!response.ok || !response.body) {
    const text = await response.text();
    // A call refused before any handler ran answers with its HTTP status and the coded error: as a JSON payload (a
    // body too large or malformed, 400/413) or as one wire line (a path from the page, a bad argument).
    const payload =
      (response.headers.get('content-type')?.startsWith('application/json') ? parsedPayload(text) : undefined) ?? refusal(text);
    throw new ApiError(payload ?? { kind: response.status === 401 ? 'bad-input' : 'internal', message: text || response.statusText });
  }
  // The answer is a stream of lines: progress reports, then the result or an error.
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const message = fromWireJson(buffered.slice(0, newline)) as WireMessage;
      buffered = buffered.slice(newline + 1);
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'error') throw new ApiError(message.error);
      else return message.value as ApiResult<K>;
    }
    if (done) throw new ApiError(codedError('internal', 'api-connection-closed', { call: name }).toPayload());
  }
}

function parsedPayload(text: string): ErrorPayload | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isErrorPayload(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The coded error of a refused call's body, when the body is one; undefined for a plain-text answer (401, 404 page). */
function refusal(text: string): ErrorPayload | undefined {
  try {
    const message = fromWireJson(text.trim()) as WireMessage;
    return message && message.type === 'error' ? message.error : undefined;
  } catch {
    return undefined;
  }
}

/** True when the app runs inside the Electron window. */
export const isDesktop = () => typeof window !== 'undefined' && Boolean(window.kelisim);

/**
 * Browser mode: a file an export wrote, fetched from the server's download route with the session token (it is
 * streamed there, not sent as one API answer), as an object URL for a download link. Revoke it when done.
 */
export async function exportDownloadUrl(file: string): Promise<string> {
  const response = await fetch(`/download?file=${encodeURIComponent(file)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(
      parsedPayload(text) ?? { kind: response.status === 404 ? 'not-found' : 'internal', message: text || response.statusText },
    );
  }
  return URL.createObjectURL(await response.blob());
}
