/**
 * The Quality sheet (only when asked for): the quality checks' flags, one row per flag with the lead's review, then
 * one row per interviewer. Column names are identifiers, as the Data sheet's are: the same in every language.
 */
import type { QualityReport } from '../../quality/results';
import { QUALITY_CHECKS } from '../../quality/results';
import type { StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES } from '../xlsx/styles';

export const QUALITY_FLAG_COLUMNS = ['uuid', 'interviewer', 'check', 'detail', 'review', 'reason'] as const;
export const QUALITY_INTERVIEWER_COLUMNS = ['interviewer', 'n', 'median_minutes', ...QUALITY_CHECKS, 'nonresponse_share'] as const;

export async function writeQualitySheet(book: StreamingWorkbook, sheetName: string, report: QualityReport): Promise<void> {
  const widths = [36, 22, 16, 60, 10, 40, 14, 14, 14, 14, 14];
  const sheet = await book.addSheet(sheetName, { columns: widths.map((width) => ({ width, style: STYLES.text })), frozenRows: 1 });
  await sheet.add([...QUALITY_FLAG_COLUMNS], STYLES.header);
  for (const response of report.responses) {
    for (const flag of response.flags) {
      await sheet.add([
        response.uuid,
        response.interviewer,
        flag.check,
        JSON.stringify(flag.detail),
        response.review?.verdict ?? undefined,
        response.review?.reason ?? undefined,
      ]);
    }
  }
  await sheet.skip();
  await sheet.add([...QUALITY_INTERVIEWER_COLUMNS], STYLES.header);
  for (const i of report.interviewers) {
    await sheet.add([
      i.interviewer,
      i.n,
      i.medianMinutes ?? undefined,
      ...QUALITY_CHECKS.map((check) => i.flags[check]),
      i.nonresponseShare,
    ]);
  }
  await sheet.end();
}
