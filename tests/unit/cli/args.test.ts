import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';
import type { CommandHeader } from '../../../src/cli/command';

/** A declaration with one of each kind of option, like `kelisim quality` or `kelisim form attach`. */
const command: CommandHeader = {
  name: 'demo run',
  summary: 'a command to parse against',
  options: {
    db: { type: 'string', valueName: 'FILE', required: true, description: 'the database' },
    filter: { type: 'string', valueName: 'EXPR', description: 'an expression' },
    interviewer: { type: 'string', valueName: 'NAME', multiple: true, description: 'repeatable' },
    json: { type: 'boolean', description: 'JSON output' },
  },
  positionals: [
    { name: 'FORM', description: 'the form id', required: true },
    { name: 'LIMIT', description: 'a number' },
  ],
};

function refusal(argv: string[]): { code?: string; params?: unknown; message: string } {
  try {
    parseArgs(command, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const { code, params, message } = error as UsageError;
    return { code, params, message };
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('the command line parser', () => {
  it('reads options in either spelling, repeated ones in order, and the arguments', () => {
    expect(
      parseArgs(command, ['--db', 'a.db', 'tolerance', '--interviewer=Aida', '--json', '--interviewer', 'Marat', '--filter=${age} > 30']),
    ).toEqual({
      options: { db: 'a.db', interviewer: ['Aida', 'Marat'], json: true, filter: '${age} > 30' },
      positionals: ['tolerance'],
    });
  });

  it('keeps negative numbers, a lone dash and everything after -- as arguments', () => {
    expect(parseArgs(command, ['--db', 'a.db', 'tolerance', '-12']).positionals).toEqual(['tolerance', '-12']);
    expect(parseArgs(command, ['--db', 'a.db', '--', '--json', '-x']).options).toEqual({ db: 'a.db' });
    expect(parseArgs(command, ['--db', 'a.db', '-', '-0.5']).positionals).toEqual(['-', '-0.5']);
    expect(parseArgs(command, ['--db', '-', '--filter', '-1', 'f']).options).toEqual({ db: '-', filter: '-1' });
  });

  it('refuses an unknown option, long or short, naming the command', () => {
    expect(refusal(['--db', 'a.db', 'f', '--colour=red'])).toEqual({
      code: 'cli-option-unknown',
      params: { option: '--colour', command: 'demo run' },
      message: 'unknown option --colour for "kelisim demo run"',
    });
    expect(refusal(['--db', 'a.db', 'f', '-xv']).message).toBe('unknown option -xv for "kelisim demo run"');
    expect(refusal(['--db', 'a.db', 'f', '--constructor']).code).toBe('cli-option-unknown');
  });

  it('refuses an option without its value, a flag with one, and a single option given twice', () => {
    expect(refusal(['f', '--db'])).toMatchObject({ code: 'cli-option-needs-value', message: 'option --db needs a value (FILE)' });
    expect(refusal(['f', '--db', '--json']).code).toBe('cli-option-needs-value');
    expect(refusal(['f', '--db='])).toMatchObject({ code: 'cli-option-needs-value' });
    expect(refusal(['f', '--db', 'a', '--json=yes'])).toMatchObject({
      code: 'cli-option-takes-no-value',
      message: 'option --json takes no value',
    });
    expect(refusal(['f', '--db', 'a', '--db', 'b'])).toMatchObject({ code: 'cli-option-twice', message: 'option --db is given twice' });
  });

  it('refuses a missing option or argument and one argument too many', () => {
    expect(refusal(['f'])).toMatchObject({ code: 'cli-option-missing', message: 'missing option --db FILE' });
    expect(refusal(['--db', 'a.db'])).toMatchObject({ code: 'cli-argument-missing', message: 'missing FORM (the form id)' });
    expect(refusal(['--db', 'a.db', 'f', '10', 'extra'])).toMatchObject({
      code: 'cli-argument-unexpected',
      message: 'unexpected argument "extra" for "kelisim demo run"',
    });
  });
});
