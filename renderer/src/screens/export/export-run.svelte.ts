/**
 * One export as the lead watches it: the report API writing a new file into the export folder (the page names no
 * path; the core picks it) with progress, then where the file went, and (in browser mode) its bytes for a download.
 */
import type {
  CsvExportResult,
  ExportKind,
  MediaZipResult,
  ReportWorkbookArgs,
  ReportWorkbookResult,
  SpssExportResult,
} from '../../../../src/api/spec';
import type { Progress } from '../../../../src/common/progress';
import { call, exportDownloadUrl, isDesktop } from '../../lib/api';

/** Column headers of the workbook's Data sheets and of the CSV: question names, or Kobo's group paths. */
export type HeaderStyle = 'names' | 'paths';
import { stepsPercent } from '../../lib/progress';

export type ExportOutcome =
  | { kind: 'workbook'; result: ReportWorkbookResult; files: string[] }
  | { kind: 'csv'; result: CsvExportResult; files: string[] }
  | { kind: 'spss'; result: SpssExportResult; files: string[] };

export interface Download {
  name: string;
  url: string;
}

/** The workbook's data sheets are most of the work; the rest (about, codebook, breakdown) is quick. */
const STEPS: Record<ExportKind, { phase: string; share: number }[]> = {
  workbook: [
    { phase: 'data', share: 45 },
    { phase: 'data-labels', share: 45 },
    { phase: 'breakdown', share: 10 },
  ],
  csv: [{ phase: 'csv', share: 100 }],
  spss: [{ phase: 'csv', share: 100 }],
};

export class ExportRun {
  kind = $state<ExportKind | undefined>();
  progress = $state<Progress | undefined>();
  /** Never moves back, whatever order the phases come in. */
  percent = $state(0);
  outcome = $state.raw<ExportOutcome | undefined>();
  downloads = $state.raw<Download[]>([]);
  error = $state<Error | undefined>();
  running = $state(false);
  /** Everything exported on this screen since it opened, newest first. */
  done = $state.raw<ExportOutcome[]>([]);

  async workbook(args: Omit<ReportWorkbookArgs, 'outPath'>): Promise<void> {
    await this.#run('workbook', async (onProgress) => {
      const result = await call('report.workbook', args, { onProgress });
      return { kind: 'workbook', result, files: [result.path] };
    });
  }

  async csv(formId: string, includeDemo: boolean, headers: HeaderStyle = 'names'): Promise<void> {
    await this.#run('csv', async (onProgress) => {
      const result = await call(
        'report.csv',
        { formId, ...(includeDemo ? { includeDemo } : {}), ...(headers === 'paths' ? { headers } : {}) },
        { onProgress },
      );
      return { kind: 'csv', result, files: [result.path] };
    });
  }

  async spss(formId: string, language: ReportWorkbookArgs['language'], includeDemo: boolean): Promise<void> {
    await this.#run('spss', async (onProgress) => {
      const result = await call(
        'report.spss',
        { formId, ...(language ? { language } : {}), ...(includeDemo ? { includeDemo } : {}) },
        { onProgress },
      );
      return { kind: 'spss', result, files: [result.syntaxPath, result.csvPath] };
    });
  }

  async #run(kind: ExportKind, write: (onProgress: (progress: Progress) => void) => Promise<ExportOutcome>): Promise<void> {
    this.kind = kind;
    this.running = true;
    this.error = undefined;
    this.outcome = undefined;
    this.#revoke();
    this.percent = 0;
    this.progress = { phase: 'start', done: 0, total: 1 };
    try {
      const outcome = await write((progress) => {
        this.progress = progress;
        this.percent = stepsPercent(STEPS[kind], progress, this.percent);
      });
      this.percent = 100;
      this.outcome = outcome;
      this.done = [outcome, ...this.done];
      if (!isDesktop()) this.downloads = await Promise.all(outcome.files.map(download));
    } catch (error) {
      this.error = error as Error;
      this.progress = undefined;
    } finally {
      this.running = false;
    }
  }

  #revoke(): void {
    for (const item of this.downloads) URL.revokeObjectURL(item.url);
    this.downloads = [];
  }

  dispose(): void {
    this.#revoke();
  }
}

async function download(file: string): Promise<Download> {
  const { name, bytes } = await call('exports.file', { file });
  return { name, url: URL.createObjectURL(new Blob([bytes as BlobPart])) };
}

/**
 * The answers' files of a form as one zip (browser mode cannot receive a folder): made in the export folder by
 * responses.mediaZip, then, in the browser, fetched through the server's download route with the session token.
 */
export class MediaZipRun {
  running = $state(false);
  error = $state<Error | undefined>();
  result = $state.raw<MediaZipResult | undefined>();
  download = $state.raw<Download | undefined>();

  async make(formId: string, includeDemo: boolean): Promise<void> {
    this.running = true;
    this.error = undefined;
    this.result = undefined;
    this.#revoke();
    try {
      const result = await call('responses.mediaZip', { formId, ...(includeDemo ? { includeDemo } : {}) });
      this.result = result;
      if (result.path && !isDesktop())
        this.download = { name: result.path.split(/[\\/]/).pop()!, url: await exportDownloadUrl(result.path) };
    } catch (error) {
      this.error = error as Error;
    } finally {
      this.running = false;
    }
  }

  #revoke(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }

  dispose(): void {
    this.#revoke();
  }
}
