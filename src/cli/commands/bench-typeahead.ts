import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { runTypeaheadBenchmark } from '../../bench/collect/typeahead';
import { codedError } from '../../common/errors';

/** `kelisim bench typeahead`: searching a 10,000-row CSV choice list as an interviewer types. */
export const benchTypeaheadCommand: Command = {
  name: 'bench typeahead',
  summary: 'time per keystroke of the type-ahead over a 10,000-row CSV choice list (target: under 50 ms)',
  options: {
    choices: { type: 'string', valueName: 'N', description: 'how many choices (default 10000)' },
    ...jsonOption,
  },
  async run(args, io) {
    const text = stringOption(args, 'choices');
    const choices = text === undefined ? undefined : Number(text);
    if (choices !== undefined && !(Number.isInteger(choices) && choices > 0))
      throw codedError('bad-input', 'cli-option-positive-whole-number', { option: '--choices', value: text ?? '' });
    const json = flag(args, 'json');
    const figures = runTypeaheadBenchmark({ choices, log: json ? undefined : (line) => io.stdout(`${line}\n`) });
    if (json) printJson(io, figures);
  },
};
