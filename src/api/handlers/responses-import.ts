import type { ApiContext } from '../context';
import type { HandlersOf, ResponsesImportApi } from '../spec';
import { badInput } from '../../common/errors';
import { importRespondents } from '../../collect/import/respondents';
import { allowedInput } from '../file-access';

export function responsesImportHandlers(ctx: ApiContext): HandlersOf<ResponsesImportApi> {
  return {
    'responses.import': async ({ formId, version, file, skipInvalid, language }, progress) => {
      if (!file || !('path' in file || 'bytes' in file)) throw badInput('a file must be given as {path} or {name, bytes}');
      allowedInput(ctx, file, 'file');
      return importRespondents(ctx.db, {
        formId,
        file,
        ...(version !== undefined ? { version } : {}),
        ...(skipInvalid ? { skipInvalid } : {}),
        ...(language ? { language } : {}),
      }, progress);
    },
  };
}
