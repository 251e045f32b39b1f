import type { Command } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { dbOption, includeDemoOption, jsonOption, withSession } from '../session';
import { designOptions, withDesign } from './analyze';
import type { ParsedArgs } from '../command';
import { codedError } from '../../common/errors';
import type { ReportLanguage } from '../../api/spec';
import { isReportLanguage } from '../../common/messages/workbook';

const formOption = {
  form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
} as const;

const headersOption = {
  headers: {
    type: 'string',
    valueName: 'names|paths',
    description: 'column headers: question names (default) or group paths as Kobo writes them ("household/age")',
  },
} as const;

/** `{headers}` from --headers names|paths; refused (exit 2) for anything else. */
function headersOf(args: ParsedArgs): { headers?: 'names' | 'paths' } {
  const headers = stringOption(args, 'headers');
  if (headers === undefined) return {};
  if (headers !== 'names' && headers !== 'paths')
    throw codedError('bad-input', 'cli-option-choice', { option: '--headers', value: headers, choices: 'names, paths' });
  return { headers };
}

const languageOption = {
  lang: { type: 'string', valueName: 'kk|ru|en', description: 'language of headings and labels (default: the interface language)' },
} as const;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write an Excel workbook: about, codebook, data, data with labels, and breakdowns by a question',
  options: {
    ...dbOption,
    ...formOption,
    by: { type: 'string', valueName: 'VAR', required: true, description: 'the single-choice question to break down by, e.g. region' },
    out: { type: 'string', valueName: 'FILE.xlsx', required: true, description: 'the workbook to write (its folder must exist)' },
    ...languageOption,
    weight: { type: 'string', valueName: 'W', description: 'a numeric question holding frequency weights' },
    filter: { type: 'string', valueName: 'EXPR', description: 'only responses where this expression is true, e.g. "${age} >= 30"' },
    ...includeDemoOption,
    paradata: { type: 'boolean', description: "add the Paradata sheet: the interviews' event logs, one row per event" },
    quality: { type: 'boolean', description: "add the Quality sheet: the quality checks' flags per response and per interviewer" },
    ...headersOption,
    ...designOptions,
    'post-hoc': {
      type: 'boolean',
      description: 'add Tukey HSD and Games–Howell pairwise comparisons under each mean (slower with many groups)',
    },
    ...jsonOption,
  },
  details: 'The workbook is written to a temporary file beside FILE.xlsx and renamed when complete; a failed report leaves nothing behind.',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const formId = requiredString(args, 'form');
        // The crosstab sheets follow the design flags, else the form's stored design (kelisim design set).
        const design = await withDesign(session, { formId, ...optional('weight', stringOption(args, 'weight')) }, args);
        const result = await session.handlers['report.workbook'](
          {
            ...design,
            formId,
            outPath: requiredString(args, 'out'),
            by: requiredString(args, 'by'),
            ...languageOf(args),
            ...optional('filter', stringOption(args, 'filter')),
            ...includeDemoOf(args),
            ...(flag(args, 'post-hoc') ? { postHoc: true } : {}),
            ...(flag(args, 'paradata') ? { paradata: true } : {}),
            ...(flag(args, 'quality') ? { quality: true } : {}),
            ...headersOf(args),
          },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(`Wrote ${result.path}: ${result.responses} responses; sheets ${result.sheets.join(', ')}\n`);
        if (result.mediaFolder) io.stdout(`Wrote ${result.mediaFiles} attached files to ${result.mediaFolder}\n`);
      },
      false,
    );
  },
};

export const exportCsvCommand: Command = {
  name: 'export csv',
  summary: 'write the finalized responses as CSV (UTF-8 with BOM, RFC 4180, one column per variable)',
  options: {
    ...dbOption,
    ...formOption,
    out: { type: 'string', valueName: 'FILE.csv', required: true, description: 'the CSV file to write (its folder must exist)' },
    ...includeDemoOption,
    ...headersOption,
    ...jsonOption,
  },
  details: 'Records end in CRLF (RFC 4180); a line break inside an answer stays inside its quoted field.',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const result = await session.handlers['report.csv'](
          { formId: requiredString(args, 'form'), outPath: requiredString(args, 'out'), ...includeDemoOf(args), ...headersOf(args) },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(`Wrote ${result.path}: ${result.responses} responses, ${result.variables} columns\n`);
        if (result.mediaFolder) io.stdout(`Wrote ${result.mediaFiles} attached files to ${result.mediaFolder}\n`);
      },
      false,
    );
  },
};

export const exportSpssCommand: Command = {
  name: 'export spss',
  summary: 'write FORMID.csv and FORMID.sps (SPSS/PSPP syntax with labels and missing values) into a folder',
  options: {
    ...dbOption,
    ...formOption,
    out: { type: 'string', valueName: 'FOLDER', required: true, description: 'an existing folder to write the two files into' },
    ...languageOption,
    ...includeDemoOption,
    ...jsonOption,
  },
  details: 'Open FORMID.sps in SPSS or run "pspp FORMID.sps" from that folder: it reads FORMID.csv by its file name.',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const result = await session.handlers['report.spss'](
          { formId: requiredString(args, 'form'), outFolder: requiredString(args, 'out'), ...languageOf(args), ...includeDemoOf(args) },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        const renamed = Object.keys(result.renamed).length;
        io.stdout(
          `Wrote ${result.csvPath} and ${result.syntaxPath}: ${result.responses} responses, ${result.variables} variables` +
            (renamed ? ` (${renamed} renamed for SPSS, see the syntax file)` : '') +
            '\n',
        );
      },
      false,
    );
  },
};

/** `{language}` from --lang when given; a language Kelisim does not write is refused here. */
function languageOf(args: ParsedArgs): { language?: ReportLanguage } {
  const language = stringOption(args, 'lang');
  if (language === undefined) return {};
  if (!isReportLanguage(language))
    throw codedError('bad-input', 'cli-option-one-of', { option: '--lang', choices: 'kk,ru,en', value: language });
  return { language };
}

/** `{includeDemo: true}` with --include-demo; field data only otherwise. */
function includeDemoOf(args: ParsedArgs): { includeDemo?: true } {
  return flag(args, 'include-demo') ? { includeDemo: true } : {};
}

/** `{key: value}` when the option was given, `{}` when not (the API leaves absent options out). */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
