import { makePrivateFolder } from '../../io/private-files';
import { exportedFile } from '../../io/export-folder';
import path from 'node:path';
import type { Command, CliIo, ParsedArgs } from '../command';
import { flag, stringOption } from '../command';
import { checkInBackground, openSession, type Session } from '../../app/session';
import { findRunningInstance, removeInstanceRecord, writeInstanceRecord } from '../../app/instance';
import { openInBrowser, shouldOpenBrowser } from '../../app/browser';
import { defaultDatabasePath, userDataFolder } from '../../app/paths';
import { ensureInterfaceBuilt } from '../../app/build';
import { startServer, type RunningServer } from '../../server/server';
import { codedError, localizedMessage } from '../../common/errors';
import { offerStudyStartOnFirstRun } from '../../demo/first-run';
import { desktopHost } from '../../server/desktop-host';

/** --db, --port and --no-open: `serve` and `start` (which falls back to browser mode) take the same. */
export const browserModeOptions = {
  db: { type: 'string', valueName: 'FILE', description: 'database file (default: kelisim.db in the user-data folder)' },
  port: { type: 'string', valueName: 'N', description: 'port on 127.0.0.1 (default: a free one)' },
  'no-open': { type: 'boolean', description: 'do not open the page in the default browser (also KELISIM_NO_OPEN=1)' },
} as const;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the app in browser mode: a local server on 127.0.0.1 with a per-run token',
  options: browserModeOptions,
  details: [
    'Opens the page in the default browser and prints its URL, which carries the token every API call needs.',
    'A second `kelisim serve` on the same database opens the running one instead of starting another. Ctrl+C stops it.',
  ].join('\n'),
  async run(args, io) {
    await serveUntilStopped(args, io);
  },
};

/**
 * Serves the database until SIGINT/SIGTERM, then closes everything; or, when a server already serves this database,
 * opens that one and returns.
 */
export async function serveUntilStopped(args: ParsedArgs, io: CliIo, preface?: string): Promise<void> {
  const port = parsePort(stringOption(args, 'port'));
  const openPage = shouldOpenBrowser(flag(args, 'no-open'));
  const chosen = stringOption(args, 'db');
  const databasePath = chosen ? path.resolve(chosen) : defaultDatabasePath();
  if (preface) io.stdout(`${preface}\n`);

  const running = await findRunningInstance(databasePath);
  if (running) {
    io.stdout(`Kelisim already serves ${databasePath} (process ${running.pid})\nOpen: ${running.url}\n`);
    if (openPage) await openInBrowser(running.url);
    return;
  }

  const rendererDir = ensureInterfaceBuilt((line) => io.stdout(`${line}\n`));
  const session = await openAppSession(chosen ? databasePath : undefined);
  let server: RunningServer;
  try {
    server = await startServer({
      handlers: session.handlers,
      rendererDir,
      port,
      exportedFile: (file) => exportedFile(session.context.databasePath, file),
    });
  } catch (error) {
    session.close();
    throw error;
  }
  writeInstanceRecord({
    pid: process.pid,
    port: server.port,
    token: server.token,
    url: server.url,
    database: databasePath,
    startedAt: new Date().toISOString(),
  });
  io.stdout(`Kelisim (browser mode) on ${databasePath}\nOpen: ${server.url}\nCtrl+C stops it.\n`);
  if (openPage && !(await openInBrowser(server.url))) io.stdout('(No browser could be opened here: open the address above yourself.)\n');
  checkInBackground(session, (status) => {
    io.stderr(
      `kelisim serve: ${localizedMessage(codedError('bad-input', 'database-damaged', { file: databasePath, detail: status.problems.slice(0, 3).join('; ') }), io.language ?? 'en')}\n`,
    );
  });

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  removeInstanceRecord(databasePath);
  await server.close();
  session.close();
  io.stdout('Kelisim stopped.\n');
}

/**
 * The database the app opens: --db as given, or the default one in the user-data folder, which is
 * seeded with the demo study when this run creates it.
 */
export async function openAppSession(databasePath: string | undefined): Promise<Session> {
  if (databasePath) return openSession({ databasePath: path.resolve(databasePath), transport: 'browser', host: desktopHost });
  makePrivateFolder(userDataFolder());
  return openSession({
    databasePath: defaultDatabasePath(),
    transport: 'browser',
    host: desktopHost,
    onCreated: offerStudyStartOnFirstRun,
  });
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw codedError('bad-input', 'cli-port', { value: text });
  return port;
}
