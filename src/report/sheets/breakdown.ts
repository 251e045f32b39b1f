/**
 * The breakdown sheets: crosstabs of every categorical item by the grouping variable, means with
 * confidence intervals by group, and the reliability of each scale. They show the statistics
 * engine's numbers as it returns them (see src/analysis); nothing here computes a statistic.
 */
import type { CrosstabResult, MeansResult, ReliabilityResult } from '../../analysis';
import type { CellValue } from '../values';
import type { Words } from '../../common/messages/workbook';
import type { SheetWriter, StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES, type CellStyle } from '../xlsx/styles';
import { RESIDUAL_MARKS } from '../../common/residual-marks';

/** The parts of the analysis results these sheets show. */
export type CrosstabTable = Pick<
  CrosstabResult,
  | 'row'
  | 'rowLabel'
  | 'n'
  | 'rows'
  | 'cols'
  | 'counts'
  | 'rowTotals'
  | 'colTotals'
  | 'colPercent'
  | 'adjustedResiduals'
  | 'chiSquare'
  | 'df'
  | 'p'
  | 'cramersV'
  | 'smallExpected'
> &
  Partial<Pick<CrosstabResult, 'raoScott' | 'colPercentCi' | 'likelihoodRatio' | 'yates' | 'fisherP' | 'oddsRatio' | 'gamma' | 'tauB'>>;
export type MeansTable = Pick<MeansResult, 'groups' | 'total' | 'anova' | 'welch' | 'levene' | 'kruskalWallis'> &
  Partial<Pick<MeansResult, 'tukey' | 'gamesHowell'>>;
export type ReliabilityTable = Pick<ReliabilityResult, 'n' | 'alpha' | 'items'>;
type GroupMeansRow = MeansTable['total'];

/** What every breakdown sheet says at its top. */
export interface BreakdownHeading {
  by: string;
  byLabel: string;
  /** The weight variable, when the counts are weighted. */
  weight?: string;
}

/** Beyond this, a cell's count differs from independence at the 5% level (PSPP marks the same cells). */
const RESIDUAL_MARK = 1.96;
const LABEL_WIDTH = 44;
const NUMBER_WIDTH = 13;
/** The second column also holds "Count" / "Column %" in the three languages. */
const FIRST_NUMBER_WIDTH = 17;

const orBlank = (value: number | null | undefined): CellValue =>
  value === null || value === undefined || Number.isNaN(value) ? undefined : value;
const fraction = (percent: number | null): CellValue => (percent === null || Number.isNaN(percent) ? undefined : percent / 100);

async function openBreakdownSheet(
  book: StreamingWorkbook,
  name: string,
  columns: number,
  heading: BreakdownHeading,
  words: Words,
): Promise<SheetWriter> {
  const sheet = await book.addSheet(name, {
    columns: [
      { width: LABEL_WIDTH, style: STYLES.top },
      ...Array.from({ length: columns }, (_, i) => ({ width: i === 0 ? FIRST_NUMBER_WIDTH : NUMBER_WIDTH })),
    ],
  });
  await sheet.add([`${words.about.breakdownBy}: ${heading.byLabel ? `${heading.by} — ${heading.byLabel}` : heading.by}`], STYLES.title);
  if (heading.weight) await sheet.add([`${words.breakdown.weightedBy}: ${heading.weight}`], STYLES.bold);
  return sheet;
}

/** A sheet saying that nothing was selected, for each breakdown sheet of an empty selection. */
export async function writeEmptyBreakdownSheet(
  book: StreamingWorkbook,
  name: string,
  heading: BreakdownHeading,
  words: Words,
): Promise<void> {
  const sheet = await openBreakdownSheet(book, name, 0, heading, words);
  await sheet.skip();
  await sheet.add([words.breakdown.noResponses], STYLES.warning);
  await sheet.end();
}

