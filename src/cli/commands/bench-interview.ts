import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { runInterviewBenchmark } from '../../bench/collect/run';

/** `kelisim bench interview`: how fast the interview screens answer on a 300-question form. */
export const benchInterviewCommand: Command = {
  name: 'bench interview',
  summary: 'time, on a 300-question form, from an answer to the next question shown (target: under 50 ms)',
  options: {
    'no-browser': { type: 'boolean', description: 'measure the form engine and the saves only, without Chromium' },
    chromium: { type: 'string', valueName: 'PATH', description: "the Chromium to drive (default: /usr/bin/chromium, else Playwright's)" },
    ...jsonOption,
  },
  details: 'The browser measure needs the built interface ("npm run build"). It prints the median and the 95th percentile.',
  async run(args, io) {
    const json = flag(args, 'json');
    const figures = await runInterviewBenchmark({
      browser: !flag(args, 'no-browser'),
      executablePath: stringOption(args, 'chromium'),
      log: json ? undefined : (line) => io.stdout(`${line}\n`),
    });
    if (json) printJson(io, figures);
  },
};
