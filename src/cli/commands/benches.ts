import type { Command } from '../command';
import { benchAnalysisCommand } from './bench-analysis';

/** Every benchmark; `kelisim bench` (and `npm run bench`) runs them one after the other. */
export const benchCommands: readonly Command[] = [benchAnalysisCommand];

export const benchAllCommand: Command = {
  name: 'bench',
  summary: `run every benchmark (${benchCommands.map((command) => command.name).join(', ')}) with its defaults`,
  options: {},
  async run(_args, io) {
    for (const bench of benchCommands) {
      const code = await bench.run({ options: {}, positionals: [] }, io);
      if (code) return code;
    }
  },
};
