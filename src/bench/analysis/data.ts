/**
 * The benchmark's study: a questionnaire of 60 five-point Likert items (the first ten a tolerance scale with two
 * reverse-worded items) asked in 20 regions, and a respondents table for it written as CSV, the way a researcher
 * brings data from another tool. Answers follow a latent attitude with a regional shift, so alphas, chi-squares and
 * ANOVAs have something to find; 2% of answers are blank and 1% "don't know" (a missing-value code).
 */
import fs from 'node:fs';
import type { FormDefinition, SurveyRow } from '../../form/model';

export interface BenchShape {
  respondents: number;
  items: number;
  regions: number;
  /** The first `scaleItems` items form the scale "tolerance"; items 4 and 8 of it are reverse-worded. */
  scaleItems: number;
  seed: number;
  /**
   * Adds a sample design: `settlement` (the cluster, `settlementsPerRegion` per region, numbered within the region)
   * and `w` (a sampling weight between 0.4 and 3.1), drawn from a random stream of their own so the items stay
   * the same as without them.
   */
  settlementsPerRegion?: number;
}

export const BENCH_FORM_ID = 'bench_tolerance';
export const BENCH_SCALE = 'tolerance';

export const itemName = (index: number) => `item_${String(index + 1).padStart(2, '0')}`;
export const regionName = (index: number) => `r${String(index + 1).padStart(2, '0')}`;
const isReversed = (index: number, shape: BenchShape) => index < shape.scaleItems && (index === 3 || index === 7);

export function benchForm(shape: BenchShape): FormDefinition {
  const en = (text: string) => ({ en: text });
  const survey: SurveyRow[] = [
    { type: 'select_one', name: 'region', listName: 'region', label: en('Region'), required: true },
    ...(shape.settlementsPerRegion
      ? ([
          { type: 'integer', name: 'settlement', label: en('Settlement') },
          { type: 'decimal', name: 'w', label: en('Sampling weight') },
        ] satisfies SurveyRow[])
      : []),
    ...Array.from({ length: shape.items }, (_, i): SurveyRow => ({
      type: 'select_one',
      name: itemName(i),
      listName: 'agree5',
      label: en(`Statement ${i + 1}`),
      ...(i < shape.scaleItems ? { scale: BENCH_SCALE } : {}),
      ...(isReversed(i, shape) ? { reverse: true } : {}),
    })),
  ];
  const agree = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];
  return {
    formId: BENCH_FORM_ID,
    title: 'Benchmark: tolerance by region',
    version: '1',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    survey,
    choiceLists: [
      { name: 'region', choices: Array.from({ length: shape.regions }, (_, r) => ({ name: regionName(r), label: en(`Region ${r + 1}`) })) },
      {
        name: 'agree5',
        choices: [
          ...agree.map((label, k) => ({ name: String(k + 1), label: en(label) })),
          { name: '8', label: en("Don't know"), missing: true },
        ],
      },
    ],
  };
}

/** Writes the respondents table: header region,item_01,…; one line per respondent. */
export async function writeBenchCsv(file: string, shape: BenchShape): Promise<void> {
  let seed = shape.seed >>> 0;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  // Close enough to a standard normal for synthetic answers, and cheap: the sum of four uniforms, standardized.
  const normal = () => (random() + random() + random() + random() - 2) * Math.sqrt(3);
  const regionShift = Array.from({ length: shape.regions }, (_, r) => 0.4 * Math.sin(r));
  const regionBytes = Array.from({ length: shape.regions }, (_, r) => Buffer.from(regionName(r), 'latin1'));
  const reversed = Array.from({ length: shape.items }, (_, i) => isReversed(i, shape));
  let designSeed = (shape.seed ^ 0x5eed) >>> 0;
  const designRandom = () => (designSeed = (Math.imul(designSeed, 22695477) + 1) >>> 0) / 2 ** 32;
  const settlements = shape.settlementsPerRegion ?? 0;
  // A settlement shares its weight's scale: households in small places were sampled less often.
  const settlementScale = Array.from({ length: shape.regions * settlements }, () => 0.5 + 2 * designRandom());
  const handle = await fs.promises.open(file, 'w');
  try {
    await handle.write(
      `region,${Array.from({ length: shape.items }, (_, i) => itemName(i)).join(',')}${settlements ? ',settlement,w' : ''}\n`,
    );
    // Lines are written as bytes into one buffer and flushed a megabyte at a time: a million lines take seconds.
    const buffer = Buffer.alloc(1 << 20);
    let length = 0;
    for (let respondent = 0; respondent < shape.respondents; respondent++) {
      if (length > buffer.length - 4 * shape.items - 64) {
        await handle.write(buffer, 0, length);
        length = 0;
      }
      const region = Math.floor(random() * shape.regions);
      const attitude = normal() + regionShift[region];
      length += regionBytes[region].copy(buffer, length);
      for (let i = 0; i < shape.items; i++) {
        buffer[length++] = 0x2c; // ,
        const draw = random();
        if (draw < 0.02) continue; // no answer
        if (draw < 0.03) {
          buffer[length++] = 0x38; // 8: don't know
          continue;
        }
        const leaning = reversed[i] ? -attitude : attitude;
        buffer[length++] = 0x30 + Math.min(5, Math.max(1, Math.round(3 + 0.8 * leaning + 0.9 * normal())));
      }
      if (settlements) {
        const settlement = Math.floor(designRandom() * settlements);
        const weight = Math.min(3.1, Math.max(0.4, settlementScale[region * settlements + settlement] * (0.8 + 0.4 * designRandom())));
        length += buffer.write(`,${settlement + 1},${weight.toFixed(3)}`, length, 'latin1');
      }
      buffer[length++] = 0x0a;
    }
    await handle.write(buffer, 0, length);
  } finally {
    await handle.close();
  }
}

/** PSPP syntax that reads the same CSV and crosstabulates every item by region with the same statistics. */
export function psppCrosstabsSyntax(csvFile: string, shape: BenchShape): string {
  const items = Array.from({ length: shape.items }, (_, i) => itemName(i));
  return [
    `GET DATA /TYPE=TXT /FILE='${csvFile.replaceAll("'", "''")}' /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=','`,
    `  /VARIABLES= region A3 ${items.map((item) => `${item} F1.0`).join(' ')}.`,
    `MISSING VALUES ${items[0]} TO ${items[items.length - 1]} (8).`,
    `CROSSTABS /TABLES=${items[0]} TO ${items[items.length - 1]} BY region /CELLS=COUNT ROW COLUMN EXPECTED ASRESIDUAL /STATISTICS=CHISQ PHI.`,
    '',
  ].join('\n');
}
