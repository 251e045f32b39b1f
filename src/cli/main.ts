import { localizedMessage, toErrorPayload } from '../common/errors';
import { localizedProblem } from '../common/messages/where';
import { APP_VERSION } from '../app/version';
import { commandHelp, parseArgs, usageLine, UsageError } from './args';
import { loadedCatalog, type CliIo, type CommandCatalog, type CommandHeader } from './command';
import { cliLanguage } from './language';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs one command line; resolves to the exit code. The built CLI (entry.ts) passes its lazy catalog; bin.mjs and
 * tests, running from the sources, get every command loaded.
 */
export async function runCli(argv: readonly string[], givenIo: CliIo = processIo, catalog?: CommandCatalog): Promise<number> {
  let io: CliIo;
  try {
    io = { ...givenIo, language: givenIo.language ?? cliLanguage(process.env) };
  } catch (error) {
    // Said in English, exit 2: the language asked for is what is wrong.
    givenIo.stderr(`kelisim: ${toErrorPayload(error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  catalog ??= loadedCatalog((await import('./commands')).commands);
  const commands = catalog.headers;
  if (argv.length === 0) {
    io.stderr(overview(commands));
    return EXIT_BAD_INPUT;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(overview(commands));
    return EXIT_OK;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return EXIT_OK;
  }

  const { command, rest } = findCommand(commands, argv);
  if (!command) {
    const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    const asksHelp = argv.includes('--help') || argv.includes('-h');
    if (group.length) {
      (asksHelp ? io.stdout : io.stderr)(groupHelp(argv[0], group));
      return asksHelp ? EXIT_OK : EXIT_BAD_INPUT;
    }
    io.stderr(
      `kelisim: unknown command "${argv
        .filter((a) => !a.startsWith('-'))
        .slice(0, 2)
        .join(' ')}"\n\n${overview(commands)}`,
    );
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }

  try {
    const args = parseArgs(command, rest);
    return (await (await catalog.load(command.name)).run(args, io)) ?? EXIT_OK;
  } catch (error) {
    return reportFailure(error, command, io);
  }
}

function reportFailure(error: unknown, command: CommandHeader, io: CliIo): number {
  const payload = toErrorPayload(error);
  const language = io.language ?? 'en';
  io.stderr(`kelisim ${command.name}: ${localizedMessage(payload, language)}\n`);
  for (const problem of payload.problems ?? []) io.stderr(`  ${localizedProblem(problem, language)}\n`);
  if (payload.kind === 'internal') {
    if (process.env.KELISIM_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
  if (error instanceof UsageError) {
    io.stderr(`usage: ${usageLine(command)}\n`);
  }
  return EXIT_BAD_INPUT;
}

/** The longest command name that the leading words spell. */
function findCommand(commands: readonly CommandHeader[], argv: readonly string[]): { command?: CommandHeader; rest: readonly string[] } {
  let best: CommandHeader | undefined;
  let bestWords = 0;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.length > bestWords && words.every((word, i) => argv[i] === word)) {
      best = command;
      bestWords = words.length;
    }
  }
  return { command: best, rest: argv.slice(bestWords) };
}

function overview(commands: readonly CommandHeader[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Kelisim — questionnaires, offline interviews, merging and statistics by region.',
    '',
    'Usage: kelisim COMMAND [options]   (kelisim COMMAND --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command: --json prints one JSON document on stdout; problems go to stderr;',
    'exit 0 success, 2 bad input, 1 internal failure.',
    '',
  ].join('\n');
}

function groupHelp(group: string, members: readonly CommandHeader[]): string {
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: kelisim ${group} SUBCOMMAND [options]`, '', ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ''].join(
    '\n',
  );
}