export async function writeCrosstabSheet(
  book: StreamingWorkbook,
  name: string,
  heading: BreakdownHeading,
  tables: readonly CrosstabTable[],
  words: Words,
): Promise<void> {
  const b = words.breakdown;
  const columns = Math.max(2, ...tables.map((table) => table.cols.length + 2));
  const sheet = await openBreakdownSheet(book, name, columns, heading, words);
  const count = heading.weight ? STYLES.weightedCount : STYLES.count;
  const countBold = heading.weight ? STYLES.weightedCountBold : STYLES.countBold;
  const aboveCount = heading.weight ? STYLES.weightedAbove : STYLES.above;
  const belowCount = heading.weight ? STYLES.weightedBelow : STYLES.below;
  const above = `${RESIDUAL_MARKS.over.glyph} ${b.aboveExpected}`;
  const below = `${RESIDUAL_MARKS.under.glyph} ${b.belowExpected}`;
  // Heights set from the wrapped text: LibreOffice does not grow a row for wrapped text written by a stream, so
  // without them the legend is clipped and long region names run over the first row of numbers.
  await sheet.add(
    [b.legend, above, below],
    [STYLES.wrap, STYLES.aboveLegend, STYLES.belowLegend],
    rowHeight([
      [b.legend, LABEL_WIDTH],
      [above, FIRST_NUMBER_WIDTH],
      [below, NUMBER_WIDTH],
    ]),
  );

  for (const table of tables) {
    await sheet.skip();
    await sheet.add([`${table.row} — ${table.rowLabel}`], STYLES.bold);
    await sheet.add(
      ['', '', ...table.cols.map((col) => col.label), b.total],
      STYLES.header,
      rowHeight([...table.cols.map((col) => [col.label, NUMBER_WIDTH] as const), [b.total, NUMBER_WIDTH]]),
    );
    for (let r = 0; r < table.rows.length; r++) {
      const marks = table.cols.map((_, c) => residualMark(table.adjustedResiduals[r]?.[c] ?? null));
      await sheet.add(
        [table.rows[r].label, b.count, ...table.counts[r], table.rowTotals[r]],
        [STYLES.wrap, STYLES.plain, ...marks.map((mark) => (mark === 'above' ? aboveCount : mark === 'below' ? belowCount : count)), count],
      );
      await sheet.add(
        ['', b.columnPercent, ...table.colPercent[r].map(fraction), table.n ? table.rowTotals[r] / table.n : undefined],
        [
          STYLES.plain,
          STYLES.plain,
          ...marks.map((mark) => (mark === 'above' ? STYLES.percentAbove : mark === 'below' ? STYLES.percentBelow : STYLES.percent)),
          STYLES.percent,
        ],
      );
      const ci = table.colPercentCi?.[r];
      if (ci) {
        await sheet.add(
          ['', b.ciLow, ...ci.map((bounds) => fraction(bounds?.[0] ?? null))],
          [STYLES.plain, STYLES.plain, ...ci.map(() => STYLES.percent)],
        );
        await sheet.add(
          ['', b.ciHigh, ...ci.map((bounds) => fraction(bounds?.[1] ?? null))],
          [STYLES.plain, STYLES.plain, ...ci.map(() => STYLES.percent)],
        );
      }
    }
    await sheet.add(
      [b.total, b.count, ...table.colTotals, table.n],
      [STYLES.bold, STYLES.bold, ...table.colTotals.map(() => countBold), countBold],
    );
    await sheet.add(
      ['', b.columnPercent, ...table.colTotals.map((total) => (total ? 1 : undefined)), table.n ? 1 : undefined],
      STYLES.percentBold,
    );
    if (table.chiSquare === null) {
      await sheet.add([b.notComputed]);
      continue;
    }
    await sheet.add(
      ['', b.chiSquare, table.chiSquare, b.df, orBlank(table.df), b.p, orBlank(table.p), b.cramersV, orBlank(table.cramersV)],
      [undefined, STYLES.bold, STYLES.statistic, STYLES.bold, STYLES.plain, STYLES.bold, STYLES.pValue, STYLES.bold, STYLES.statistic],
    );
    if (table.raoScott) {
      const { f, ndf, ddf, p } = table.raoScott;
      await sheet.add(
        ['', b.raoScott, f, b.ndf, ndf, b.ddf, ddf, b.p, p],
        [
          undefined,
          STYLES.bold,
          STYLES.statistic,
          STYLES.bold,
          STYLES.statistic,
          STYLES.bold,
          STYLES.statistic,
          STYLES.bold,
          STYLES.pValue,
        ],
      );
    }
    await writeFurtherTests(sheet, table, words);
    if (table.smallExpected.warning) await sheet.add([b.smallExpected], STYLES.wrap);
  }
  await sheet.end();
}

