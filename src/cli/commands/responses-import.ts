import type { Command } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { formatProblem } from '../../common/errors';
import type { CsvEncoding } from '../../api/spec';

export const responsesImportCommand: Command = {
  name: 'responses import',
  summary: 'import respondents from a CSV or XLSX table (a column per question) as finalized responses',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form the rows answer' },
    version: { type: 'string', valueName: 'V', description: 'the form version (default: the latest)' },
    'skip-invalid': { type: 'boolean', description: 'import the valid rows and list the invalid ones, instead of importing nothing' },
    language: { type: 'string', valueName: 'CODE', description: "language of the problem messages (default: the form's default)" },
    encoding: { type: 'string', valueName: 'NAME', description: 'the encoding of a CSV: utf-8 (the default; a file that is not UTF-8 is refused) or windows-1251' },
    ...jsonOption,
  },
  positionals: [{ name: 'DATA.csv|DATA.xlsx', description: 'the respondents table', required: true }],
  details: [
    'One row per respondent; the header names the questions. Values are choice names (a select_multiple',
    "question's choices separated by spaces); an empty cell is no answer. Every problem is listed with its",
    'row (CSV line or sheet row) and column; when any row is invalid nothing is imported, unless --skip-invalid.',
    'A CSV is read as UTF-8 (a byte order mark is fine) and refused, with the line and byte offset of the first',
    'bad byte, where it is not; a legacy Excel CSV in Windows-1251 needs --encoding windows-1251. Nothing is guessed.',
  ].join('\n'),
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const version = stringOption(args, 'version');
        const language = stringOption(args, 'language');
        const encoding = stringOption(args, 'encoding');
        const result = await session.handlers['responses.import']({
          formId: requiredString(args, 'form'),
          file: { path: args.positionals[0] },
          ...(version ? { version } : {}),
          ...(language ? { language } : {}),
          // The handler checks the name and refuses an unknown one (csv-encoding-unknown).
          ...(encoding ? { encoding: encoding as CsvEncoding } : {}),
          ...(flag(args, 'skip-invalid') ? { skipInvalid: true } : {}),
        }, () => {});
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(`Imported ${result.imported} responses into ${result.formId} version ${result.version}` +
          (result.skipped ? `; skipped ${result.skipped} invalid rows` : '') +
          (result.cleared ? `; cleared ${result.cleared} answers to questions that did not apply` : '') + '\n');
        for (const problem of result.errors) io.stdout(`  ${formatProblem(problem)}\n`);
      },
      false,
    );
  },
};
