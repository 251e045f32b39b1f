import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { badInput } from '../../common/errors';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'add the bundled tolerance survey and N synthetic finalized responses (reproducible by seed)',
  options: {
    ...dbOption,
    responses: { type: 'string', valueName: 'N', description: 'how many responses (default 1000)' },
    seed: { type: 'string', valueName: 'S', description: 'random seed (default 1); the same seed gives the same responses' },
    ...jsonOption,
  },
  async run(args, io) {
    const responses = wholeNumber(stringOption(args, 'responses') ?? '1000', '--responses');
    const seed = wholeNumber(stringOption(args, 'seed') ?? '1', '--seed');
    await withSession(args, async (session) => {
      const result = await session.handlers['demo.seed']({ responses, seed }, () => {});
      if (flag(args, 'json')) return printJson(io, result);
      io.stdout(`${result.formId} version ${result.version}: added ${result.added} responses` +
        (result.skipped ? ` (${result.skipped} of this seed were already there)` : '') + '\n');
    });
  },
};

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw badInput(`${option} must be a whole number, not "${text}"`);
  return Number(text);
}
