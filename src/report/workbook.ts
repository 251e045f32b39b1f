/**
 * `kelisim report`: one workbook with About, Codebook, Data, Data (labels) and the breakdown sheets
 * by the chosen variable, streamed to a temporary file and renamed into place when complete.
 */
import path from 'node:path';
import { codedError } from '../common/errors';
import { formCatalog, requireVariable } from '../analysis/dataset';
import { checkWritableTarget } from '../io/files';
import { ignoreProgress, throttledProgress, type ProgressReporter } from '../common/progress';
import type { HeaderStyle } from './variables';
import type { ReportWorkbookResult } from './types';
import type { DesignSummary, SampleDesignOptions } from '../analysis/results';
import type { Db } from '../store/database';
import { countResponsesByStatus } from '../store/responses';
import { writeFilesAtomically } from './output';
import { writeAboutSheet } from './sheets/about';
import { writeCodebookSheet } from './sheets/codebook';
import { writeDataSheet } from './sheets/data';
import { writeParadataSheet } from './sheets/paradata';
import { writeQualitySheet } from './sheets/quality';
import { runQualityChecks } from '../quality';
import { reviewsOfForm } from '../store/fieldwork';
import { loadExportSource } from './source';
import { repeatExports } from './repeats';
import { computeBreakdowns, selectResponsesForReport } from './breakdowns';
import {
  writeCrosstabSheet,
  writeEmptyBreakdownSheet,
  writeMeansSheet,
  writeReliabilitySheet,
  type BreakdownHeading,
} from './sheets/breakdown';
import { wordsIn, type ReportLanguage, type Words } from '../common/messages/workbook';
import { StreamingWorkbook } from './xlsx/streaming-workbook';

export interface ReportWorkbookOptions {
  formId: string;
  outPath: string;
  language: ReportLanguage;
  /** The single-choice question the breakdown sheets split by (usually region). */
  by?: string;
  weight?: string;
  /** The sample design of the crosstab sheets (with `weight` as its sampling weight). */
  design?: SampleDesignOptions;
  filter?: string;
  /** Practice responses too (default: field responses only). */
  includeDemo?: boolean;
  /** Tukey HSD and Games–Howell under the means (off by default: seconds per variable with 20 groups). */
  postHoc?: boolean;
  /** Add the Paradata sheet: the interviews' event logs, one row per event. */
  paradata?: boolean;
  /** Add the Quality sheet: the quality checks' flags per response and per interviewer. */
  quality?: boolean;
  /** The Data sheets' headers: variable names (default) or Kobo's group paths (`household/age`). */
  headers?: HeaderStyle;
  appVersion: string;
  /** The export time the About sheet states (default: now). */
  now?: number;
}

/** A sheet of the workbook, written in turn into the one streaming workbook. */
export type SheetStep = { name: string; write(book: StreamingWorkbook): Promise<void> };

