import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { codedError } from '../../common/errors';
import { runExchangeBenchmark } from '../../bench/exchange';
import { runReportBenchmark } from '../../bench/report';

/** `kelisim bench AREA`: performance figures measured on this machine, one subcommand per area. */
export const benchExchangeCommand: Command = {
  name: 'bench exchange',
  summary: 'time merging field packages: 50 laptops × 2,000 interviews into one database, then re-importing them',
  options: {
    packages: { type: 'string', valueName: 'N', description: 'how many laptop packages (default 50)' },
    responses: { type: 'string', valueName: 'N', description: 'interviews per package (default 2000)' },
    keep: { type: 'string', valueName: 'DIR', description: 'build in this folder and keep the packages and the database' },
    ...jsonOption,
  },
  async run(args, io) {
    const json = flag(args, 'json');
    const figures = await runExchangeBenchmark({
      packages: positiveInteger(args.options.packages, 'packages'),
      responsesPerPackage: positiveInteger(args.options.responses, 'responses'),
      folder: stringOption(args, 'keep'),
      log: json ? undefined : (line) => io.stdout(`${line}\n`),
    });
    if (json) printJson(io, figures);
  },
};

export const benchReportCommand: Command = {
  name: 'bench report',
  summary: 'time the Excel, CSV and SPSS exports of 100,000 responses × 100 questions: rows/s and peak memory',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'how many responses (default 100000)' },
    keep: { type: 'string', valueName: 'DIR', description: 'build in this folder and keep the database and the exports' },
    ...jsonOption,
  },
  async run(args, io) {
    const json = flag(args, 'json');
    const responses = positiveInteger(args.options.responses, 'responses');
    const folder = stringOption(args, 'keep');
    const figures = await runReportBenchmark({
      ...(responses !== undefined ? { responses } : {}),
      ...(folder !== undefined ? { folder } : {}),
      ...(json ? {} : { log: (line: string) => io.stdout(`${line}\n`) }),
    });
    if (json) printJson(io, figures);
  },
};

export const benchCommands: readonly Command[] = [benchExchangeCommand, benchReportCommand];

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw codedError('bad-input', 'cli-option-whole-number-from', { option: `--${name}`, minimum: 1, value: String(value) });
  return number;
}
