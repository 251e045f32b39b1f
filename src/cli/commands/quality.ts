import type { Command, ParsedArgs } from '../command';
import { requiredString, stringOption } from '../command';
import { answerFromDatabase, dbOption, includeDemoOption, jsonOption } from '../session';
import { codedError } from '../../common/errors';
import type { QualityReport, QualityRequest } from '../../api/spec';
import { textTable } from '../text-table';

const THRESHOLD_FLAGS = {
  'speeding-share': 'speedingShareOfMedian',
  'grid-items': 'straightliningMinItems',
  'near-duplicate-share': 'nearDuplicateShare',
  'near-duplicate-min-answered': 'nearDuplicateMinAnswered',
  'nonresponse-share': 'nonresponseShare',
  'outlier-iqr': 'outlierIqr',
  'question-min-seconds': 'questionMinSeconds',
  'rushed-question-share': 'rushedQuestionShare',
} as const;

export const qualityCommand: Command = {
  name: 'quality',
  summary: 'high-frequency checks: speeding, straight-lining, duplicates, non-response, outliers, interviewer effects',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
    from: { type: 'string', valueName: 'DATE', description: 'only interviews started on or after this date (YYYY-MM-DD)' },
    to: { type: 'string', valueName: 'DATE', description: 'only interviews started on or before this date (YYYY-MM-DD)' },
    interviewer: { type: 'string', valueName: 'NAME', multiple: true, description: 'only this interviewer (repeatable)' },
    items: {
      type: 'string',
      valueName: 'A,B,…',
      description: 'items or scales for interviewer effects (default: every Likert item and scale)',
    },
    range: {
      type: 'string',
      valueName: 'Q=MIN..MAX',
      multiple: true,
      description: 'plausible range of a number question, e.g. age=18..100 (repeatable)',
    },
    'speeding-share': { type: 'string', valueName: 'X', description: 'speeding below this share of the median duration (default 0.333)' },
    'grid-items': { type: 'string', valueName: 'N', description: 'grids of at least N items are checked for straight-lining (default 5)' },
    'near-duplicate-share': { type: 'string', valueName: 'X', description: 'near-duplicates share at least this much (default 0.95)' },
    'near-duplicate-min-answered': {
      type: 'string',
      valueName: 'N',
      description: 'near-duplicates need N answered questions (default 10)',
    },
    'nonresponse-share': {
      type: 'string',
      valueName: 'X',
      description: "flag responses with this share of don't know/refused (default 0.3)",
    },
    'outlier-iqr': { type: 'string', valueName: 'K', description: 'outliers beyond K × IQR from the quartiles (default 3)' },
    'question-min-seconds': {
      type: 'string',
      valueName: 'S',
      description: 'from the event log: an answered question on screen under S seconds was rushed (default 2)',
    },
    'rushed-question-share': {
      type: 'string',
      valueName: 'X',
      description: 'speeding when this share of the timed questions was rushed (default 0.2)',
    },
    language: { type: 'string', valueName: 'CODE', description: "labels in this language of the form (default: the form's default)" },
    ...includeDemoOption,
    ...jsonOption,
  },
  async run(args, io) {
    const request = requestOf(args);
    await answerFromDatabase(
      args,
      io,
      (session) => session.handlers['quality.run'](request, () => {}),
      (report) => io.stdout(qualityText(report)),
    );
  },
};

function requestOf(args: ParsedArgs): QualityRequest {
  const request: QualityRequest = {
    formId: requiredString(args, 'form'),
    ...(args.options['include-demo'] === true ? { includeDemo: true } : {}),
  };
  for (const key of ['from', 'to', 'language'] as const) {
    const value = stringOption(args, key);
    if (value !== undefined) request[key] = value;
  }
  const interviewers = args.options.interviewer as string[] | undefined;
  if (interviewers) request.interviewers = interviewers;
  const items = stringOption(args, 'items');
  if (items !== undefined)
    request.items = items
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (const [flagName, key] of Object.entries(THRESHOLD_FLAGS)) {
    const text = stringOption(args, flagName);
    if (text === undefined) continue;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(value))
      throw codedError('bad-input', 'cli-option-number', { option: `--${flagName}`, value: text });
    request[key] = value;
  }
  for (const range of (args.options.range as string[] | undefined) ?? []) {
    const match = /^([A-Za-z_][\w.-]*)=(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)$/.exec(range.trim());
    if (!match || Number(match[2]) > Number(match[3])) throw codedError('bad-input', 'cli-quality-range', { value: range });
    (request.ranges ??= {})[match[1]] = [Number(match[2]), Number(match[3])];
  }
  return request;
}

