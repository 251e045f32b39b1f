/**
 * The text of a worksheet cell, whatever exceljs holds for it: XLSForm cells are text, but real
 * workbooks have numbers (choice names 1…5, versions), booleans (TRUE in required), formulas
 * (=TRUE()), rich text, hyperlinks and dates.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs reads them as UTC midnight (plus the time of day, if any).
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: string; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join('');
    if ('result' in cell || 'formula' in cell) return cell.result !== undefined ? cellText(cell.result) : `${cell.formula ?? ''}`;
    if ('text' in cell) return cellText(cell.text);
    if ('error' in cell) return '';
  }
  return String(value);
}

/** "A", "B", … "AA": how Excel names a 1-based column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
