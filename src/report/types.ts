/** What the exports for institutes take and give back (src/api/spec/report.ts names the calls). */
import type { ReportLanguage } from '../common/messages/workbook';
import type { SampleDesignOptions } from '../analysis/results';

/** The language of a workbook's headings and of the labels in it and in the SPSS syntax (an interface language). */
export type { ReportLanguage };

/** With strata, a cluster, an fpc or weightKind 'sampling', the crosstab sheets carry the design-based Rao–Scott test and CIs. */
export interface ReportWorkbookArgs extends SampleDesignOptions {
  formId: string;
  /** The .xlsx file to write, its folder existing (command line only); absent: a new file in the export folder. */
  outPath?: string;
  /** The single-choice question the breakdown sheets split by, usually region. */
  by?: string;
  /** Default: the interface language of this installation. */
  language?: ReportLanguage;
  /** Practice (demo) responses too; by default only field data is exported. */
  includeDemo?: boolean;
  /** A numeric question holding frequency weights for the breakdown sheets. */
  weight?: string;
  /** An expression in the form's language selecting the responses, e.g. `${age} >= 30`. */
  filter?: string;
  /** Tukey HSD and Games–Howell under each table of the means sheet (seconds per variable with 20 groups; default off). */
  postHoc?: boolean;
  /** Add the Paradata sheet: the selected interviews' event logs, one row per event (off by default). */
  paradata?: boolean;
  /** Add the Quality sheet: the quality checks' flags per response and per interviewer (off by default). */
  quality?: boolean;
  /** The Data sheets' headers: question names (default) or group paths as Kobo's exports write them (`household/age`). */
  headers?: 'names' | 'paths';
}

/** The answers' files written beside an export (`NAME_media/<response uuid>/<file>`); absent when none. */
export interface MediaBeside {
  mediaFolder?: string;
  mediaFiles?: number;
}

export interface ReportWorkbookResult extends MediaBeside {
  path: string;
  formId: string;
  /** Responses in the workbook (after the filter). */
  responses: number;
  /** Sheet names in order, in the workbook's language. */
  sheets: string[];
}

export interface CsvExportResult extends MediaBeside {
  path: string;
  responses: number;
  /** Columns: metadata, answers and one per option of each multiple choice. */
  variables: number;
}

export interface SpssExportResult {
  csvPath: string;
  syntaxPath: string;
  responses: number;
  variables: number;
  /** Variables whose SPSS name differs from the question name: name → SPSS name. */
  renamed: Record<string, string>;
}
