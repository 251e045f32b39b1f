/**
 * The Electron main process: one window, locked down, talking to the core over one IPC channel.
 * Everything the app does lives in src/; this file only hosts it.
 */
import { app, BrowserWindow, ipcMain, session as electronSession, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openSession, type Session } from '../src/app/session';
import { defaultDatabasePath } from '../src/app/paths';
import { isApiName } from '../src/api/handlers';
import { toErrorPayload } from '../src/common/errors';
import { CONTENT_SECURITY_POLICY } from '../src/common/security';
import { offerStudyStartOnFirstRun } from '../src/demo/first-run';
import type { CallOutcome } from '../src/api/bridge';
import { IPC_CALL, IPC_PROGRESS, isAppPage, secureWebPreferences } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;

/**
 * better-sqlite3 is a native module compiled per ABI: Node's build serves the CLI and tests, and
 * Electron needs its own, built by `npm run native:electron` into out/native (see README).
 */
function electronSqliteBinding(): string | undefined {
  const candidate = path.join(here, '..', 'native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function databaseArgument(): string | undefined {
  const index = process.argv.indexOf('--db');
  return index !== -1 ? process.argv[index + 1] : undefined;
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  electronSession.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function serveApi(session: Session): void {
  ipcMain.handle(IPC_CALL, async (event, callId: number, name: string, args: unknown): Promise<CallOutcome> => {
    if (!event.senderFrame || !isAppPage(event.senderFrame.url, rendererIndexUrl)) {
      return { ok: false, error: { kind: 'bad-input', message: 'calls are accepted from the Kelisim window only' } };
    }
    if (!isApiName(session.handlers, name)) return { ok: false, error: { kind: 'not-found', message: `unknown API call "${name}"` } };
    try {
      const handler = session.handlers[name] as (a: unknown, p: (progress: unknown) => void) => Promise<unknown>;
      const value = await handler(args ?? {}, (progress) => event.sender.send(IPC_PROGRESS, callId, progress));
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  });
}

async function main(): Promise<void> {
  await app.whenReady();
  lockDownContents();
  const chosenDatabase = databaseArgument();
  const session = await openSession({
    databasePath: chosenDatabase ?? defaultDatabasePath(app.getPath('userData')),
    transport: 'electron',
    nativeBinding: electronSqliteBinding(),
    host: {
      showInFolder: async (file) => {
        shell.showItemInFolder(file);
        return true;
      },
    },
    // Only the default database is seeded: a file named on the command line is the user's own.
    onCreated: chosenDatabase ? undefined : offerStudyStartOnFirstRun,
  });
  serveApi(session);

  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'Kelisim',
    backgroundColor: '#f7f7f4',
    webPreferences: secureWebPreferences(path.join(here, '..', 'preload', 'preload.cjs')),
  });
  window.removeMenu();
  await window.loadFile(rendererIndex);

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
}

main().catch((error: unknown) => {
  console.error(`Kelisim could not start: ${(error as Error).message}`);
  app.exit(1);
});
