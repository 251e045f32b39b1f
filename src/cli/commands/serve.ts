import { makePrivateFolder } from '../../io/private-files';
import type { Command, CliIo, ParsedArgs } from '../command';
import { stringOption } from '../command';
import { openSession, type Session } from '../../app/session';
import { defaultDatabasePath, userDataFolder } from '../../app/paths';
import { ensureInterfaceBuilt } from '../../app/build';
import { startServer } from '../../server/server';
import { badInput } from '../../common/errors';
import { offerStudyStartOnFirstRun } from '../../demo/first-run';
import { desktopHost } from '../../server/desktop-host';

/** --db and --port: `serve` and `start` (which falls back to browser mode) take the same. */
export const browserModeOptions = {
  db: { type: 'string', valueName: 'FILE', description: 'database file (default: kelisim.db in the user-data folder)' },
  port: { type: 'string', valueName: 'N', description: 'port on 127.0.0.1 (default: a free one)' },
} as const;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the app in browser mode: a local server on 127.0.0.1 with a per-run token',
  options: browserModeOptions,
  details: 'Prints the URL to open; it carries the token every API call needs. Ctrl+C stops the server.',
  async run(args, io) {
    await serveUntilStopped(args, io);
  },
};

/** Opens the database, serves it until SIGINT/SIGTERM, then closes everything. */
export async function serveUntilStopped(args: ParsedArgs, io: CliIo, preface?: string): Promise<void> {
  const port = parsePort(stringOption(args, 'port'));
  const rendererDir = ensureInterfaceBuilt((line) => io.stdout(`${line}\n`));
  const session = await openAppSession(stringOption(args, 'db'));
  const server = await startServer({ handlers: session.handlers, rendererDir, port });
  if (preface) io.stdout(`${preface}\n`);
  io.stdout(`Kelisim (browser mode) on ${session.context.databasePath}\nOpen: ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  session.close();
}

/**
 * The database the app opens: --db as given, or the default one in the user-data folder, which is
 * seeded with the demo study when this run creates it.
 */
export async function openAppSession(databasePath: string | undefined): Promise<Session> {
  if (databasePath) return openSession({ databasePath, transport: 'browser', host: desktopHost });
  makePrivateFolder(userDataFolder());
  return openSession({ databasePath: defaultDatabasePath(), transport: 'browser', host: desktopHost, onCreated: offerStudyStartOnFirstRun });
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw badInput(`--port must be a whole number from 1 to 65535, not "${text}"`);
  return port;
}
