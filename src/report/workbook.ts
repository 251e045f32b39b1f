/**
 * `kelisim report`: one workbook with About, Codebook, Data, Data (labels) and the breakdown sheets
 * by the chosen variable, streamed to a temporary file and renamed into place when complete.
 */
import path from 'node:path';
import { badInput, notFound } from '../common/errors';
import { throttledProgress, type ProgressReporter } from '../common/progress';
import type { ReportWorkbookResult } from '../api/spec/report';
import type { Db } from '../store/database';
import { countResponsesByStatus } from '../store/responses';
import { writeFilesAtomically } from './output';
import { writeAboutSheet } from './sheets/about';
import { writeCodebookSheet } from './sheets/codebook';
import { writeDataSheet } from './sheets/data';
import { loadExportSource, type ExportSource } from './source';
import type { ExportVariable } from './variables';
import { wordsIn, type ReportLanguage } from './words';
import { StreamingWorkbook } from './xlsx/streaming-workbook';

export interface ReportWorkbookOptions {
  formId: string;
  outPath: string;
  language: ReportLanguage;
  /** The single-choice question the breakdown sheets split by (usually region). */
  by?: string;
  weight?: string;
  filter?: string;
  appVersion: string;
  /** The export time the About sheet states (default: now). */
  now?: number;
}

/** A sheet of the workbook, written in turn into the one streaming workbook. */
export type SheetStep = { name: string; write(book: StreamingWorkbook): Promise<void> };

export async function writeReportWorkbook(db: Db, options: ReportWorkbookOptions, progress: ProgressReporter): Promise<ReportWorkbookResult> {
  if (!/\.xlsx$/i.test(options.outPath)) throw badInput(`the workbook must be an .xlsx file, not ${path.basename(options.outPath)}`);
  if (options.filter !== undefined || options.weight !== undefined) {
    throw badInput('filters and weights need the statistics layer, which this build of Kelisim does not include yet');
  }
  const source = loadExportSource(db, options.formId, options.language);
  const by = options.by === undefined ? undefined : groupingVariable(source, options.by);
  const words = wordsIn(options.language);
  const report = throttledProgress(progress);

  const steps: SheetStep[] = [
    {
      name: words.sheets.about,
      write: (book) => writeAboutSheet(book, {
        layout: source.layout,
        language: options.language,
        exportedAt: options.now ?? Date.now(),
        appVersion: options.appVersion,
        ...(by ? { by: { name: by.name, label: by.label } } : {}),
        counts: countResponsesByStatus(db, options.formId),
        selected: source.count,
      }),
    },
    { name: words.sheets.codebook, write: (book) => writeCodebookSheet(book, source.layout, words) },
    { name: words.sheets.data, write: (book) => writeDataSheet(book, words.sheets.data, source, 'codes', report) },
    { name: words.sheets.dataLabels, write: (book) => writeDataSheet(book, words.sheets.dataLabels, source, 'labels', report) },
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
  return { path: options.outPath, formId: options.formId, responses: source.count, sheets: steps.map((step) => step.name) };
}

/** The variable the breakdown splits by: a single-choice question of the form. */
function groupingVariable(source: ExportSource, name: string): ExportVariable {
  const variable = source.layout.variables.find((candidate) => candidate.name === name && candidate.source.from === 'answer');
  if (!variable) throw notFound(`form "${source.layout.formId}" has no question named "${name}"`);
  if (variable.kind !== 'numericCode' && variable.kind !== 'textCode') {
    throw badInput(`"${name}" is not a single-choice question, so it cannot split the breakdown (choose one such as region)`);
  }
  return variable;
}
