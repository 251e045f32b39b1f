import type { Command } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { localizedProblem } from '../../common/messages/where';
import { codedError } from '../../common/errors';
import type { CsvEncoding, ImportPreview } from '../../api/spec';
import type { CliIo } from '../command';

export const responsesImportCommand: Command = {
  name: 'responses import',
  summary: 'import respondents from a CSV or XLSX table (a column per question) as finalized responses',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form the rows answer' },
    version: { type: 'string', valueName: 'V', description: 'the form version (default: the latest)' },
    'skip-invalid': { type: 'boolean', description: 'import the valid rows and list the invalid ones, instead of importing nothing' },
    language: { type: 'string', valueName: 'CODE', description: "language of the problem messages (default: the form's default)" },
    'dry-run': { type: 'boolean', description: 'check the table and show what would be imported, writing nothing' },
    encoding: {
      type: 'string',
      valueName: 'NAME',
      description: 'the encoding of a CSV: utf-8 (the default; a file that is not UTF-8 is refused) or windows-1251',
    },
    ...jsonOption,
  },
  positionals: [{ name: 'DATA.csv|DATA.xlsx', description: 'the respondents table', required: true }],
  details: [
    'One row per respondent; the header names the questions. Values are choice names (a select_multiple',
    "question's choices separated by spaces); an empty cell is no answer. Every problem is listed with its",
    'row (CSV line or sheet row) and column; when any row is invalid nothing is imported, unless --skip-invalid.',
    'A CSV is read as UTF-8 (a byte order mark is fine) and refused, with the line and byte offset of the first',
    'bad byte, where it is not; a legacy Excel CSV in Windows-1251 needs --encoding windows-1251. Nothing is guessed.',
    '--dry-run reads and checks every row the same way and lists the column matching and the problems; the',
    'database is not changed. It exits with 2 when the import would be refused.',
  ].join('\n'),
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const version = stringOption(args, 'version');
        const language = stringOption(args, 'language');
        const encoding = stringOption(args, 'encoding');
        const source = {
          formId: requiredString(args, 'form'),
          file: { path: args.positionals[0] },
          ...(version ? { version } : {}),
          ...(language ? { language } : {}),
          // The handler checks the name and refuses an unknown one (csv-encoding-unknown).
          ...(encoding ? { encoding: encoding as CsvEncoding } : {}),
        };
        if (flag(args, 'dry-run')) {
          const preview = await session.handlers['responses.previewImport'](source, () => {});
          printPreview(io, preview, flag(args, 'json'));
          if (preview.invalidRows && !flag(args, 'skip-invalid')) {
            throw codedError('bad-input', 'import-rows-invalid', { file: preview.file, invalid: preview.invalidRows, total: preview.rows });
          }
          if (preview.validRows === 0 && preview.problems.length)
            throw codedError('bad-input', 'import-header-problems', { file: preview.file });
          return;
        }
        const result = await session.handlers['responses.import'](
          {
            ...source,
            ...(flag(args, 'skip-invalid') ? { skipInvalid: true } : {}),
          },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(
          `Imported ${result.imported} responses into ${result.formId} version ${result.version}` +
            (result.skipped ? `; skipped ${result.skipped} invalid rows` : '') +
            (result.cleared ? `; cleared ${result.cleared} answers to questions that did not apply` : '') +
            '\n',
        );
        for (const note of result.notes) io.stdout(`Note: ${localizedProblem(note, io.language ?? 'en')}\n`);
        for (const problem of result.errors) io.stdout(`  ${localizedProblem(problem, io.language ?? 'en')}\n`);
      },
      false,
    );
  },
};

/** The dry run's findings: the column matching, then the counts and every problem. */
function printPreview(io: CliIo, preview: ImportPreview, json: boolean): void {
  if (json) return printJson(io, preview);
  io.stdout(`Dry run: ${preview.file} (${preview.encoding}) against ${preview.formId} version ${preview.version}; nothing is written.\n`);
  io.stdout('Columns:\n');
  preview.columns.forEach((column, i) => {
    const target =
      column.role === 'question'
        ? `question ${column.question}`
        : column.role === 'calculation'
          ? `calculation ${column.question} (ignored: worked out from the answers)`
          : column.role === 'unknown'
            ? 'NOT A QUESTION of this form version'
            : column.role === 'ambiguous'
              ? `AMBIGUOUS: fits ${(column.candidates ?? []).join(', ')} (refused)`
              : column.role === 'system'
                ? 'submission column of Kobo/ODK Central (read past)'
                : column.role === 'option'
                  ? 'option 0/1 column (read past: the answer column holds it)'
                  : column.role === 'repeated'
                    ? 'REPEATED (refused)'
                    : 'no name (must stay empty)';
    io.stdout(`  ${i + 1}. ${column.header || '(empty)'} -> ${target}\n`);
  });
  io.stdout(
    `Rows: ${preview.rows}; valid: ${preview.validRows}; invalid: ${preview.invalidRows}` +
      (preview.cleared ? `; answers to clear (questions that do not apply): ${preview.cleared}` : '') +
      '\n',
  );
  for (const problem of preview.problems) io.stdout(`  ${localizedProblem(problem, io.language ?? 'en')}\n`);
}
