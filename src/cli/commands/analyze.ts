import type { Command, OptionSpec, ParsedArgs } from '../command';
import { flag, requiredString, stringOption } from '../command';
import { includeDemoOption } from '../session';
import { answerFromDatabase, dbOption, jsonOption } from '../session';
import { codedError } from '../../common/errors';
import type { AnalysisOptions, AnalysisSubset } from '../../api/spec';
import type { Session } from '../../app/session';
import {
  breakdownText,
  correlationText,
  crosstabText,
  designText,
  distanceText,
  estimateText,
  frequenciesText,
  meansText,
  regionMapText,
  reliabilityText,
} from './analyze-text';
import { checkWritableTarget, writeFileAtomically } from '../../io/files';
import { statText } from '../text-table';

/** What every analysis takes: the database and form, which responses, weights, labels. */
const analysisOptions: Record<string, OptionSpec> = {
  ...dbOption,
  form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
  filter: { type: 'string', valueName: 'EXPR', description: 'only responses for which this expression is true, e.g. "${age} >= 30"' },
  weight: {
    type: 'string',
    valueName: 'VAR',
    description: 'a numeric question holding frequency weights (zero, negative or blank: left out)',
  },
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

/** The sample design of the design-based commands (estimate, crosstab, breakdown). */
export const designOptions: Record<string, OptionSpec> = {
  strata: { type: 'string', valueName: 'VAR', description: 'sample design: the stratum of each respondent (e.g. region)' },
  cluster: {
    type: 'string',
    valueName: 'VAR',
    description: 'sample design: the primary sampling unit (e.g. settlement), within its stratum',
  },
  fpc: {
    type: 'string',
    valueName: 'VAR',
    description: 'sample design: finite population correction (>1 population size of the stratum, ≤1 sampling fraction)',
  },
  'weight-kind': { type: 'string', valueName: 'KIND', description: 'frequency (default without strata, cluster or fpc) or sampling' },
  'ignore-design': { type: 'boolean', description: "analyse without the form's stored design (kelisim design set)" },
};

const DESIGN_FLAGS = ['strata', 'cluster', 'fpc', 'weight-kind', 'weight'] as const;

/**
 * Design flags given on the command line replace the form's stored design; without any, the stored design applies
 * (unless --ignore-design).
 */
export async function withDesign<T extends AnalysisOptions>(session: Session, options: T, args: ParsedArgs): Promise<T> {
  const kind = stringOption(args, 'weight-kind');
  if (kind !== undefined && kind !== 'frequency' && kind !== 'sampling')
    throw codedError('bad-input', 'cli-option-one-of', { option: '--weight-kind', choices: 'frequency,sampling', value: kind });
  if (DESIGN_FLAGS.some((name) => stringOption(args, name) !== undefined)) {
    return {
      ...options,
      ...(stringOption(args, 'strata') ? { strata: stringOption(args, 'strata') } : {}),
      ...(stringOption(args, 'cluster') ? { cluster: stringOption(args, 'cluster') } : {}),
      ...(stringOption(args, 'fpc') ? { fpc: stringOption(args, 'fpc') } : {}),
      ...(kind ? { weightKind: kind } : {}),
    };
  }
  if (flag(args, 'ignore-design')) return options;
  const stored = await session.handlers['analysis.storedDesign']({ formId: options.formId }, () => {});
  return stored ? { ...options, ...stored } : options;
}

function optionsOf(args: ParsedArgs): AnalysisOptions {
  const status = stringOption(args, 'status');
  if (status !== undefined && status !== 'final' && status !== 'draft' && status !== 'all') {
    throw codedError('bad-input', 'cli-option-one-of', { option: '--status', choices: 'final,draft,all', value: status });
  }
  const minItems = stringOption(args, 'min-items');
  if (minItems !== undefined && !/^\d+$/.test(minItems))
    throw codedError('bad-input', 'cli-option-whole-number', { option: '--min-items', value: minItems });
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
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.length) throw codedError('bad-input', 'cli-name-list-empty', {});
  return names;
}

