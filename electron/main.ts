/**
 * The Electron main process: one window, locked down, talking to the core over one IPC channel.
 * Everything the app does lives in src/; this file only hosts it.
 */
import { app, BrowserWindow, dialog, ipcMain, session as electronSession, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkInBackground, openSession, type Session } from '../src/app/session';
import { defaultDatabasePath } from '../src/app/paths';
import { codedError } from '../src/common/errors';
import { CONTENT_SECURITY_POLICY } from '../src/common/security';
import { offerStudyStartOnFirstRun } from '../src/demo/first-run';
import { makePrivateFolder } from '../src/io/private-files';
import type { CallOutcome } from '../src/api/spec/bridge';
import { IPC_CALL, IPC_PROGRESS, permissionGranted, secureWebPreferences } from './security';
import { answerIpcCall } from './ipc-calls';
import { nativeDialogs } from './native-dialogs';
import { FileHandles } from '../src/desktop/file-handles';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;

// better-sqlite3 is a native module compiled per ABI: electron-builder rebuilds it for Electron when it packages
// the app (see README, "Building the installers"); Node's build in node_modules serves the CLI and the tests.

const PACKAGE_EXTENSION = '.kelisim';

function databaseArgument(): string | undefined {
  const index = process.argv.indexOf('--db');
  return index !== -1 ? process.argv[index + 1] : undefined;
}

/** Package files named on a command line: how Windows and Linux hand over a double-clicked .kelisim file. */
function packageArguments(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((argument) => argument.toLowerCase().endsWith(PACKAGE_EXTENSION) && fs.existsSync(argument))
    .map((file) => path.resolve(file));
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  electronSession.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(
      permissionGranted(
        permission,
        details.requestingUrl || contents.getURL(),
        rendererIndexUrl,
        'mediaTypes' in details ? (details.mediaTypes ?? []) : [],
      ),
    ),
  );
  electronSession.defaultSession.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    permissionGranted(
      permission,
      contents?.getURL() ?? details.requestingUrl ?? requestingOrigin,
      rendererIndexUrl,
      details.mediaType ? [details.mediaType] : [],
    ),
  );
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function serveApi(session: Session): void {
  ipcMain.handle(IPC_CALL, async (event, callId: number, name: string, args: unknown): Promise<CallOutcome> => {
    return answerIpcCall(session.handlers, event.senderFrame, rendererIndexUrl, { name, args }, (progress) =>
      event.sender.send(IPC_PROGRESS, callId, progress),
    );
  });
}

/** Files the system asked us to open; the merge screen takes them from the core (app.openedFiles). */
const openedFiles: string[] = packageArguments(process.argv);
let showOpenedFiles: (() => void) | undefined;

function receiveOpenedFiles(files: readonly string[]): void {
  if (!files.length) return;
  openedFiles.push(...files);
  showOpenedFiles?.();
}

async function main(): Promise<void> {
  // One window per user: a second launch (another double-clicked package) hands its files to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv) => receiveOpenedFiles(packageArguments(argv)));
  // macOS sends a double-clicked file as an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (file.toLowerCase().endsWith(PACKAGE_EXTENSION)) receiveOpenedFiles([file]);
  });
  await app.whenReady();
  lockDownContents();
  const chosenDatabase = databaseArgument();
  // Electron makes userData readable by everyone (0755); the database, its backups and exports live there.
  if (!chosenDatabase) makePrivateFolder(app.getPath('userData'));
  // The window the native dialogs are modal to; made once the session is open.
  const shown: { window?: BrowserWindow } = {};
  const session = await openSession({
    databasePath: chosenDatabase ?? defaultDatabasePath(app.getPath('userData')),
    transport: 'electron',
    host: {
      showInFolder: async (file) => {
        shell.showItemInFolder(file);
        return true;
      },
      // The page asks for a dialog and gets handles back; only this process puts paths behind them.
      dialogs: nativeDialogs({
        dialog,
        handles: new FileHandles(),
        parent: () => shown.window,
        saveFolder: () => app.getPath('documents'),
      }),
    },
    // Only the default database is seeded: a file named on the command line is the user's own.
    onCreated: chosenDatabase ? undefined : offerStudyStartOnFirstRun,
  });
  // The core holds the opened files; the page only ever asks for them.
  session.context.openedFiles = openedFiles;
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
  shown.window = window;
  window.removeMenu();
  const startScreen = () => (openedFiles.length ? { hash: '/merge' } : {});
  await window.loadFile(rendererIndex, startScreen());
  showOpenedFiles = () => {
    if (window.isMinimized()) window.restore();
    window.focus();
    void window.loadFile(rendererIndex, startScreen());
  };
  // The Settings screen shows the outcome; the log keeps it for whoever reads it.
  checkInBackground(session, (status) => {
    console.error(
      `Kelisim: ${codedError('bad-input', 'database-damaged', { file: session.context.databasePath, detail: status.problems.slice(0, 3).join('; ') }).message}`,
    );
  });

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
}

main().catch((error: unknown) => {
  console.error(`Kelisim could not start: ${(error as Error).message}`);
  app.exit(1);
});
