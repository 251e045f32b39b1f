import type { ApiContext } from '../context';
import type { HandlersOf, ResponsesImportApi } from '../spec';
import { codedError } from '../../common/errors';
import { isCsvEncoding } from '../../collect/import/csv-encodings';
import { importRespondents } from '../../collect/import/respondents';
import { previewRespondents } from '../../collect/import/preview';
import type { FileInput } from '../spec';
import type { ReadableFile } from '../../common/file-input';
import type { CsvEncoding } from '../../collect/import/csv-encodings';
import { allowedInput } from '../file-access';
import { assertIntact } from '../../store/database';

export function responsesImportHandlers(ctx: ApiContext): HandlersOf<ResponsesImportApi> {
  return {
    'responses.import': async ({ formId, version, file, skipInvalid, language, encoding }, progress) => {
      const source = checkedSource(ctx, file, encoding);
      const result = await importRespondents(
        ctx.db,
        {
          formId,
          file: encoding ? { ...source, encoding } : source,
          ...(version !== undefined ? { version } : {}),
          ...(skipInvalid ? { skipInvalid } : {}),
          ...(language ? { language } : {}),
        },
        progress,
      );
      // A large write is when a failing disk shows: say so now, while the source file is still at hand.
      assertIntact(ctx.db, ctx.databasePath);
      return result;
    },
    'responses.previewImport': async ({ formId, version, file, language, encoding }, progress) => {
      const source = checkedSource(ctx, file, encoding);
      return previewRespondents(
        ctx.db,
        {
          formId,
          file: encoding ? { ...source, encoding } : source,
          ...(version !== undefined ? { version } : {}),
          ...(language ? { language } : {}),
        },
        progress,
      );
    },
  };
}

/** The table's file and encoding as the caller may give them (bytes only from the interface; a known encoding). */
function checkedSource(ctx: ApiContext, file: FileInput, encoding: CsvEncoding | undefined): ReadableFile {
  if (!file || !('path' in file || 'bytes' in file || 'handle' in file)) throw codedError('bad-input', 'file-given-badly', {});
  if (encoding !== undefined && !isCsvEncoding(encoding))
    throw codedError('bad-input', 'csv-encoding-unknown', { encoding: String(encoding) });
  return allowedInput(ctx, file, 'file');
}