/** One `kelisim analyze X` command: parse, call the handler, print JSON or a text table. */
function analysisCommand<T>(spec: {
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  details?: string;
  /** Takes a sample design (flags or the form's stored design). */
  design?: boolean;
  call: (session: Session, options: AnalysisOptions, args: ParsedArgs) => Promise<T>;
  text: (result: T) => string;
}): Command {
  return {
    name: `analyze ${spec.name}`,
    summary: spec.summary,
    options: { ...spec.options, ...analysisOptions, ...(spec.design ? designOptions : {}) },
    ...(spec.details ? { details: spec.details } : {}),
    async run(args, io) {
      const options = optionsOf(args);
      await answerFromDatabase(
        args,
        io,
        async (session) => spec.call(session, spec.design ? await withDesign(session, options, args) : options, args),
        (result) => io.stdout(spec.text(result)),
      );
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
    if (bins !== undefined && !/^[1-9]\d*$/.test(bins))
      throw codedError('bad-input', 'cli-option-positive-whole-number', { option: '--bins', value: bins });
    return session.handlers['analysis.frequencies'](
      { ...options, variable: requiredString(args, 'var'), ...(bins ? { bins: Number(bins) } : {}) },
      () => {},
    );
  },
  text: frequenciesText,
});

export const analyzeCrosstabCommand = analysisCommand({
  name: 'crosstab',
  summary:
    "crosstab of two variables: counts, percents, expected, residuals, Pearson/LR chi-square, Cramér's V; Yates, Fisher, odds ratio (2×2); gamma, tau-b (ordered)",
  options: {
    row: variable('the row variable (e.g. an item)'),
    col: variable('the column variable (e.g. region)'),
    ordinal: {
      type: 'boolean',
      description:
        'declare both variables ordered (their codes are ascending numbers) for gamma and tau-b; numbers and scale items count as ordered without it',
    },
  },
  design: true,
  details:
    "With a sample design (--strata, --cluster, --fpc, --weight-kind sampling, or the form's stored design) the JSON adds " +
    '"raoScott" (R\'s svychisq(statistic = "F")), "colPercentCi" and "design".',
  call: (session, options, args) =>
    session.handlers['analysis.crosstab'](
      {
        ...options,
        row: requiredString(args, 'row'),
        col: requiredString(args, 'col'),
        ...(args.options.ordinal ? { ordinal: true } : {}),
      },
      () => {},
    ),
  text: crosstabText,
});

export const analyzeBreakdownCommand = analysisCommand({
  name: 'breakdown',
  summary: 'every select_one item of the form crossed with one variable (e.g. region), with statistics',
  options: {
    by: variable('the variable to break down by (e.g. region)'),
    items: { type: 'string', valueName: 'A,B,C', description: 'only these items (default: every select_one question)' },
  },
  design: true,
  call: (session, options, args) => {
    const items = nameList(stringOption(args, 'items'));
    return session.handlers['analysis.breakdown']({ ...options, by: requiredString(args, 'by'), ...(items ? { items } : {}) }, () => {});
  },
  text: breakdownText,
});

export const analyzeMeansCommand = analysisCommand({
  name: 'means',
  summary:
    'means of a number, Likert item or scale by group, with ANOVA (η², ω²), Welch, Levene, Kruskal–Wallis, Tukey HSD and Games–Howell',
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
    scale: { type: 'string', valueName: 'NAME', description: 'a scale of the form (its `scale` column)' },
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
    return session.handlers['analysis.distance'](
      { ...options, ...(by ? { by } : {}), ...(items ? { items } : {}), ...(scale ? { scale } : {}) },
      () => {},
    );
  },
  text: distanceText,
});

export const analyzeCorrelateCommand = analysisCommand({
  name: 'correlate',
  summary: 'Pearson and Spearman correlation matrices of numbers, Likert items or scales, with n and p per pair',
  options: { vars: { type: 'string', valueName: 'A,B,C', required: true, description: 'two to 30 numbers, Likert items or scale names' } },
  details: "Each pair uses the responses that answered both (pairwise deletion); p is two-sided, as R's cor.test.",
  call: (session, options, args) =>
    session.handlers['analysis.correlate']({ ...options, variables: nameList(requiredString(args, 'vars'))! }, () => {}),
  text: correlationText,
});