const CHI_SQUARE_STYLES: CellStyle[] = [STYLES.plain, STYLES.bold, STYLES.statistic, STYLES.bold, STYLES.plain, STYLES.bold, STYLES.pValue];
const ORDINAL_STYLES: CellStyle[] = [
  STYLES.plain,
  STYLES.bold,
  STYLES.statistic,
  STYLES.bold,
  STYLES.statistic,
  STYLES.bold,
  STYLES.statistic,
  STYLES.bold,
  STYLES.pValue,
];

/**
 * The tests beneath Pearson's, where the engine computed them: the likelihood-ratio χ² (as PSPP prints it), for a 2×2
 * table Yates' χ², Fisher's exact p and the odds ratio with Woolf's 95% interval, and for two ordered variables gamma
 * and tau-b with their asymptotic standard errors and p under independence (z = value / ASE0).
 */
async function writeFurtherTests(sheet: SheetWriter, table: CrosstabTable, words: Words): Promise<void> {
  const b = words.breakdown;
  for (const [name, test] of [
    [b.likelihoodRatio, table.likelihoodRatio],
    [b.yates, table.yates],
  ] as const) {
    if (test) await sheet.add(['', name, test.chiSquare, b.df, test.df, b.p, test.p], CHI_SQUARE_STYLES);
  }
  if (table.fisherP !== undefined && table.fisherP !== null) {
    await sheet.add(['', b.fisherExact, undefined, undefined, undefined, b.p, table.fisherP], CHI_SQUARE_STYLES);
  }
  if (table.oddsRatio) {
    const { estimate, lwr, upr } = table.oddsRatio;
    await sheet.add(
      ['', b.oddsRatio, estimate, b.ciLow, lwr, b.ciHigh, upr],
      [STYLES.plain, STYLES.bold, STYLES.statistic, STYLES.bold, STYLES.statistic, STYLES.bold, STYLES.statistic],
    );
  }
  for (const [name, measure] of [
    [b.gamma, table.gamma],
    [b.tauB, table.tauB],
  ] as const) {
    if (measure) await sheet.add(['', name, measure.value, b.ase, measure.ase, 'z', measure.z, b.p, measure.p], ORDINAL_STYLES);
  }
}

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(4, width - 2);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = Math.min(word.length, room);
    if (used === 0) used = length;
    else if (used + 1 + length <= room) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    if (word.length > room) lines += Math.ceil(word.length / room) - 1;
  }
  return lines;
}

/** Points for a row whose tallest cell holds these texts in these column widths (15 pt a line, as Calibri 11). */
function rowHeight(cells: readonly (readonly [string, number])[]): number {
  return 15 * Math.max(1, ...cells.map(([text, width]) => wrappedLines(text, width))) + 3;
}

function residualMark(residual: number | null): 'above' | 'below' | undefined {
  if (residual === null || Number.isNaN(residual)) return undefined;
  return residual > RESIDUAL_MARK ? 'above' : residual < -RESIDUAL_MARK ? 'below' : undefined;
}

/** One table of the means sheet: null when the selection has no valid answer to the variable. */
export interface MeansEntry {
  variable: string;
  label: string;
  /** A scale score rather than a question: named as such. */
  isScale?: boolean;
  result: MeansTable | null;
}

