import fs from 'node:fs';
import type { ApiContext, HostServices } from '../api/context';
import { headlessHost } from '../api/context';
import { createHandlers } from '../api/handlers';
import type { AppInfo, Handlers } from '../api/spec';
import { openDatabase, type Db } from '../store/database';
import { deviceId, installationKey } from '../store/installation';
import { APP_VERSION } from './version';

export interface Session {
  db: Db;
  context: ApiContext;
  handlers: Handlers;
  /** True when this open created the database file. */
  created: boolean;
  close(): void;
}

export interface SessionOptions {
  databasePath: string;
  transport: AppInfo['transport'];
  /** Create the database when missing (default true). */
  create?: boolean;
  host?: HostServices;
  nativeBinding?: string;
  /** Runs once when the database was just created (the desktop app seeds the demo study). */
  onCreated?: (session: Session) => void | Promise<void>;
}

/** Opens the database and builds the handler map over it: the start of every front end. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const existed = options.databasePath === ':memory:' ? false : fileHasContent(options.databasePath);
  const db = openDatabase(options.databasePath, { create: options.create ?? true, nativeBinding: options.nativeBinding });
  deviceId(db); // fixed at first open, before any response can need it
  installationKey(db); // the key that signs this installation's packages, made with the database
  const context: ApiContext = {
    db,
    databasePath: options.databasePath,
    appVersion: APP_VERSION,
    transport: options.transport,
    host: options.host ?? headlessHost,
  };
  const session: Session = {
    db,
    context,
    handlers: createHandlers(context),
    created: !existed,
    close: () => db.close(),
  };
  if (session.created && options.onCreated) {
    try {
      await options.onCreated(session);
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return session;
}

function fileHasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}
