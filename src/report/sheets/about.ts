/** The About sheet: what the workbook holds and how it was made, so a reader can cite it. */
import { localTimeCell, localTimeZoneName, type CellValue } from '../values';
import type { ExportLayout } from '../variables';
import type { DesignSummary } from '../../analysis/results';
import type { ReportLanguage, Words } from '../../common/messages/workbook';
import { wordsIn } from '../../common/messages/workbook';
import type { StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES, type CellStyle } from '../xlsx/styles';

export interface AboutFacts {
  layout: ExportLayout;
  language: ReportLanguage;
  exportedAt: number;
  appVersion: string;
  /** The grouping variable of the breakdown sheets: its name and label. */
  by?: { name: string; label: string };
  filter?: string;
  weight?: string;
  /** The sample design of the crosstab sheets, when one was used. */
  design?: DesignSummary;
  counts: { final: number; draft: number };
  /** Responses the workbook's sheets are about. */
  selected: number;
  /** Practice (demo) responses are counted and exported too. */
  includeDemo?: boolean;
  /** The form has repeated sections (each with a sheet of its own). */
  hasRepeats?: boolean;
  /** The Paradata sheet's name, when the workbook has it. */
  paradataSheet?: string;
  /** The Quality sheet's name, when the workbook has it. */
  qualitySheet?: string;
  /** The lead's quality reviews of the form's responses, listed at the end. */
  reviews?: { uuid: string; verdict: 'keep' | 'reject'; reason: string }[];
}

export async function writeAboutSheet(book: StreamingWorkbook, facts: AboutFacts): Promise<void> {
  const words = wordsIn(facts.language);
  const a = words.about;
  const sheet = await book.addSheet(words.sheets.about, {
    columns: [
      { width: 44, style: STYLES.bold },
      { width: 90, style: STYLES.wrap },
    ],
  });
  const line = (label: string, value: CellValue, style?: CellStyle) => sheet.add([label, value], [STYLES.bold, style]);

  await sheet.add([a.heading], STYLES.title);
  await sheet.skip();
  await line(a.formTitle, facts.layout.title);
  await line(a.formId, facts.layout.formId);
  await line(a.versions, facts.layout.versions.join(', '));
  await line(a.exportedAt, localTimeCell(facts.exportedAt), STYLES.dateTime);
  await line(a.timeZone, localTimeZoneName(facts.exportedAt));
  await line(a.appVersion, facts.appVersion);
  await line(a.language, words.languageName);
  if (facts.by) await line(a.breakdownBy, facts.by.label ? `${facts.by.name} — ${facts.by.label}` : facts.by.name);
  await line(a.filter, facts.filter ?? a.noFilter);
  await line(a.weight, facts.weight ?? a.noWeight);
  await line(a.design, facts.design ? designLine(facts.design) : a.noDesign);
  await line(a.finalResponses, facts.counts.final, STYLES.count);
  await line(a.draftResponses, facts.counts.draft, STYLES.count);
  await line(a.selectedResponses, facts.selected, STYLES.countBold);
  await line(a.practiceData, facts.includeDemo ? a.practiceIncluded : a.practiceLeftOut, facts.includeDemo ? STYLES.warning : undefined);
  if (facts.selected === 0) await sheet.add(['', a.emptySelection], [undefined, STYLES.warning]);
  await sheet.skip();
  await sheet.add([a.notes], STYLES.bold);
  for (const note of [
    ...notes(words),
    ...(facts.hasRepeats ? [a.noteRepeats] : []),
    ...(facts.paradataSheet ? [a.noteParadata.replace('{sheet}', facts.paradataSheet)] : []),
    ...(facts.qualitySheet ? [a.noteQuality.replace('{sheet}', facts.qualitySheet)] : []),
    ...(facts.design ? [a.noteDesign] : []),
  ])
    await sheet.add(['', note]);
  if (facts.reviews?.length) {
    await sheet.skip();
    await sheet.add([a.reviews], STYLES.bold);
    for (const review of facts.reviews) {
      const verdict = review.verdict === 'reject' ? a.reviewRejected : a.reviewKept;
      await sheet.add([review.uuid, review.reason ? `${verdict} — ${review.reason}` : verdict]);
    }
  }
  await sheet.end();
}

function notes(words: Words): string[] {
  const a = words.about;
  return [a.noteFinalOnly, a.noteEmptyCells, a.noteMissingCodes, a.noteMultiple, a.noteTimes, a.noteLongText];
}

/** The design in R's terms, which reads the same in every language: svydesign(id = ~settlement, strata = ~region, …). */
function designLine(design: DesignSummary): string {
  const terms = [
    `id = ~${design.cluster ?? '1'}`,
    ...(design.strata ? [`strata = ~${design.strata}`] : []),
    ...(design.weight ? [`weights = ~${design.weight}`] : []),
    ...(design.fpc ? [`fpc = ~${design.fpc}`] : []),
  ];
  return (
    `svydesign(${terms.join(', ')}); ${design.strataCount} × ${design.psuCount} PSU, df ${design.df}` +
    (design.lonelyStrata ? `; lonely.psu = "adjust" (${design.lonelyStrata})` : '')
  );
}
