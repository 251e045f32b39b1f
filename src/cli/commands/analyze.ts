import type { Command, OptionSpec, ParsedArgs } from '../command';
import { flag, requiredString, stringOption } from '../command';
import { includeDemoOption } from '../session';
import { answerFromDatabase, dbOption, jsonOption } from '../session';
import { badInput } from '../../common/errors';
import type { AnalysisOptions, AnalysisSubset } from '../../api/spec';
import type { Session } from '../../app/session';
import {
  breakdownText, correlationText, crosstabText, distanceText, frequenciesText, meansText, reliabilityText,
} from './analyze-text';

/** What every analysis takes: the database and form, which responses, weights, labels. */
const analysisOptions: Record<string, OptionSpec> = {
  ...dbOption,
  form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
  filter: { type: 'string', valueName: 'EXPR', description: "only responses for which this expression is true, e.g. \"${age} >= 30\"" },
  weight: { type: 'string', valueName: 'VAR', description: 'a numeric question holding frequency weights (zero, negative or blank: left out)' },
  status: { type: 'string', valueName: 'S', description: 'final (default), draft or all' },
  version: { type: 'string', valueName: 'V', multiple: true, description: 'only responses of this form version (repeatable)' },
  interviewer: { type: 'string', valueName: 'NAME', multiple: true, description: 'only responses of this interviewer (repeatable)' },
  from: { type: 'string', valueName: 'DATE', description: 'only interviews started on or after this date (YYYY-MM-DD)' },
  to: { type: 'string', valueName: 'DATE', description: 'only interviews started on or before this date (YYYY-MM-DD)' },
  language: { type: 'string', valueName: 'CODE', description: "labels in this language of the form (default: the form's default)" },
  'min-items': { type: 'string', valueName: 'N', description: 'answered items a scale score needs (default: all but one)' },
  ...includeDemoOption,
  ...jsonOption,
};

function optionsOf(args: ParsedArgs): AnalysisOptions {
  const status = stringOption(args, 'status');
  if (status !== undefined && status !== 'final' && status !== 'draft' && status !== 'all') {
    throw badInput(`--status must be final, draft or all, not "${status}"`);
  }
  const minItems = stringOption(args, 'min-items');
  if (minItems !== undefined && !/^\d+$/.test(minItems)) throw badInput(`--min-items must be a whole number, not "${minItems}"`);
  const list = (name: string) => args.options[name] as string[] | undefined;
  const subset: AnalysisSubset = {
    ...(status ? { status } : {}),
    ...(list('version') ? { versions: list('version') } : {}),
    ...(list('interviewer') ? { interviewers: list('interviewer') } : {}),
    ...(stringOption(args, 'from') ? { from: stringOption(args, 'from') } : {}),
    ...(stringOption(args, 'to') ? { to: stringOption(args, 'to') } : {}),
    ...(stringOption(args, 'filter') ? { filter: stringOption(args, 'filter') } : {}),
    ...(flag(args, 'include-demo') ? { includeDemo: true } : {}),
  };
  return {
    formId: requiredString(args, 'form'),
    ...subset,
    ...(stringOption(args, 'weight') ? { weight: stringOption(args, 'weight') } : {}),
    ...(stringOption(args, 'language') ? { language: stringOption(args, 'language') } : {}),
    ...(minItems !== undefined ? { minimumValidItems: Number(minItems) } : {}),
  };
}

/** "A,B , C" → ["A", "B", "C"]. */
function nameList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  if (!names.length) throw badInput('the list of names is empty');
  return names;
}

/** One `kelisim analyze X` command: parse, call the handler, print JSON or a text table. */
function analysisCommand<T>(spec: {
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  details?: string;
  call: (session: Session, options: AnalysisOptions, args: ParsedArgs) => Promise<T>;
  text: (result: T) => string;
}): Command {
  return {
    name: `analyze ${spec.name}`,
    summary: spec.summary,
    options: { ...spec.options, ...analysisOptions },
    ...(spec.details ? { details: spec.details } : {}),
    async run(args, io) {
      const options = optionsOf(args);
      await answerFromDatabase(args, io, (session) => spec.call(session, options, args), (result) => io.stdout(spec.text(result)));
    },
  };
}

const variable = (description: string): OptionSpec => ({ type: 'string', valueName: 'VAR', required: true, description });

export const analyzeFrequenciesCommand = analysisCommand({
  name: 'frequencies',
  summary: 'count, percent, valid and cumulative percent of one variable (missing codes and blanks shown apart)',
  options: {
    var: variable('the question (or scale) to count'),
    bins: { type: 'string', valueName: 'N', description: 'count a number in about N bins (numbers with more than 20 values always are)' },
  },
  call: (session, options, args) => {
    const bins = stringOption(args, 'bins');
    if (bins !== undefined && !/^[1-9]\d*$/.test(bins)) throw badInput(`--bins must be a positive whole number, not "${bins}"`);
    return session.handlers['analysis.frequencies']({ ...options, variable: requiredString(args, 'var'), ...(bins ? { bins: Number(bins) } : {}) }, () => {});
  },
  text: frequenciesText,
});