const fixed = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));

function qualityText(report: QualityReport): string {
  const lines: string[] = [`${report.checked} finalized interviews checked; ${report.responses.length} flagged.\n`];
  if (report.interviewers.length) {
    lines.push(
      textTable(
        [
          { heading: 'interviewer' },
          { heading: 'n', align: 'right' },
          { heading: 'median min', align: 'right' },
          { heading: 'speeding', align: 'right' },
          { heading: 'straight', align: 'right' },
          { heading: 'dup', align: 'right' },
          { heading: 'near-dup', align: 'right' },
          { heading: 'DK/RF %', align: 'right' },
          { heading: 'z', align: 'right' },
          { heading: 'χ² share', align: 'right' },
          { heading: 'most distinct item' },
        ],
        report.interviewers.map((row) => [
          row.interviewer || '–',
          String(row.n),
          fixed(row.medianMinutes, 1),
          String(row.flags.speeding),
          String(row.flags.straightlining),
          String(row.flags.duplicate),
          String(row.flags['near-duplicate']),
          (100 * row.nonresponseShare).toFixed(1),
          fixed(row.nonresponseZ, 1),
          row.chiSquareContribution.toFixed(1),
          row.mostDistinctItem ?? '–',
        ]),
      ),
    );
  }
  if (report.items.length) {
    lines.push(
      textTable(
        [
          { heading: 'item' },
          { heading: 'ρ_int', align: 'right' },
          { heading: 'deff', align: 'right' },
          { heading: 'interviewers', align: 'right' },
          { heading: 'n', align: 'right' },
        ],
        report.items.map((item) => [
          item.var,
          fixed(item.rhoInterviewer, 3),
          fixed(item.deffInterviewer, 2),
          String(item.interviewers),
          String(item.n),
        ]),
      ),
    );
  }
  for (const response of report.responses) {
    const flags = response.flags.map((flag) => flag.check).join(', ');
    lines.push(`${response.uuid}  ${response.interviewer || '–'}  ${flags}${response.review ? `  [${response.review.verdict}]` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export const qualityReviewCommand: Command = {
  name: 'quality review',
  summary: 'mark a flagged response "checked, keep" or "reject" (kept, left out of analysis), or clear the mark',
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the response' },
    keep: { type: 'boolean', description: 'checked: keep it in the analysis' },
    reject: { type: 'boolean', description: 'keep it in the database, leave it out of analysis (needs --reason)' },
    clear: { type: 'boolean', description: 'remove the mark' },
    reason: { type: 'string', valueName: 'TEXT', description: 'why (required with --reject)' },
    ...jsonOption,
  },
  async run(args, io) {
    const chosen = (['keep', 'reject', 'clear'] as const).filter((name) => args.options[name] === true);
    if (chosen.length !== 1) throw codedError('bad-input', 'cli-quality-verdict-one', {});
    const verdict = chosen[0] === 'clear' ? null : chosen[0];
    const reason = stringOption(args, 'reason');
    await answerFromDatabase(
      args,
      io,
      (session) =>
        session.handlers['quality.review'](
          { uuid: requiredString(args, 'uuid'), verdict, ...(reason !== undefined ? { reason } : {}) },
          () => {},
        ),
      (result) => io.stdout(result.verdict ? `${result.uuid}: ${result.verdict}\n` : `${result.uuid}: mark cleared\n`),
    );
  },
};
