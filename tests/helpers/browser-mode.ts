/**
 * A study served in browser mode for one test file: a session on a fresh database and the HTTP server over its
 * handlers, with a stub page standing in for the built renderer (these tests call the API, not the screens).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openSession, type Session } from '../../src/app/session';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server';
import type { Handlers } from '../../src/api/spec';
import type { ErrorPayload } from '../../src/common/errors';
import { tempFolder } from './temp';

export interface ServedStudy {
  readonly temp: ReturnType<typeof tempFolder>;
  /** Set in beforeAll. */
  readonly session: Session;
  /** Set in beforeAll. */
  readonly server: RunningServer;
  /** One more server over the same handlers and page (e.g. with another body limit), closed with the rest. */
  serveAgain(options: Partial<Omit<ServerOptions, 'handlers' | 'rendererDir'>>): Promise<RunningServer>;
}

export interface ServedStudyOptions {
  /** The database's file name in the temp folder. */
  database?: string;
  /** Fills the database before the session opens it (e.g. `kelisim demo`). */
  seed?: (databasePath: string) => Promise<void>;
  /** The handlers to serve, when not the session's own (e.g. with extra test calls). */
  handlers?: (session: Session) => Handlers;
}

/** Registers beforeAll/afterAll that open and serve the study, then close it and remove its folder. */
export function serveStudyInBrowserMode(options: ServedStudyOptions = {}): ServedStudy {
  const temp = tempFolder();
  const rendererDir = temp.file('renderer');
  const servers: RunningServer[] = [];
  let session: Session | undefined;
  let handlers: Handlers | undefined;
  const serve = async (extra: Partial<ServerOptions> = {}) => {
    const server = await startServer({ handlers: handlers!, rendererDir, ...extra });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kelisim</title>');
    const databasePath = temp.file(options.database ?? 'study.db');
    await options.seed?.(databasePath);
    session = await openSession({ databasePath, transport: 'browser' });
    handlers = options.handlers?.(session) ?? session.handlers;
    await serve();
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    session?.close();
    temp.cleanup();
  });

  return {
    temp,
    get session() {
      if (!session) throw new Error('the study is served from beforeAll on');
      return session;
    },
    get server() {
      if (!servers.length) throw new Error('the study is served from beforeAll on');
      return servers[0];
    },
    serveAgain: serve,
  };
}

/** An API call sent over HTTP as the page sends it (the token, JSON arguments): its status and last NDJSON message. */
export async function callOverHttp(
  server: RunningServer,
  name: string,
  args: unknown,
): Promise<{ status: number; last: { type: string; error?: ErrorPayload; value?: unknown } }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(args),
  });
  const lines = (await response.text()).trim().split('\n');
  return { status: response.status, last: JSON.parse(lines.at(-1)!) };
}