export const analyzeCrosstabCommand = analysisCommand({
  name: 'crosstab',
  summary: "crosstab of two variables: counts, percents, expected, residuals, Pearson/LR chi-square, Cramér's V; Yates, Fisher, odds ratio (2×2); gamma, tau-b (ordered)",
  options: {
    row: variable('the row variable (e.g. an item)'),
    col: variable('the column variable (e.g. region)'),
    ordinal: { type: 'boolean', description: 'declare both variables ordered (their codes are ascending numbers) for gamma and tau-b; numbers and scale items count as ordered without it' },
  },
  call: (session, options, args) => session.handlers['analysis.crosstab']({
    ...options, row: requiredString(args, 'row'), col: requiredString(args, 'col'), ...(args.options.ordinal ? { ordinal: true } : {}),
  }, () => {}),
  text: crosstabText,
});

export const analyzeBreakdownCommand = analysisCommand({
  name: 'breakdown',
  summary: 'every select_one item of the form crossed with one variable (e.g. region), with statistics',
  options: {
    by: variable('the variable to break down by (e.g. region)'),
    items: { type: 'string', valueName: 'A,B,C', description: 'only these items (default: every select_one question)' },
  },
  call: (session, options, args) => {
    const items = nameList(stringOption(args, 'items'));
    return session.handlers['analysis.breakdown']({ ...options, by: requiredString(args, 'by'), ...(items ? { items } : {}) }, () => {});
  },
  text: breakdownText,
});

export const analyzeMeansCommand = analysisCommand({
  name: 'means',
  summary: 'means of a number, Likert item or scale by group, with ANOVA (η², ω²), Welch, Levene, Kruskal–Wallis, Tukey HSD and Games–Howell',
  options: { var: variable('the number, Likert item or scale name'), by: variable('the grouping variable (e.g. region)') },
  call: (session, options, args) =>
    session.handlers['analysis.means']({ ...options, variable: requiredString(args, 'var'), by: requiredString(args, 'by') }, () => {}),
  text: meansText,
});

export const analyzeReliabilityCommand = analysisCommand({
  name: 'reliability',
  summary: "Cronbach's alpha of a scale, alpha if an item is deleted, corrected item–total correlation",
  options: {
    items: { type: 'string', valueName: 'A,B,C', description: 'the items of the scale' },
    scale: { type: 'string', valueName: 'NAME', description: "a scale of the form (its `scale` column)" },
  },
  details: 'Give either --items or --scale. Items marked reverse in the form are reverse-coded first.',
  call: (session, options, args) => {
    const items = nameList(stringOption(args, 'items'));
    const scale = stringOption(args, 'scale');
    return session.handlers['analysis.reliability']({ ...options, ...(items ? { items } : {}), ...(scale ? { scale } : {}) }, () => {});
  },
  text: reliabilityText,
});

export const analyzeDistanceCommand = analysisCommand({
  name: 'distance',
  summary: 'Bogardus social distance per target group: mean step and share accepting each step, by group',
  options: {
    by: { type: 'string', valueName: 'G', description: 'the grouping variable (e.g. region); overall only when absent' },
    items: { type: 'string', valueName: 'A,B,C', description: 'the social-distance questions (default: the scale social_distance)' },
    scale: { type: 'string', valueName: 'NAME', description: 'the scale holding the social-distance questions' },
  },
  call: (session, options, args) => {
    const items = nameList(stringOption(args, 'items'));
    const by = stringOption(args, 'by');
    const scale = stringOption(args, 'scale');
    return session.handlers['analysis.distance']({ ...options, ...(by ? { by } : {}), ...(items ? { items } : {}), ...(scale ? { scale } : {}) }, () => {});
  },
  text: distanceText,
});

export const analyzeCorrelateCommand = analysisCommand({
  name: 'correlate',
  summary: 'Pearson and Spearman correlation matrices of numbers, Likert items or scales, with n and p per pair',
  options: { vars: { type: 'string', valueName: 'A,B,C', required: true, description: 'two to 30 numbers, Likert items or scale names' } },
  details: 'Each pair uses the responses that answered both (pairwise deletion); p is two-sided, as R\'s cor.test.',
  call: (session, options, args) =>
    session.handlers['analysis.correlate']({ ...options, variables: nameList(requiredString(args, 'vars'))! }, () => {}),
  text: correlationText,
});

export const analyzeCommands: readonly Command[] = [
  analyzeFrequenciesCommand,
  analyzeCrosstabCommand,
  analyzeBreakdownCommand,
  analyzeMeansCommand,
  analyzeCorrelateCommand,
  analyzeReliabilityCommand,
  analyzeDistanceCommand,
];