export async function writeReportWorkbook(
  db: Db,
  options: ReportWorkbookOptions,
  progress: ProgressReporter,
): Promise<ReportWorkbookResult> {
  if (!/\.xlsx$/i.test(options.outPath)) throw codedError('bad-input', 'export-not-xlsx', { name: path.basename(options.outPath) });
  checkWritableTarget(options.outPath);
  const includeDemo = options.includeDemo ?? false;
  const { selection, count } = selectResponsesForReport(db, {
    formId: options.formId,
    includeDemo,
    ...(options.filter ? { filter: options.filter } : {}),
  });
  const source = loadExportSource(db, options.formId, options.language, selection);
  const words = wordsIn(options.language);
  const breakdown = options.by === undefined ? undefined : breakdownSheets(db, options, count, words);
  const report = throttledProgress(progress);
  const sheetsBefore = [
    words.sheets.about,
    words.sheets.codebook,
    words.sheets.data,
    words.sheets.dataLabels,
    ...(options.paradata ? [words.sheets.paradata] : []),
    ...(options.quality ? [words.sheets.quality] : []),
  ];
  const repeats = repeatExports(source.versions, source, options.language, words, [
    ...sheetsBefore,
    ...(breakdown?.steps.map((step) => step.name) ?? []),
  ]);

  const headers = options.headers ?? 'names';
  const steps: SheetStep[] = [
    {
      name: words.sheets.about,
      write: (book) =>
        writeAboutSheet(book, {
          layout: source.layout,
          language: options.language,
          exportedAt: options.now ?? Date.now(),
          appVersion: options.appVersion,
          ...(breakdown ? { by: { name: breakdown.heading.by, label: breakdown.heading.byLabel } } : {}),
          ...(options.filter?.trim() ? { filter: options.filter.trim() } : {}),
          ...(options.weight ? { weight: options.weight } : {}),
          ...(breakdown?.design ? { design: breakdown.design } : {}),
          counts: countResponsesByStatus(db, options.formId, { includeDemo }),
          selected: count,
          includeDemo,
          hasRepeats: repeats.length > 0,
          ...(options.paradata ? { paradataSheet: words.sheets.paradata } : {}),
          ...(options.quality ? { qualitySheet: words.sheets.quality } : {}),
          reviews: [...reviewsOfForm(db, options.formId).values()],
        }),
    },
    { name: words.sheets.codebook, write: (book) => writeCodebookSheet(book, source.layout, words, repeats) },
    { name: words.sheets.data, write: (book) => writeDataSheet(book, words.sheets.data, source, 'codes', report, headers) },
    { name: words.sheets.dataLabels, write: (book) => writeDataSheet(book, words.sheets.dataLabels, source, 'labels', report, headers) },
    // A repeat's instances, one row each; their count is known only as they are read, so no progress of their own.
    ...repeats.map((repeat): SheetStep => ({
      name: repeat.sheetName,
      write: (book) => writeDataSheet(book, repeat.sheetName, repeat, 'codes', ignoreProgress),
    })),
    ...(options.paradata
      ? [
          {
            name: words.sheets.paradata,
            write: (book: StreamingWorkbook) => writeParadataSheet(book, db, words.sheets.paradata, source, report),
          },
        ]
      : []),
    ...(options.quality
      ? [
          {
            name: words.sheets.quality,
            write: (book: StreamingWorkbook) =>
              writeQualitySheet(book, words.sheets.quality, runQualityChecks(db, { formId: options.formId, includeDemo })),
          },
        ]
      : []),
    ...(breakdown?.steps ?? []),
  ];

  await writeFilesAtomically([options.outPath], async ([temporary]) => {
    const book = new StreamingWorkbook(temporary);
    try {
      for (const step of steps) await step.write(book);
      await book.close();
    } catch (error) {
      book.abandon();
      throw error;
    }
  });
  return { path: options.outPath, formId: options.formId, responses: count, sheets: steps.map((step) => step.name) };
}

/**
 * The crosstab, means and reliability sheets by `options.by`, their numbers computed now by the
 * analysis layer; for an empty selection, sheets that say so.
 */
function breakdownSheets(
  db: Db,
  options: ReportWorkbookOptions,
  selected: number,
  words: Words,
): { heading: BreakdownHeading; steps: SheetStep[]; design?: DesignSummary } {
  const by = options.by!;
  const names = [words.sheets.crosstabs, words.sheets.means, words.sheets.reliability];
  if (selected === 0) {
    const entry = requireVariable(formCatalog(db, options.formId), options.formId, by);
    const heading: BreakdownHeading = { by: entry.name, byLabel: entry.label, ...(options.weight ? { weight: options.weight } : {}) };
    return { heading, steps: names.map((name) => ({ name, write: (book) => writeEmptyBreakdownSheet(book, name, heading, words) })) };
  }
  const results = computeBreakdowns(db, {
    formId: options.formId,
    by,
    language: options.language,
    ...(options.weight ? { weight: options.weight } : {}),
    ...(options.filter?.trim() ? { filter: options.filter } : {}),
    ...(options.includeDemo ? { includeDemo: true } : {}),
    ...(options.design ? { design: options.design } : {}),
    ...(options.postHoc ? { postHoc: true } : {}),
  });
  const heading: BreakdownHeading = { by: results.by, byLabel: results.byLabel, ...(options.weight ? { weight: options.weight } : {}) };
  return {
    heading,
    ...(results.crosstabs?.design ? { design: results.crosstabs.design } : {}),
    steps: [
      { name: names[0], write: (book) => writeCrosstabSheet(book, names[0], heading, results.crosstabs?.items ?? [], words) },
      { name: names[1], write: (book) => writeMeansSheet(book, names[1], heading, results.means, words) },
      { name: names[2], write: (book) => writeReliabilitySheet(book, names[2], heading, results.reliability, words) },
    ],
  };
}
