import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { badInput } from '../../common/errors';
import { runReportBenchmark } from '../../report/bench';

/** `kelisim bench report` (to join the other `bench` subcommands in bench.ts once that lands on main). */
export const benchReportCommand: Command = {
  name: 'bench report',
  summary: 'time the Excel, CSV and SPSS exports of 100,000 responses × 100 questions and report rows/s and peak memory',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'how many responses (default 100000)' },
    keep: { type: 'string', valueName: 'DIR', description: 'build in this folder and keep the database and the exports' },
    ...jsonOption,
  },
  async run(args, io) {
    const json = flag(args, 'json');
    const text = stringOption(args, 'responses');
    if (text !== undefined && !/^[1-9]\d*$/.test(text)) throw badInput(`--responses must be a whole number from 1, not "${text}"`);
    const figures = await runReportBenchmark({
      ...(text !== undefined ? { responses: Number(text) } : {}),
      ...(stringOption(args, 'keep') !== undefined ? { folder: stringOption(args, 'keep') } : {}),
      ...(json ? {} : { log: (line: string) => io.stdout(`${line}\n`) }),
    });
    if (json) printJson(io, figures);
  },
};
