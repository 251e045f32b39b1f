import path from 'node:path';
import type { Command, ParsedArgs } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { titleIn } from '../../form/languages';

export const formImportCommand: Command = {
  name: 'form import',
  summary: 'import an XLSForm workbook (ODK, Kobo, SurveyCTO) and publish it as a form version',
  options: {
    ...dbOption,
    attach: {
      type: 'string',
      valueName: 'FILE.csv',
      multiple: true,
      description: 'a CSV file the form reads (select_one_from_file, search(), pulldata()); repeat for several',
    },
    ...jsonOption,
  },
  positionals: [{ name: 'FORM.xlsx', description: 'the XLSForm workbook', required: true }],
  details: 'Every problem in the workbook is listed with its sheet, row and column; nothing is stored when there is any.',
  async run(args, io) {
    await withSession(args, async (session) => {
      const attachments = attachOptions(args).map((file) => ({ path: file }));
      const result = await session.handlers['forms.import'](
        { file: { path: args.positionals[0] }, ...(attachments.length ? { attachments } : {}) },
        () => {},
      );
      const { created, ...published } = result;
      if (flag(args, 'json')) return printJson(io, published);
      io.stdout(
        `${created ? 'Imported' : 'Already up to date:'} ${result.formId} version ${result.version} "${result.title}"` +
          ` — ${result.questions} questions in ${result.languages.join(', ')}\n`,
      );
    });
  },
};

export const formExportCommand: Command = {
  name: 'form export',
  summary: 'write a form version as an XLSForm workbook that ODK and Kobo accept',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
    version: { type: 'string', valueName: 'V', description: 'the version (default: the latest)' },
    out: { type: 'string', valueName: 'FORM.xlsx', required: true, description: 'the workbook to write' },
    ...jsonOption,
  },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const out = path.resolve(requiredString(args, 'out'));
        const result = await session.handlers['forms.export'](
          { formId: requiredString(args, 'form'), version: stringOption(args, 'version'), outPath: out },
          () => {},
        );
        if (flag(args, 'json')) printJson(io, { formId: requiredString(args, 'form'), path: result.path });
        else io.stdout(`Wrote ${result.path}\n`);
      },
      false,
    );
  },
};

export const formListCommand: Command = {
  name: 'form list',
  summary: 'list the forms in a database with their versions and response counts',
  options: {
    ...dbOption,
    language: {
      type: 'string',
      valueName: 'CODE',
      description: 'show each title in this language of the form (settings form_title::LANGUAGE; default: the plain form_title)',
    },
    ...jsonOption,
  },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const forms = await session.handlers['forms.list']({}, () => {});
        if (flag(args, 'json')) {
          return printJson(
            io,
            forms.map(({ formId, title, titles, versions, responses }) => ({
              formId,
              title,
              ...(titles ? { titles } : {}),
              versions,
              responses,
            })),
          );
        }
        if (!forms.length) return io.stdout('No forms yet: import one with "kelisim form import".\n');
        const language = stringOption(args, 'language');
        for (const form of forms) {
          io.stdout(
            `${form.formId}  "${language ? titleIn(form, language) : form.title}"  versions: ${form.versions.join(', ')}  responses: ${form.responses} (${form.finals} final, ${form.drafts} drafts)\n`,
          );
        }
      },
      false,
    );
  },
};

/** The --attach values, in the order given. */
function attachOptions(args: ParsedArgs): string[] {
  const value = args.options.attach;
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export const formAttachCommand: Command = {
  name: 'form attach',
  summary: 'attach CSV files (choice lists, pulldata tables) to a form, publishing it as a new version',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
    ...jsonOption,
  },
  positionals: [{ name: 'FILE.csv', description: 'the CSV files (UTF-8, a header row of column names)', required: true, variadic: true }],
  details: 'A file replaces an attached file of the same name. Nothing is stored when a file cannot be read or the form does not check.',
  async run(args, io) {
    await withSession(args, async (session) => {
      const result = await session.handlers['forms.attach'](
        { formId: requiredString(args, 'form'), files: args.positionals.map((file) => ({ path: file })) },
        () => {},
      );
      const { created, ...published } = result;
      if (flag(args, 'json')) return printJson(io, published);
      io.stdout(
        `${created ? 'Attached' : 'Already attached:'} ${args.positionals.map((file) => path.basename(file)).join(', ')} — ${result.formId} version ${result.version}\n`,
      );
    });
  },
};
