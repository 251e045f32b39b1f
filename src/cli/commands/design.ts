/** `kelisim design set|show|clear`: the sample design a form's analyses use unless told otherwise. */
import type { Command } from '../command';
import { requiredString, stringOption } from '../command';
import { answerFromDatabase, dbOption, jsonOption } from '../session';
import { codedError } from '../../common/errors';
import type { StoredDesign } from '../../api/spec';
import { storedDesignText } from './analyze-text';

const formOption = { form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' } } as const;

export const designSetCommand: Command = {
  name: 'design set',
  summary: "store a form's sample design (strata, clusters, weight, fpc); analyze estimate, crosstab, breakdown and report use it",
  options: {
    ...dbOption,
    ...formOption,
    strata: { type: 'string', valueName: 'VAR', description: 'the stratum of each respondent (e.g. region)' },
    cluster: { type: 'string', valueName: 'VAR', description: 'the primary sampling unit (e.g. settlement), within its stratum' },
    weight: { type: 'string', valueName: 'VAR', description: 'the sampling weight' },
    fpc: {
      type: 'string',
      valueName: 'VAR',
      description: 'finite population correction (>1 population size of the stratum, ≤1 sampling fraction)',
    },
    'weight-kind': {
      type: 'string',
      valueName: 'KIND',
      description: 'sampling: the weight is a sampling weight even without strata, cluster or fpc',
    },
    ...jsonOption,
  },
  details: 'Replaces the stored design as a whole. Design flags on an analyze command override it for that run; --ignore-design skips it.',
  async run(args, io) {
    const kind = stringOption(args, 'weight-kind');
    if (kind !== undefined && kind !== 'frequency' && kind !== 'sampling')
      throw codedError('bad-input', 'cli-option-one-of', { option: '--weight-kind', choices: 'frequency,sampling', value: kind });
    const design: StoredDesign = {
      ...(stringOption(args, 'strata') ? { strata: stringOption(args, 'strata') } : {}),
      ...(stringOption(args, 'cluster') ? { cluster: stringOption(args, 'cluster') } : {}),
      ...(stringOption(args, 'weight') ? { weight: stringOption(args, 'weight') } : {}),
      ...(stringOption(args, 'fpc') ? { fpc: stringOption(args, 'fpc') } : {}),
      ...(kind === 'sampling' ? { weightKind: 'sampling' as const } : {}),
    };
    if (!Object.keys(design).length) throw codedError('bad-input', 'cli-design-empty', {});
    await answerFromDatabase(
      args,
      io,
      (session) => session.handlers['analysis.storeDesign']({ formId: requiredString(args, 'form'), design }, () => {}),
      (stored) => io.stdout(`Stored the design of ${requiredString(args, 'form')}:\n${storedDesignText(stored)}`),
    );
  },
};

export const designShowCommand: Command = {
  name: 'design show',
  summary: "show a form's stored sample design",
  options: { ...dbOption, ...formOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      (session) => session.handlers['analysis.storedDesign']({ formId: requiredString(args, 'form') }, () => {}),
      (stored) => io.stdout(storedDesignText(stored)),
    );
  },
};

export const designClearCommand: Command = {
  name: 'design clear',
  summary: "forget a form's stored sample design",
  options: { ...dbOption, ...formOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      (session) => session.handlers['analysis.clearDesign']({ formId: requiredString(args, 'form') }, () => {}),
      () =>
        io.stdout(`The design of ${requiredString(args, 'form')} is cleared: analyses treat the responses as a simple random sample.\n`),
    );
  },
};

export const designCommands: readonly Command[] = [designSetCommand, designShowCommand, designClearCommand];
