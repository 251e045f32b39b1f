import type { ApiContext } from '../context';
import type { HandlersOf, ResponsesImportApi } from '../spec';
import { codedError } from '../../common/errors';
import { isCsvEncoding } from '../../collect/import/csv-encodings';
import { importRespondents } from '../../collect/import/respondents';
import { previewRespondents } from '../../collect/import/preview';
import type { FileInput } from '../spec';
import type { CsvEncoding } from '../../collect/import/csv-encodings';
import { allowedInput } from '../file-access';
import { assertIntact } from '../../store/database';

export function responsesImportHandlers(ctx: ApiContext): HandlersOf<ResponsesImportApi> {
  return {
    'responses.import': async ({ formId, version, file, skipInvalid, language, encoding }, progress) => {
      checkedSource(ctx, file, encoding);
      const result = await importRespondents(ctx.db, {
        formId,
        file: encoding ? { ...file, encoding } : file,
        ...(version !== undefined ? { version } : {}),
        ...(skipInvalid ? { skipInvalid } : {}),
        ...(language ? { language } : {}),
      }, progress);
      // A large write is when a failing disk shows: say so now, while the source file is still at hand.
      assertIntact(ctx.db, ctx.databasePath);
      return result;
    },
    'responses.previewImport': async ({ formId, version, file, language, encoding }, progress) => {
      checkedSource(ctx, file, encoding);
      return previewRespondents(ctx.db, {
        formId,
        file: encoding ? { ...file, encoding } : file,
        ...(version !== undefined ? { version } : {}),
        ...(language ? { language } : {}),
      }, progress);
    },
  };
}

/** The table's file and encoding as the caller may give them (bytes only from the interface; a known encoding). */
function checkedSource(ctx: ApiContext, file: FileInput, encoding: CsvEncoding | undefined): void {
  if (!file || !('path' in file || 'bytes' in file)) throw codedError('bad-input', 'file-given-badly', {});
  if (encoding !== undefined && !isCsvEncoding(encoding)) throw codedError('bad-input', 'csv-encoding-unknown', { encoding: String(encoding) });
  allowedInput(ctx, file, 'file');
}
