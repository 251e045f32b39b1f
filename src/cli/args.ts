import { parseArgs as parseTokens } from 'node:util';
import { KelisimError } from '../common/errors';
import type { MessageParams } from '../common/messages/catalog';
import { errorText } from '../common/messages/errors';
import type { cliErrors } from '../common/messages/errors/cli';
import type { CommandHeader, ParsedArgs } from './command';

type UsageCode = keyof typeof cliErrors;
type UsageParams<C extends UsageCode> = Parameters<(typeof cliErrors)[C]['en']>[0];

/** A command line that does not fit the command's declaration; the CLI answers it with the usage line (exit 2). */
export class UsageError extends KelisimError {
  constructor(code: UsageCode, params: MessageParams) {
    super('bad-input', errorText(code, params, 'en') ?? code, [], undefined, code, params);
  }
}

const usageError = <C extends UsageCode>(code: C, params: UsageParams<C>) => new UsageError(code, params);

/** "-5" and "-0.5" are numbers, not options: they stay arguments, as they always have. */
const NUMBER_LIKE = /^-\d/;

/**
 * Parses the arguments after the command words against the command's declaration, with node:util's parseArgs
 * splitting the line into tokens. Strict on purpose: a mistyped flag is an error, not something silently ignored.
 * parseArgs runs non-strict so every refusal below names the command and the option in the CLI's own coded words
 * (its own messages name neither), and so "-5" can stay an argument.
 */
export function parseArgs(command: CommandHeader, argv: readonly string[]): ParsedArgs {
  const config = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [name, { type: spec.type, multiple: spec.multiple === true }]),
  );
  const { tokens } = parseTokens({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  let lastNumberIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const raw = argv[token.index];
    if (!token.rawName.startsWith('--')) {
      // A short option, or a group of them ("-abc"): Kelisim declares none, but a negative number is an argument.
      if (!NUMBER_LIKE.test(raw)) throw usageError('cli-option-unknown', { option: raw, command: command.name });
      if (token.index !== lastNumberIndex) positionals.push(raw);
      lastNumberIndex = token.index;
      continue;
    }
    const { name } = token;
    const option = `--${name}`;
    const spec = Object.prototype.hasOwnProperty.call(command.options, name) ? command.options[name] : undefined;
    if (!spec) throw usageError('cli-option-unknown', { option, command: command.name });
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw usageError('cli-option-takes-no-value', { option });
      options[name] = true;
      continue;
    }
    // parseArgs takes the next word as the value whatever it is; an option ("--db --json") means the value is missing.
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
      throw usageError('cli-option-needs-value', { option, valueName: spec.valueName ?? 'VALUE' });
    }
    if (spec.multiple) {
      const previous = options[name];
      options[name] = [...(Array.isArray(previous) ? previous : []), value];
    } else {
      if (options[name] !== undefined) throw usageError('cli-option-twice', { option });
      options[name] = value;
    }
  }

  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && options[name] === undefined)
      throw usageError('cli-option-missing', { option: `--${name}`, valueName: spec.valueName ?? '' });
  }
  const declared = command.positionals ?? [];
  const variadic = declared.some((p) => p.variadic);
  const required = declared.filter((p) => p.required).length;
  if (positionals.length < required) {
    const missing = declared.filter((p) => p.required)[positionals.length];
    throw usageError('cli-argument-missing', { name: missing.name, description: missing.description });
  }
  if (!variadic && positionals.length > declared.length) {
    throw usageError('cli-argument-unexpected', { argument: positionals[declared.length], command: command.name });
  }
  return { options, positionals };
}

export function usageLine(command: CommandHeader): string {
  const parts = [`kelisim ${command.name}`];
  for (const [name, spec] of Object.entries(command.options)) {
    const text = spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.valueName ?? 'VALUE'}`;
    parts.push(spec.required ? text : `[${text}]`);
  }
  for (const positional of command.positionals ?? []) {
    const text = positional.variadic ? `${positional.name}...` : positional.name;
    parts.push(positional.required ? text : `[${text}]`);
  }
  return parts.join(' ');
}

export function commandHelp(command: CommandHeader): string {
  const lines = [`Usage: ${usageLine(command)}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  const rows: [string, string][] = [
    ...(command.positionals ?? []).map((p): [string, string] => [p.name, p.description]),
    ...Object.entries(command.options).map(([name, spec]): [string, string] => [
      spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.valueName ?? 'VALUE'}`,
      spec.description,
    ]),
    ['--help', 'show this help'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  lines.push('', ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`));
  return `${lines.join('\n')}\n`;
}
