import type { Command } from '../command';
import { flag, printJson } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the whole database file for damage (PRAGMA quick_check; about 0.8 s per million responses)',
  options: { ...dbOption, ...jsonOption },
  details: 'Exit 0 when the file is sound, 2 when it is damaged (restore it from a backup: merges and upgrades leave one beside it).',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const status = await session.handlers['app.check']({}, () => {});
        if (flag(args, 'json')) printJson(io, status);
        else if (status.state === 'ok') io.stdout(`${session.context.databasePath}: sound (checked in ${status.seconds?.toFixed(2)} s)\n`);
        if (status.state === 'damaged') {
          throw codedError('bad-input', 'database-damaged', {
            file: session.context.databasePath,
            detail: status.problems.slice(0, 3).join('; '),
          });
        }
      },
      false,
    );
  },
};
