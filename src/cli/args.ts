import { KelisimError } from '../common/errors';

/** A command line that does not fit the command's declaration; the CLI answers it with the usage line. */
export class UsageError extends KelisimError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

const usageError = (message: string) => new UsageError(message);
import type { CommandHeader, ParsedArgs } from './command';

/**
 * Parses the arguments after the command words against the command's declaration. Strict on
 * purpose: a mistyped flag is an error, not something silently ignored.
 */
export function parseArgs(command: CommandHeader, argv: readonly string[]): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('--') || token === '--') {
      if (token.startsWith('-') && token.length > 1 && !/^-\d/.test(token)) {
        throw usageError(`unknown option ${token} for "kelisim ${command.name}"`);
      }
      positionals.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const name = token.slice(2, equals === -1 ? undefined : equals);
    const spec = command.options[name];
    if (!spec) throw usageError(`unknown option --${name} for "kelisim ${command.name}"`);
    if (spec.type === 'boolean') {
      if (equals !== -1) throw usageError(`option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = token.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw usageError(`option --${name} needs a value (${spec.valueName ?? 'VALUE'})`);
    if (spec.multiple) {
      const previous = options[name];
      options[name] = [...(Array.isArray(previous) ? previous : []), value];
    } else {
      if (options[name] !== undefined) throw usageError(`option --${name} is given twice`);
      options[name] = value;
    }
  }

  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && options[name] === undefined) throw usageError(`missing option --${name} ${spec.valueName ?? ''}`.trimEnd());
  }
  const declared = command.positionals ?? [];
  const variadic = declared.some((p) => p.variadic);
  const required = declared.filter((p) => p.required).length;
  if (positionals.length < required) {
    const missing = declared.filter((p) => p.required)[positionals.length];
    throw usageError(`missing ${missing.name} (${missing.description})`);
  }
  if (!variadic && positionals.length > declared.length) {
    throw usageError(`unexpected argument "${positionals[declared.length]}" for "kelisim ${command.name}"`);
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