export async function writeMeansSheet(
  book: StreamingWorkbook,
  name: string,
  heading: BreakdownHeading,
  entries: readonly MeansEntry[],
  words: Words,
): Promise<void> {
  const b = words.breakdown;
  const sheet = await openBreakdownSheet(book, name, 7, heading, words);
  const statistics = (row: GroupMeansRow): CellValue[] => [
    row.n,
    orBlank(row.mean),
    orBlank(row.sd),
    orBlank(row.se),
    orBlank(row.ciLow),
    orBlank(row.ciHigh),
    orBlank(row.median),
  ];
  const numberStyles = (bold: boolean): CellStyle[] => [
    bold ? STYLES.countBold : heading.weight ? STYLES.weightedCount : STYLES.count,
    ...Array(6).fill(bold ? STYLES.statisticBold : STYLES.statistic),
  ];

  for (const { variable, label, isScale, result: table } of entries) {
    await sheet.skip();
    await sheet.add([`${variable} — ${isScale ? b.scaleScore : label}`], STYLES.bold);
    if (!table) {
      await sheet.add([b.noValidAnswers]);
      continue;
    }
    await sheet.add([b.group, b.n, b.mean, b.sd, b.se, b.ciLow, b.ciHigh, b.median], STYLES.header);
    for (const group of table.groups)
      await sheet.add([group.label || group.group, ...statistics(group)], [STYLES.wrap, ...numberStyles(false)]);
    await sheet.add([b.total, ...statistics(table.total)], [STYLES.bold, ...numberStyles(true)]);
    const tests: [string, CellValue[]][] = [
      [b.anova, table.anova ? ['F', table.anova.F, table.anova.df1, table.anova.df2, table.anova.p] : []],
      [b.welch, table.welch ? ['F', table.welch.F, table.welch.df1, table.welch.df2, table.welch.p] : []],
      [b.levene, table.levene ? ['F', table.levene.F, table.levene.df1, table.levene.df2, table.levene.p] : []],
      [b.kruskalWallis, table.kruskalWallis ? ['H', table.kruskalWallis.H, table.kruskalWallis.df, undefined, table.kruskalWallis.p] : []],
    ];
    await sheet.add(['', '', '', `${b.df} (1)`, `${b.df} (2)`, b.p], STYLES.bold);
    for (const [test, cells] of tests) {
      if (!cells.length) continue;
      await sheet.add([test, ...cells], [STYLES.plain, STYLES.bold, STYLES.statistic, STYLES.plain, STYLES.statistic, STYLES.pValue]);
    }
    if (table.anova) {
      await sheet.add(
        [b.effectSizes, 'η²', table.anova.etaSquared, 'ω²', table.anova.omegaSquared],
        [STYLES.plain, STYLES.bold, STYLES.statistic, STYLES.bold, STYLES.statistic],
      );
    }
    await writePairwiseComparisons(sheet, table, words);
  }
  await sheet.end();
}

/** Tukey HSD and Games–Howell, when the report asked for them (`postHoc`): one row per pair, as R's TukeyHSD prints it. */
async function writePairwiseComparisons(sheet: SheetWriter, table: MeansTable, words: Words): Promise<void> {
  const b = words.breakdown;
  const groupName = (value: string) => table.groups.find((group) => group.group === value)?.label || value;
  for (const [title, comparisons] of [
    [b.tukey, table.tukey],
    [b.gamesHowell, table.gamesHowell],
  ] as const) {
    if (!comparisons?.length) continue;
    await sheet.add([title], STYLES.bold);
    await sheet.add([b.pair, b.difference, b.ciLow, b.ciHigh, b.adjustedP], STYLES.header);
    for (const pair of comparisons) {
      await sheet.add(
        [`${groupName(pair.second)} − ${groupName(pair.first)}`, pair.diff, orBlank(pair.lwr), orBlank(pair.upr), orBlank(pair.p)],
        [STYLES.wrap, STYLES.statistic, STYLES.statistic, STYLES.statistic, STYLES.pValue],
      );
    }
  }
}

/** One scale of the reliability sheet: null when no response answered all its items. */
export interface ReliabilityEntry {
  scale: string;
  result: ReliabilityTable | null;
}

export async function writeReliabilitySheet(
  book: StreamingWorkbook,
  name: string,
  heading: BreakdownHeading,
  entries: readonly ReliabilityEntry[],
  words: Words,
): Promise<void> {
  const b = words.breakdown;
  const sheet = await openBreakdownSheet(book, name, 4, heading, words);
  for (const { scale, result: table } of entries) {
    await sheet.skip();
    await sheet.add([`${b.scale}: ${scale}`], STYLES.bold);
    if (!table) {
      await sheet.add([b.noValidAnswers]);
      continue;
    }
    await sheet.add([b.alpha, orBlank(table.alpha)], [STYLES.bold, STYLES.statisticBold]);
    await sheet.add([b.listwiseN, table.n], [STYLES.plain, heading.weight ? STYLES.weightedCount : STYLES.count]);
    await sheet.add([b.item, words.codebook.label, b.alphaIfDeleted, b.correctedItemTotal, words.codebook.reverse], STYLES.header);
    for (const item of table.items) {
      await sheet.add(
        [
          item.item,
          item.label,
          orBlank(item.alphaIfDeleted),
          orBlank(item.correctedItemTotal),
          item.reversed ? words.codebook.yes : undefined,
        ],
        [STYLES.plain, STYLES.wrap, STYLES.statistic, STYLES.statistic, STYLES.plain],
      );
    }
  }
  await sheet.end();
}
