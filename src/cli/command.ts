/** How a `kelisim` command declares itself; main.ts parses, checks and dispatches. */
import type { Language } from '../common/messages/catalog';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  required?: boolean;
  /** Shown in usage, e.g. FILE, N. */
  valueName?: string;
  /** The option may be given several times (values collected in order). */
  multiple?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
  /** Takes every remaining positional argument. */
  variadic?: boolean;
}

export interface ParsedArgs {
  options: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The language of errors and problems; runCli sets it (cliLanguage) before a command runs. */
  language?: Language;
}

export interface Command {
  /** Words after `kelisim`, e.g. "form import". */
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  positionals?: PositionalSpec[];
  /** Extra lines printed under the usage by --help. */
  details?: string;
  /** Resolves to the exit code (0 when nothing is returned). */
  run(args: ParsedArgs, io: CliIo): Promise<number | void>;
}

/** What `kelisim --help` and the argument parser need of a command: everything but its code. */
export type CommandHeader = Omit<Command, 'run'>;

/**
 * The commands the CLI knows. The built CLI lists them from headers written at build time and loads a command's
 * module only when it runs (a fast --help); run from the sources, every module is loaded up front.
 */
export interface CommandCatalog {
  headers: readonly CommandHeader[];
  load(name: string): Promise<Command>;
}

/** A catalog over commands already loaded. */
export function loadedCatalog(commands: readonly Command[]): CommandCatalog {
  return {
    headers: commands,
    load: async (name) => {
      const command = commands.find((candidate) => candidate.name === name);
      if (!command) throw new Error(`no command "${name}"`);
      return command;
    },
  };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredString(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new Error(`option --${name} was declared required but is missing`);
  return value;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
