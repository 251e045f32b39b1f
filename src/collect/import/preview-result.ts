/** What a respondents import preview reports (type-only: the API contract re-exports it for the renderer). */
import type { Problem } from '../../common/errors';
import type { Translations } from '../../form/model';

export interface PreviewColumn {
  /** The column's name as the header has it. */
  header: string;
  /**
   * What the import does with it: a question's answers; a calculation's (read past: worked out from the answers);
   * a name that is no question of the version, a name given twice, or no name (such a column may only be empty);
   * a name (a last step of a group path) several questions share; a column Kobo or ODK Central adds about the
   * submission (`_id`, `meta/instanceID`), or a select_multiple's 0/1 column (`group/q/choice`): both read past.
   */
  role: 'question' | 'calculation' | 'unknown' | 'repeated' | 'empty' | 'ambiguous' | 'system' | 'option';
  /** The questions' paths an ambiguous name fits. */
  candidates?: string[];
  /** The question it fills (question and calculation only). */
  question?: string;
  label?: Translations;
}

export interface ImportPreview {
  formId: string;
  version: string;
  /** How problems name the file. */
  file: string;
  sheet?: string;
  /** How the text was read. */
  encoding: 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be' | 'xlsx';
  columns: PreviewColumn[];
  /** The header's line (CSV) or sheet row. */
  headerLine: number;
  /** The first rows as they are in the file, each with its line. */
  sample: { line: number; cells: string[] }[];
  rows: number;
  /** Rows the import would store. */
  validRows: number;
  /** Rows with a problem: an import refuses the whole file, unless invalid rows are skipped. */
  invalidRows: number;
  /** Header problems first, then each row's, with row and column (at most 1,000 listed; a last one says how many more). */
  problems: Problem[];
  /** Answers to questions that do not apply, which the import would clear. */
  cleared: number;
}
