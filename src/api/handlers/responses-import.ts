import type { ApiContext } from '../context';
import type { HandlersOf, ResponsesImportApi } from '../spec';
import { badInput } from '../../common/errors';
import { importRespondents } from '../../collect/import/respondents';
import { assertIntact } from '../../store/database';

export function responsesImportHandlers(ctx: ApiContext): HandlersOf<ResponsesImportApi> {
  return {
    'responses.import': async ({ formId, version, file, skipInvalid, language }, progress) => {
      if (!file || !('path' in file || 'bytes' in file)) throw badInput('a file must be given as {path} or {name, bytes}');
      const result = await importRespondents(ctx.db, {
        formId,
        file,
        ...(version !== undefined ? { version } : {}),
        ...(skipInvalid ? { skipInvalid } : {}),
        ...(language ? { language } : {}),
      }, progress);
      // A large write is when a failing disk shows: say so now, while the source file is still at hand.
      assertIntact(ctx.db, ctx.databasePath);
      return result;
    },
  };
}
