/** `kelisim export spss`: FORMID.csv and the FORMID.sps that reads it, side by side in one folder. */
import fs from 'node:fs';
import path from 'node:path';
import type { ProgressReporter } from '../../common/progress';
import { throttledProgress } from '../../common/progress';
import type { SpssExportResult } from '../types';
import type { Db } from '../../store/database';
import { writeCsvFile } from '../csv';
import { checkOutputFolder, writeFilesAtomically } from '../output';
import { loadExportSource } from '../source';
import type { ReportLanguage } from '../../common/messages/workbook';
import { DictionaryMeasure } from './dictionary';
import { spssSyntax } from './syntax';

export interface SpssExportOptions {
  formId: string;
  folder: string;
  language: ReportLanguage;
  appVersion: string;
  now?: number;
  /** Practice responses too (default: field responses only). */
  includeDemo?: boolean;
}

export async function exportSpss(db: Db, options: SpssExportOptions, progress: ProgressReporter): Promise<SpssExportResult> {
  checkOutputFolder(options.folder);
  const source = loadExportSource(db, options.formId, options.language, { kind: 'all', includeDemo: options.includeDemo ?? false });
  const base = fileNameOf(options.formId);
  const csvPath = path.join(options.folder, `${base}.csv`);
  const syntaxPath = path.join(options.folder, `${base}.sps`);
  const variables = source.layout.variables;
  const measure = new DictionaryMeasure(variables);

  const responses = await writeFilesAtomically([csvPath, syntaxPath], async ([csvTemporary, syntaxTemporary]) => {
    const rows = await writeCsvFile(
      csvTemporary,
      source,
      { header: variables.map((variable) => variable.spssName), singleLine: true, observe: (i, text) => measure.observe(i, text) },
      throttledProgress(progress),
    );
    const syntax = spssSyntax(measure.dictionary(), {
      csvFileName: path.basename(csvPath),
      formId: source.layout.formId,
      title: source.layout.title,
      versions: source.layout.versions,
      appVersion: options.appVersion,
      exportedAt: new Date(options.now ?? Date.now()).toISOString(),
      language: options.language,
    });
    await fs.promises.writeFile(syntaxTemporary, syntax, { encoding: 'utf8', flag: 'wx' });
    return rows;
  });

  return {
    csvPath,
    syntaxPath,
    responses,
    variables: variables.length,
    renamed: Object.fromEntries(variables.filter((v) => v.spssName !== v.name).map((v) => [v.name, v.spssName])),
  };
}

/** A form id as a file name on every system: letters, digits, `.`, `_` and `-` only. */
function fileNameOf(formId: string): string {
  return formId.replace(/[^\p{L}\p{Nd}._-]/gu, '_') || 'form';
}