export const analyzeEstimateCommand = analysisCommand({
  name: 'estimate',
  summary: "design-based mean or category shares with SE, confidence interval and design effect, overall and by group (R's survey)",
  options: {
    var: variable('a number, Likert item or scale (mean), or a select_one (shares of its categories)'),
    by: { type: 'string', valueName: 'G', description: 'also estimate within each group of this variable (e.g. region)' },
    level: { type: 'string', valueName: 'L', description: 'confidence level (default 0.95)' },
    statistic: {
      type: 'string',
      valueName: 'S',
      description: 'mean or proportion (default: proportion for a select_one whose choices are not numbers)',
    },
  },
  design: true,
  details:
    'Always design-based: without --strata/--cluster/--fpc (and no stored design) the sample is taken as simple random and ' +
    '--weight is a sampling weight. Mean CI: estimate ± t(df)·SE; share CI: logit interval (svyciprop(method = "logit")); ' +
    'deff as svymean(deff = TRUE); df = PSUs − strata.',
  call: (session, options, args) => {
    const level = stringOption(args, 'level');
    if (level !== undefined && !/^(0?\.\d+)$/.test(level)) throw codedError('bad-input', 'cli-confidence-level', { value: level });
    const statistic = stringOption(args, 'statistic');
    if (statistic !== undefined && statistic !== 'mean' && statistic !== 'proportion')
      throw codedError('bad-input', 'cli-option-one-of', { option: '--statistic', choices: 'mean,proportion', value: statistic });
    const by = stringOption(args, 'by');
    return session.handlers['analysis.estimate'](
      {
        ...options,
        variable: requiredString(args, 'var'),
        ...(by ? { by } : {}),
        ...(level ? { level: Number(level) } : {}),
        ...(statistic ? { statistic } : {}),
      },
      () => {},
    );
  },
  text: estimateText,
});

export const analyzeDesignCommand = analysisCommand({
  name: 'design',
  summary: 'the sample design as the analyses read it (strata, PSUs, weights, df) and its mean design effect',
  options: {},
  design: true,
  details:
    'The design effect is the mean, over the shares of every select_one item (but the strata and cluster ' +
    'variables), of svymean(deff = "replace"): how many times the design widens the variance against a simple random ' +
    'sample of the same size. The analysis screen shows the same line.',
  call: (session, options) => session.handlers['analysis.designSummary'](options, () => {}),
  text: ({ design, designEffect }) =>
    `${designText(design)}Mean design effect of the shares: ${designEffect === null ? '—' : statText(designEffect, 2)}\n`,
});

/** "abai_obl=abai, nur_sultan=astana" → { abai_obl: 'abai', nur_sultan: 'astana' }. */
function regionMapping(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const mapping: Record<string, string> = {};
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*([a-z_]+)$/.exec(pair);
    if (!match) throw codedError('bad-input', 'cli-regions-pair', { value: pair });
    mapping[match[1]] = match[2];
  }
  return mapping;
}

