/**
 * The cell styles of Kelisim workbooks. Each is one frozen object shared by every cell that uses
 * it: exceljs recognizes a style it has seen by identity (see streaming-workbook.ts).
 */
import type { Style } from 'exceljs';

export type CellStyle = Readonly<Partial<Style>>;

const style = (value: Partial<Style>): CellStyle => Object.freeze(value);

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;
const THIN_BOTTOM = { bottom: { style: 'thin', color: { argb: 'FF8EA9C8' } } } as const;
/** Fills that mark crosstab cells above / below the count expected under independence. */
export const ABOVE_FILL_ARGB = 'FFC6EFCE';
export const BELOW_FILL_ARGB = 'FFFFC7CE';

export const FORMATS = {
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm:ss',
  time: 'hh:mm:ss',
  text: '@',
  minutes: '0.00',
  percent: '0.0%',
  count: '#,##0',
  weightedCount: '#,##0.0',
  statistic: '0.000',
  /** A p below 0.0001 reads "<0.0001", as statistics packages print it, not 0.0000. */
  pValue: '[<0.0001]"<0.0001";0.0000',
} as const;

export const STYLES = {
  plain: style({}),
  header: style({ font: { bold: true }, fill: HEADER_FILL, border: THIN_BOTTOM, alignment: { vertical: 'top', wrapText: true } }),
  bold: style({ font: { bold: true } }),
  title: style({ font: { bold: true, size: 14 } }),
  warning: style({ font: { bold: true, color: { argb: 'FF9C0006' } } }),
  wrap: style({ alignment: { vertical: 'top', wrapText: true } }),
  top: style({ alignment: { vertical: 'top' } }),
  text: style({ numFmt: FORMATS.text }),
  date: style({ numFmt: FORMATS.date }),
  dateTime: style({ numFmt: FORMATS.dateTime }),
  time: style({ numFmt: FORMATS.time }),
  minutes: style({ numFmt: FORMATS.minutes }),
  count: style({ numFmt: FORMATS.count }),
  countBold: style({ numFmt: FORMATS.count, font: { bold: true } }),
  weightedCount: style({ numFmt: FORMATS.weightedCount }),
  weightedCountBold: style({ numFmt: FORMATS.weightedCount, font: { bold: true } }),
  percent: style({ numFmt: FORMATS.percent }),
  percentBold: style({ numFmt: FORMATS.percent, font: { bold: true } }),
  percentAbove: style({ numFmt: FORMATS.percent, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: ABOVE_FILL_ARGB } } }),
  percentBelow: style({ numFmt: FORMATS.percent, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: BELOW_FILL_ARGB } } }),
  above: style({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: ABOVE_FILL_ARGB } } }),
  below: style({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: BELOW_FILL_ARGB } } }),
  statistic: style({ numFmt: FORMATS.statistic }),
  statisticBold: style({ numFmt: FORMATS.statistic, font: { bold: true } }),
  pValue: style({ numFmt: FORMATS.pValue }),
} satisfies Record<string, CellStyle>;
