import fs from 'node:fs';
import type { ApiContext, HostServices } from '../api/context';
import { headlessHost } from '../api/context';
import { createHandlers } from '../api/handlers';
import { checkDatabaseInThread } from '../api/handlers/app';
import type { AppInfo, Handlers, IntegrityStatus } from '../api/spec';
import path from 'node:path';
import { openDatabase, type Db } from '../store/database';
import { exportFolder } from '../io/export-folder';
import { removeLeftoverPartials } from '../io/private-files';
import { PACKAGE_FOLDER } from '../collect/send';
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
  const busyTimeoutMs = busyTimeoutFromEnvironment();
  const db = openDatabase(options.databasePath, {
    create: options.create ?? true,
    nativeBinding: options.nativeBinding,
    ...(busyTimeoutMs !== undefined ? { busyTimeoutMs } : {}),
  });
  deviceId(db); // fixed at first open, before any response can need it
  if (options.databasePath !== ':memory:') removeLeftoversOf(options.databasePath);
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

/**
 * A killed export or backup leaves its hidden `.partial` file, full of answers, beside the database, in the export
 * folder or the packages folder: removed at the next start (see private-files.ts).
 */
function removeLeftoversOf(databasePath: string): void {
  const folder = path.dirname(path.resolve(databasePath));
  removeLeftoverPartials([folder, exportFolder(databasePath), path.join(folder, PACKAGE_FOLDER)]);
}

/**
 * KELISIM_BUSY_TIMEOUT (seconds) shortens or lengthens how long a write waits for another program's write
 * (default 60 s, see BUSY_TIMEOUT_MS); unset or not a number: the default.
 */
function busyTimeoutFromEnvironment(): number | undefined {
  const seconds = Number(process.env.KELISIM_BUSY_TIMEOUT);
  return process.env.KELISIM_BUSY_TIMEOUT && Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}

function fileHasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/**
 * The whole-file check the app runs once it is up (opening checks only the header and the schema, so a large database
 * opens at once). It runs a moment after start, in a thread of its own with a read-only connection: about 0.8 s per
 * million responses during which the server and IPC keep answering (before, the main thread stopped for that long).
 * The outcome shows in app.info (Settings).
 */
export function checkInBackground(session: Session, onDamaged: (status: IntegrityStatus) => void, delayMs = 2000): void {
  const timer = setTimeout(() => {
    if (!session.db.open) return;
    void checkDatabaseInThread(session.context).then((status) => {
      if (status.state === 'damaged') onDamaged(status);
    });
  }, delayMs);
  timer.unref();
}
