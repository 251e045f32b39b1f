/**
 * The cell styles of Kelisim workbooks. Each is one frozen object shared by every cell that uses
 * it: exceljs recognizes a style it has seen by identity (see streaming-workbook.ts).
 */
import type { Style } from 'exceljs';
import { excelColour, RESIDUAL_MARKS } from '../../common/residual-marks';

export type CellStyle = Readonly<Partial<Style>>;

const style = (value: Partial<Style>): CellStyle => Object.freeze(value);

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;
const THIN_BOTTOM = { bottom: { style: 'thin', color: { argb: 'FF8EA9C8' } } } as const;
/** Fills, ink and glyph that mark crosstab cells above / below the count expected, as the analysis screen marks them. */
export const ABOVE_FILL_ARGB = excelColour(RESIDUAL_MARKS.over.background);
export const BELOW_FILL_ARGB = excelColour(RESIDUAL_MARKS.under.background);
const ABOVE_FONT = { bold: true, color: { argb: excelColour(RESIDUAL_MARKS.over.ink) } } as const;
const BELOW_FONT = { bold: true, color: { argb: excelColour(RESIDUAL_MARKS.under.ink) } } as const;
const ABOVE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: ABOVE_FILL_ARGB } } as const;
const BELOW_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: BELOW_FILL_ARGB } } as const;
/** The glyph after the number, in the number format: the cell stays a number a formula can use. */
const marked = (format: string, glyph: string) => `${format}" ${glyph}"`;

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
  percentAbove: style({ numFmt: marked(FORMATS.percent, RESIDUAL_MARKS.over.glyph), fill: ABOVE_FILL, font: ABOVE_FONT }),
  percentBelow: style({ numFmt: marked(FORMATS.percent, RESIDUAL_MARKS.under.glyph), fill: BELOW_FILL, font: BELOW_FONT }),
  above: style({ numFmt: marked(FORMATS.count, RESIDUAL_MARKS.over.glyph), fill: ABOVE_FILL, font: ABOVE_FONT }),
  below: style({ numFmt: marked(FORMATS.count, RESIDUAL_MARKS.under.glyph), fill: BELOW_FILL, font: BELOW_FONT }),
  weightedAbove: style({ numFmt: marked(FORMATS.weightedCount, RESIDUAL_MARKS.over.glyph), fill: ABOVE_FILL, font: ABOVE_FONT }),
  weightedBelow: style({ numFmt: marked(FORMATS.weightedCount, RESIDUAL_MARKS.under.glyph), fill: BELOW_FILL, font: BELOW_FONT }),
  aboveLegend: style({ fill: ABOVE_FILL, font: ABOVE_FONT, alignment: { vertical: 'top', wrapText: true } }),
  belowLegend: style({ fill: BELOW_FILL, font: BELOW_FONT, alignment: { vertical: 'top', wrapText: true } }),
  statistic: style({ numFmt: FORMATS.statistic }),
  statisticBold: style({ numFmt: FORMATS.statistic, font: { bold: true } }),
  pValue: style({ numFmt: FORMATS.pValue }),
} satisfies Record<string, CellStyle>;
