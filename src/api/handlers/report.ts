import path from 'node:path';
import type { ApiContext } from '../context';
import type { HandlersOf, ReportApi, ReportLanguage } from '../spec';
import { codedError } from '../../common/errors';
import { writeReportWorkbook } from '../../report/workbook';
import { exportCsv } from '../../report/csv';
import { exportSpss } from '../../report/spss/export';
import { isReportLanguage } from '../../report/words';
import { readUserSettings } from './app';
import { allowedOutput } from '../file-access';
import { exportTarget } from '../../io/export-folder';

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
  return {
    'report.workbook': async (args, progress) =>
      writeReportWorkbook(
        ctx.db,
        {
          formId: args.formId,
          outPath: outputOf(args.outPath, 'outPath', args.formId, 'workbook', languageOf(args.language)),
          language: languageOf(args.language),
          includeDemo: args.includeDemo === true,
          paradata: args.paradata === true,
          quality: args.quality === true,
          ...(args.by !== undefined ? { by: args.by } : {}),
          ...(args.weight !== undefined ? { weight: args.weight } : {}),
          ...(args.filter !== undefined ? { filter: args.filter } : {}),
          ...(args.postHoc === true ? { postHoc: true } : {}),
          design: { strata: args.strata, cluster: args.cluster, fpc: args.fpc, weightKind: args.weightKind },
          appVersion: ctx.appVersion,
        },
        progress,
      ),
    'report.csv': async ({ formId, outPath, includeDemo }, progress) =>
      exportCsv(ctx.db, { formId, outPath: outputOf(outPath, 'outPath', formId, 'csv'), includeDemo: includeDemo === true }, progress),
    'report.spss': async ({ formId, outFolder, language, includeDemo }, progress) =>
      exportSpss(ctx.db, {
        formId,
        folder: outputOf(outFolder, 'outFolder', formId, 'spss', language === undefined ? undefined : languageOf(language)),
        language: languageOf(language),
        appVersion: ctx.appVersion,
        includeDemo: includeDemo === true,
      }, progress),
  };
}
