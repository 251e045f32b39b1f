import path from 'node:path';
import type { ApiContext } from '../context';
import type { HandlersOf, ReportApi, ReportLanguage } from '../spec';
import { codedError } from '../../common/errors';
import { writeReportWorkbook } from '../../report/workbook';
import { exportCsv } from '../../report/csv';
import { exportSpss } from '../../report/spss/export';
import { isReportLanguage } from '../../common/messages/workbook';
import { readUserSettings } from './app';
import { allowedOutput } from '../file-access';
import { exportTarget } from '../../io/export-folder';
import { mediaFolderOf, writeMediaFolder } from '../../report/media';

export function reportHandlers(ctx: ApiContext): HandlersOf<ReportApi> {
  /** The language asked for, else the interface language of this installation. */
  const languageOf = (language: string | undefined): ReportLanguage => {
    if (language === undefined) return readUserSettings(ctx).uiLanguage;
    if (!isReportLanguage(language)) throw codedError('bad-input', 'report-language-unknown', { given: String(language) });
    return language;
  };
  /** The file or folder to write: the CLI's own, else a new one in the export folder. */
  const outputOf = (given: unknown, argument: string, formId: string, kind: 'workbook' | 'csv' | 'spss', language?: string) =>
    path.resolve(allowedOutput(ctx, given, argument, () => exportTarget(ctx.databasePath, formId, kind, language ? { language } : {})));
  /** The answers' files in `NAME_media` beside the workbook or CSV, as Kobo's media export has them. */
  const mediaBeside = (exportPath: string, formId: string, includeDemo: boolean) => {
    const written = writeMediaFolder(ctx.db, formId, mediaFolderOf(exportPath), includeDemo);
    return written ? { mediaFolder: written.folder, mediaFiles: written.files } : {};
  };
  return {
    'report.workbook': async (args, progress) => {
      const result = await writeReportWorkbook(
        ctx.db,
        {
          formId: args.formId,
          outPath: outputOf(args.outPath, 'outPath', args.formId, 'workbook', languageOf(args.language)),
          language: languageOf(args.language),
          includeDemo: args.includeDemo === true,
          paradata: args.paradata === true,
          quality: args.quality === true,
          ...(args.headers ? { headers: args.headers } : {}),
          ...(args.by !== undefined ? { by: args.by } : {}),
          ...(args.weight !== undefined ? { weight: args.weight } : {}),
          ...(args.filter !== undefined ? { filter: args.filter } : {}),
          ...(args.postHoc === true ? { postHoc: true } : {}),
          design: { strata: args.strata, cluster: args.cluster, fpc: args.fpc, weightKind: args.weightKind },
          appVersion: ctx.appVersion,
        },
        progress,
      );
      return { ...result, ...mediaBeside(result.path, args.formId, args.includeDemo === true) };
    },
    'report.csv': async ({ formId, outPath, includeDemo, headers }, progress) => {
      const result = await exportCsv(
        ctx.db,
        {
          formId,
          outPath: outputOf(outPath, 'outPath', formId, 'csv'),
          includeDemo: includeDemo === true,
          ...(headers ? { headers } : {}),
        },
        progress,
      );
      return { ...result, ...mediaBeside(result.path, formId, includeDemo === true) };
    },
    'report.spss': async ({ formId, outFolder, language, includeDemo }, progress) =>
      exportSpss(
        ctx.db,
        {
          formId,
          folder: outputOf(outFolder, 'outFolder', formId, 'spss', language === undefined ? undefined : languageOf(language)),
          language: languageOf(language),
          appVersion: ctx.appVersion,
          includeDemo: includeDemo === true,
        },
        progress,
      ),
  };
}
