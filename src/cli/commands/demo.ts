import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';
import { parsePlant } from '../../demo/anomalies';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'add the bundled tolerance survey and N synthetic responses marked as practice data (reproducible by seed)',
  options: {
    ...dbOption,
    responses: { type: 'string', valueName: 'N', description: 'how many responses (default 1000)' },
    seed: { type: 'string', valueName: 'S', description: 'random seed (default 1); the same seed gives the same responses' },
    plant: {
      type: 'string',
      valueName: 'KIND=X,…',
      multiple: true,
      description:
        'plant problems for the quality checks: speeding, straightlining, duplicates, near-duplicates as shares 0–1 ' +
        '(e.g. speeding=0.05,duplicates=0.01), fabricator=NAME for a demo interviewer who invents interviews (repeatable)',
    },
    ...jsonOption,
  },
  details:
    'Practice responses are never field data: packages never carry them, and analyses and exports leave them out unless given --include-demo. ' +
    '"kelisim demo remove" deletes them all. Planted responses keep their seed\'s ids, so plant into a fresh database ' +
    'or with a new --seed (responses of a seed already there are skipped).',
  async run(args, io) {
    const responses = wholeNumber(stringOption(args, 'responses') ?? '1000', '--responses');
    const seed = wholeNumber(stringOption(args, 'seed') ?? '1', '--seed');
    const plant = args.options.plant as string[] | undefined;
    const anomalies = plant ? parsePlant(plant) : undefined;
    await withSession(args, async (session) => {
      const result = await session.handlers['demo.seed']({ responses, seed, ...(anomalies ? { anomalies } : {}) }, () => {});
      if (flag(args, 'json')) return printJson(io, result);
      io.stdout(
        `${result.formId} version ${result.version}: added ${result.added} practice responses` +
          (result.skipped ? ` (${result.skipped} of this seed were already there)` : '') +
          '\n',
      );
    });
  },
};

export const demoRemoveCommand: Command = {
  name: 'demo remove',
  summary: 'delete every practice (demo) response in one step; field responses and forms stay',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const result = await session.handlers['demo.remove']({}, () => {});
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(`Removed ${result.removed} practice responses\n`);
      },
      false,
    );
  },
};

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw codedError('bad-input', 'cli-option-whole-number', { option, value: text });
  return Number(text);
}
