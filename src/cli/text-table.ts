/** Plain-text tables for the terminal: a header, aligned columns (numbers to the right), no colours. */

export interface TextColumn {
  heading: string;
  /** Numbers and their formatted text go to the right. */
  align?: 'left' | 'right';
}

export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, c) => Math.max(width(column.heading), ...rows.map((row) => width(row[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (columns[c].align === 'right' ? pad(cell, widths[c], 'left') : pad(cell, widths[c], 'right')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((column) => column.heading)), rule, ...rows.map(line)].join('\n') + '\n';
}

/** Characters as the terminal shows them (combining marks take no room). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, size: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return side === 'left' ? fill + text : text + fill;
}

/** A count: whole numbers as they are, weighted sums with two decimals. */
export function countText(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? value.toLocaleString('en').replace(/,/g, ' ') : value.toFixed(2);
}

export function percentText(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}

export function statText(value: number | null, decimals = 3): string {
  return value === null ? '—' : value.toFixed(decimals);
}

/** A p-value as journals print it (APA): three decimals, "< .001" below that, so "p < .001"; JSON keeps it exact. */
export function pText(value: number | null): string {
  if (value === null) return '—';
  return value < 0.001 ? '< .001' : value.toFixed(3);
}

/** Shortens a long label for a table cell. */
export function shorten(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
