/** What an export reads: the form's variables in a language, and a way to walk the selected responses. */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { countFinalResponses, finalResponseRows, type ExportRow } from '../store/export-rows';
import { formVersions, type FormVersionRow } from '../store/forms';
import { exportLayout, type ExportLayout } from './variables';
import { wordsIn, type ReportLanguage } from '../common/messages/workbook';

export interface ExportSource {
  layout: ExportLayout;
  /** The form's published versions, oldest first, the layout was made from. */
  versions: FormVersionRow[];
  /** Responses `rows()` yields. */
  count: number;
  /** A fresh pass over the selected finalized responses, in the order they were stored. */
  rows(): Iterable<ExportRow>;
}

/**
 * Which finalized responses an export holds: all field responses (and the practice ones when asked for), or those
 * whose ids are listed (ascending, as the analysis layer's selection gives them).
 */
export type ResponseSelection = { kind: 'all'; includeDemo?: boolean } | { kind: 'ids'; ids: Float64Array };

export function loadExportSource(
  db: Db,
  formId: string,
  language: ReportLanguage,
  selection: ResponseSelection = { kind: 'all' },
): ExportSource {
  const versions = formVersions(db, formId);
  if (!versions.length) throw codedError('not-found', 'form-not-found', { formId });
  const layout = exportLayout(versions, language, wordsIn(language));
  if (selection.kind === 'all') {
    const includeDemo = selection.includeDemo ?? false;
    const query = { formId, fields: layout.fields, includeDemo };
    return { layout, versions, count: countFinalResponses(db, formId, { includeDemo }), rows: () => finalResponseRows(db, query) };
  }
  // The ids come from the analysis layer, which has already left practice responses out or not.
  const query = { formId, fields: layout.fields, includeDemo: true };
  const ids = selection.ids;
  return {
    layout,
    versions,
    count: ids.length,
    *rows() {
      // Both run in id order: one pointer walks the selection alongside the responses.
      let next = 0;
      for (const row of finalResponseRows(db, query)) {
        while (next < ids.length && ids[next] < row.id) next++;
        if (next === ids.length) return;
        if (ids[next] === row.id) yield row;
      }
    },
  };
}
