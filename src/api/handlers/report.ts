import path from 'node:path';
import type { ApiContext } from '../context';
import type { HandlersOf, ReportApi, ReportLanguage } from '../spec';
import { badInput } from '../../common/errors';
import { writeReportWorkbook } from '../../report/workbook';
import { exportCsv } from '../../report/csv';
import { exportSpss } from '../../report/spss/export';
import { isReportLanguage } from '../../report/words';
import { readUserSettings } from './app';

export function reportHandlers(ctx: ApiContext): HandlersOf<ReportApi> {
  /** The language asked for, else the interface language of this installation. */
  const languageOf = (language: string | undefined): ReportLanguage => {
    if (language === undefined) return readUserSettings(ctx).uiLanguage;
    if (!isReportLanguage(language)) throw badInput(`unknown report language "${language}" (use kk, ru or en)`);
    return language;
  };
  return {
    'report.workbook': async (args, progress) =>
      writeReportWorkbook(
        ctx.db,
        {
          formId: args.formId,
          outPath: path.resolve(args.outPath),
          language: languageOf(args.language),
          ...(args.by !== undefined ? { by: args.by } : {}),
          ...(args.weight !== undefined ? { weight: args.weight } : {}),
          ...(args.filter !== undefined ? { filter: args.filter } : {}),
          design: { strata: args.strata, cluster: args.cluster, fpc: args.fpc, weightKind: args.weightKind },
          appVersion: ctx.appVersion,
        },
        progress,
      ),
    'report.csv': async ({ formId, outPath }, progress) => exportCsv(ctx.db, { formId, outPath: path.resolve(outPath) }, progress),
    'report.spss': async ({ formId, outFolder, language }, progress) =>
      exportSpss(ctx.db, { formId, folder: path.resolve(outFolder), language: languageOf(language), appVersion: ctx.appVersion }, progress),
  };
}