export const analyzeMapCommand = analysisCommand({
  name: 'map',
  summary: "a tile-grid map of Kazakhstan's 20 regions coloured by the share agreeing, a mean or the social distance, as SVG or PNG",
  options: {
    by: variable('the variable whose choices are the regions (e.g. region)'),
    var: variable('the item (agree), number or scale (mean), or social-distance question or scale (distance)'),
    indicator: {
      type: 'string',
      valueName: 'I',
      description:
        'agree (share in the upper half of an ordered item), mean or distance (default: agree for a select_one, distance for a social-distance question, mean otherwise)',
    },
    'region-map': {
      type: 'string',
      valueName: 'F.csv',
      description:
        'which region each choice of --by stands for, for this map only: a table with the columns choice, region (as "regions set" reads it)',
    },
    regions: {
      type: 'string',
      valueName: 'C=R,…',
      description: 'map single choice codes to region ids (e.g. "nur_sultan=astana"); over --region-map and the confirmed mapping',
    },
    out: { type: 'string', valueName: 'FILE', description: 'write the map as an .svg or .png picture (labels in --language)' },
    scale: { type: 'string', valueName: 'N', description: 'PNG pixels per map unit, 0.5–8 (default 2: about 1340 px wide)' },
    font: {
      type: 'string',
      valueName: 'F.ttf',
      multiple: true,
      description: 'a font file to draw the PNG with, where the system has no font with Cyrillic letters (repeatable)',
    },
  },
  details:
    'The choices of --by are matched to the regions by code or label in kk, ru or en. A list that does not name them ' +
    'plainly (former names, transliterations, a pre-2022 list) is mapped only after the lead confirms a mapping ' +
    '("kelisim regions show|set"), or with --region-map; choices on no region are listed, not drawn. Region ids: abai, ' +
    'akmola, aktobe, almaty_reg, atyrau, east_kz, zhambyl, zhetisu, west_kz, karaganda, kostanay, kyzylorda, mangystau, ' +
    "pavlodar, north_kz, turkistan, ulytau, astana, almaty_city, shymkent. The PNG is drawn by resvg with the system's " +
    'fonts (or --font), the same picture as the SVG.',
  call: async (session, options, args) => {
    const out = stringOption(args, 'out');
    const format = out === undefined ? undefined : /\.svg$/i.test(out) ? 'svg' : /\.png$/i.test(out) ? 'png' : undefined;
    if (out !== undefined) {
      if (!format) throw codedError('bad-input', 'map-out-format', { file: out });
      checkWritableTarget(out);
    }
    const scaleText = stringOption(args, 'scale');
    const scale = scaleText === undefined ? undefined : Number(scaleText.replace(',', '.'));
    if (scale !== undefined && !(Number.isFinite(scale) && scale >= 0.5 && scale <= 8))
      throw codedError('bad-input', 'map-png-scale', { scale: scaleText ?? '' });
    const indicator = stringOption(args, 'indicator');
    if (indicator !== undefined && indicator !== 'agree' && indicator !== 'mean' && indicator !== 'distance') {
      throw codedError('bad-input', 'cli-option-one-of', { option: '--indicator', choices: 'agree,mean,distance', value: indicator });
    }
    const by = requiredString(args, 'by');
    const variableName = requiredString(args, 'var');
    const chosen = indicator ?? (await defaultIndicator(session, options, variableName));
    const mapFile = stringOption(args, 'region-map');
    const fromFile =
      mapFile === undefined
        ? undefined
        : (await session.handlers['regions.readMapping']({ formId: options.formId, question: by, file: { path: mapFile } }, () => {}))
            .regions;
    const pairs = regionMapping(stringOption(args, 'regions'));
    const regions = fromFile || pairs ? { ...fromFile, ...pairs } : undefined;
    const fonts = args.options.font as string[] | undefined;
    const result = await session.handlers['analysis.regionMap'](
      {
        ...options,
        by,
        variable: variableName,
        indicator: chosen,
        ...(regions ? { regions } : {}),
        ...(format === 'svg' ? { svg: true } : {}),
        ...(format === 'png' ? { png: { ...(scale !== undefined ? { scale } : {}), ...(fonts?.length ? { fontFiles: fonts } : {}) } } : {}),
      },
      () => {},
    );
    const { svg, png, ...rest } = result;
    if (out === undefined) return rest;
    const bytes = format === 'png' && png ? png.bytes : new TextEncoder().encode(svg ?? '');
    await writeFileAtomically(out, bytes);
    return { ...rest, written: out, ...(png ? { picture: { width: png.width, height: png.height, bytes: png.bytes.length } } : {}) };
  },
  text: regionMapText,
});

/** A select_one is mapped as its share agreeing, a question of the social-distance scale as a distance, the rest as a mean. */
async function defaultIndicator(session: Session, options: AnalysisOptions, name: string): Promise<'agree' | 'mean' | 'distance'> {
  const variables = await session.handlers['analysis.variables'](
    { formId: options.formId, ...(options.language ? { language: options.language } : {}) },
    () => {},
  );
  const entry = variables.find((v) => v.name === name);
  if (entry?.scale === 'social_distance' || (entry?.kind === 'scale' && entry.name === 'social_distance')) return 'distance';
  return entry?.kind === 'single' ? 'agree' : 'mean';
}

export const analyzeCommands: readonly Command[] = [
  analyzeFrequenciesCommand,
  analyzeCrosstabCommand,
  analyzeBreakdownCommand,
  analyzeMeansCommand,
  analyzeCorrelateCommand,
  analyzeReliabilityCommand,
  analyzeDistanceCommand,
  analyzeEstimateCommand,
  analyzeDesignCommand,
  analyzeMapCommand,
];
