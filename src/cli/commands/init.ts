import type { Command } from '../command';
import { flag, printJson } from '../command';
import { dbOption, jsonOption, withSession } from '../session';

export const initCommand: Command = {
  name: 'init',
  summary: 'create an empty Kelisim database (or upgrade an existing one)',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await withSession(args, async (session) => {
      const info = await session.handlers['app.info']({}, () => {});
      const result = { database: info.database, created: session.created, schemaVersion: info.schemaVersion, deviceId: info.deviceId };
      if (flag(args, 'json')) printJson(io, result);
      else
        io.stdout(
          `${session.created ? 'Created' : 'Already a Kelisim database:'} ${info.database} (schema ${info.schemaVersion}, device ${info.deviceId})\n`,
        );
    });
  },
};

export const infoCommand: Command = {
  name: 'info',
  summary: 'show what a database holds: schema, device, forms and response counts',
  options: { ...dbOption, ...jsonOption },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const info = await session.handlers['app.info']({}, () => {});
        const forms = await session.handlers['forms.list']({}, () => {});
        if (flag(args, 'json')) return printJson(io, { ...info, forms });
        io.stdout(`${info.database}\n  schema ${info.schemaVersion}, device ${info.deviceId}, Kelisim ${info.appVersion}\n`);
        for (const form of forms) {
          io.stdout(
            `  ${form.formId}  "${form.title}"  versions ${form.versions.join(', ')}  final ${form.finals}, drafts ${form.drafts}` +
              `${form.demo ? ` (of which ${form.demo} practice, not field data)` : ''}\n`,
          );
        }
      },
      false,
    );
  },
};
