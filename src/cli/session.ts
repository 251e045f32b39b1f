import { openSession, type Session } from '../app/session';
import { flag, printJson, requiredString, type CliIo, type ParsedArgs } from './command';

/** The --db option every data command takes. */
export const dbOption = {
  db: { type: 'string', valueName: 'FILE', required: true, description: 'the Kelisim database file' },
} as const;

/** Practice (demo) responses are never field data: analyses and exports take them only when asked. */
export const includeDemoOption = {
  'include-demo': { type: 'boolean', description: 'count practice (demo) responses too (default: field data only)' },
} as const;

export const jsonOption = {
  json: { type: 'boolean', description: 'print one JSON document on stdout' },
} as const;

/** Opens the --db database for one command and closes it afterwards, whatever happens. */
export async function withSession<T>(args: ParsedArgs, work: (session: Session) => Promise<T>, create = true): Promise<T> {
  const session = await openSession({ databasePath: requiredString(args, 'db'), transport: 'cli', create });
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

/**
 * One call on an existing --db database, answered the CLI's way: the result as one JSON document
 * with --json, otherwise as the text `printText` writes.
 */
export async function answerFromDatabase<T>(
  args: ParsedArgs,
  io: CliIo,
  call: (session: Session) => Promise<T>,
  printText: (result: T) => void,
): Promise<void> {
  await withSession(
    args,
    async (session) => {
      const result = await call(session);
      if (flag(args, 'json')) printJson(io, result);
      else printText(result);
    },
    false,
  );
}
