import type { Command } from '../command';
import { benchCommands as exchangeBenchCommands } from './bench';
import { benchInterviewCommand } from './bench-interview';
import { benchAnalysisCommand } from './bench-analysis';
import { benchQualityCommand } from './bench-quality';
import { benchDesignCommand } from './bench-design';
import { benchStartupCommand } from './bench-startup';
import { benchTypeaheadCommand } from './bench-typeahead';

/** Every benchmark; `kelisim bench` (and `npm run bench`) runs them one after the other with their defaults. */
export const allBenchCommands: readonly Command[] = [
  ...exchangeBenchCommands,
  benchInterviewCommand,
  benchTypeaheadCommand,
  benchAnalysisCommand,
  benchDesignCommand,
  benchQualityCommand,
  benchStartupCommand,
];

export const benchAllCommand: Command = {
  name: 'bench',
  summary: `run every benchmark (${allBenchCommands.map((command) => command.name.replace('bench ', '')).join(', ')}) with its defaults`,
  options: {},
  async run(_args, io) {
    for (const bench of allBenchCommands) {
      io.stdout(`\n== kelisim ${bench.name} ==\n`);
      const code = await bench.run({ options: {}, positionals: [] }, io);
      if (code) return code;
    }
  },
};
