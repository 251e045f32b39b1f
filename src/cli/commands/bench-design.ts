/**
 * `kelisim bench design`: the design-based breakdown at field scale. Builds 1,000,000 respondents × 60 five-point
 * items in 20 regions (the strata) with 50 settlements each (the clusters) and a sampling weight, imports them through
 * the real import, and times the breakdown of every item by region with the Rao–Scott test and the column percents'
 * design-based intervals, next to the same breakdown without a design. Where R's survey package is installed it
 * times the same statistics (svychisq, svyby(svymean)) in R on the first rows of the same CSV, and says how far it
 * extrapolated. A benchmark, not a test: it prints figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { codedError } from '../../common/errors';
import { openSession } from '../../app/session';
import { BENCH_FORM_ID, benchForm, itemName, writeBenchCsv, type BenchShape } from '../../bench/analysis/data';
import { countText, textTable } from '../text-table';
import { peakRssMb, timed } from '../../bench/timing';

interface Step {
  step: string;
  seconds: number;
  figure: string;
  target?: string;
}

/** R's survey package on the first `rows` respondents and `items` items of the CSV: seconds, or why not. */
function timeR(csv: string, rows: number, items: number): { seconds: number; perItem: number } | { skipped: string } {
  const script = [
    'suppressMessages(library(survey))',
    `d <- read.csv(${JSON.stringify(csv)}, nrows = ${rows})`,
    `items <- sprintf("item_%02d", 1:${items})`,
    'for (v in items) d[[v]][d[[v]] %in% 8] <- NA',
    'design <- svydesign(id = ~settlement, strata = ~region, weights = ~w, data = d, nest = TRUE)',
    'elapsed <- system.time(for (v in items) {',
    '  svychisq(as.formula(paste0("~", v, " + region")), design, statistic = "F")',
    '  svyby(as.formula(paste0("~factor(", v, ")")), ~region, design, svymean, na.rm = TRUE)',
    '})[["elapsed"]]',
    'cat(elapsed, "\\n")',
  ].join('\n');
  const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.error) return { skipped: 'R is not installed' };
  if (run.status !== 0) return { skipped: `R failed: ${run.stderr.trim().split('\n').slice(-2).join(' ')}` };
  const seconds = Number(run.stdout.trim().split(/\s+/).pop());
  return { seconds, perItem: seconds / items };
}

function wholeNumber(text: string | undefined, fallback: number, option: string): number {
  if (text === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(text.replace(/_/g, '')))
    throw codedError('bad-input', 'cli-option-positive-whole-number', { option, value: text });
  return Number(text.replace(/_/g, ''));
}

export const benchDesignCommand: Command = {
  name: 'bench design',
  summary: 'benchmark: design-based breakdown (Rao–Scott, column-percent CIs) of 60 items × 20 regions on 1,000,000 respondents, against R',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'respondents to build (default 1000000)' },
    'r-responses': { type: 'string', valueName: 'N', description: 'respondents R analyses (default 100000; R is far slower)' },
    'r-items': { type: 'string', valueName: 'N', description: 'items R analyses (default 3; its time is scaled to 60)' },
    'skip-r': { type: 'boolean', description: 'do not time R' },
    ...jsonOption,
  },
  async run(args, io) {
    const shape: BenchShape = {
      respondents: wholeNumber(stringOption(args, 'responses'), 1_000_000, '--responses'),
      items: 60,
      regions: 20,
      scaleItems: 10,
      seed: 20261128,
      settlementsPerRegion: 50,
    };
    const rRows = Math.min(shape.respondents, wholeNumber(stringOption(args, 'r-responses'), 100_000, '--r-responses'));
    const rItems = Math.min(shape.items, wholeNumber(stringOption(args, 'r-items'), 3, '--r-items'));
    const json = flag(args, 'json');
    const say = (text: string) => json || io.stderr(text);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-design-'));
    const steps: Step[] = [];
    try {
      const csv = path.join(folder, 'respondents.csv');
      say(`Writing ${countText(shape.respondents)} respondents with region, settlement and weight …\n`);
      await writeBenchCsv(csv, shape);
      const session = await openSession({ databasePath: path.join(folder, 'bench.db'), transport: 'cli' });
      try {
        await session.handlers['forms.publish']({ form: benchForm(shape) }, () => {});
        say('Importing …\n');
        await session.handlers['responses.import']({ formId: BENCH_FORM_ID, file: { path: csv } }, () => {});
        const items = Array.from({ length: shape.items }, (_, i) => itemName(i));
        const design = { strata: 'region', cluster: 'settlement', weight: 'w' };
        say('Breakdowns …\n');
        const plain = await timed(() => session.handlers['analysis.breakdown']({ formId: BENCH_FORM_ID, by: 'region', items }, () => {}));
        steps.push({
          step: `breakdown of ${items.length} items × region, no design`,
          seconds: plain.seconds,
          figure: 'Pearson χ², as PSPP',
        });
        const designed = await timed(() =>
          session.handlers['analysis.breakdown']({ formId: BENCH_FORM_ID, by: 'region', items, ...design }, () => {}),
        );
        const summary = designed.result.design!;
        steps.push({
          step: `design-based breakdown of ${items.length} items × region (Rao–Scott, CIs)`,
          seconds: designed.seconds,
          figure: `${summary.strataCount} strata, ${summary.psuCount} PSUs, peak ${peakRssMb()} MB`,
          target: '< 5 s',
        });
        const again = await timed(() =>
          session.handlers['analysis.breakdown']({ formId: BENCH_FORM_ID, by: 'region', items, ...design }, () => {}),
        );
        steps.push({ step: 'the same design-based breakdown again', seconds: again.seconds, figure: '' });
        const estimate = await timed(() =>
          session.handlers['analysis.estimate']({ formId: BENCH_FORM_ID, variable: 'tolerance', by: 'region', ...design }, () => {}),
        );
        steps.push({
          step: 'design-based mean of the 10-item scale by region',
          seconds: estimate.seconds,
          figure: `deff ${estimate.result.estimates[0].deff?.toFixed(2) ?? '—'}`,
        });
      } finally {
        session.close();
      }
      let r: ReturnType<typeof timeR> = { skipped: 'not asked for (--skip-r)' };
      if (!flag(args, 'skip-r')) {
        say(`R's survey package on ${countText(rRows)} respondents × ${rItems} items …\n`);
        r = timeR(csv, rRows, rItems);
      }
      if ('seconds' in r) {
        const scaled = r.perItem * shape.items * (shape.respondents / rRows);
        steps.push({
          step: `R survey: svychisq + svyby(svymean), ${countText(rRows)} respondents × ${rItems} items`,
          seconds: r.seconds,
          figure: `≈ ${Math.round(scaled)} s for 60 items × ${countText(shape.respondents)} (linear)`,
        });
      }
      const report = { shape, steps, r: 'seconds' in r ? { rows: rRows, items: rItems, seconds: r.seconds } : r };
      if (json) return printJson(io, report);
      io.stdout(
        `\nKelisim design benchmark: ${countText(shape.respondents)} respondents × ${shape.items} items, ${shape.regions} regions (strata) × ` +
          `${shape.settlementsPerRegion} settlements (clusters), sampling weights (${os.cpus().length} cores, Node ${process.versions.node})\n\n`,
      );
      io.stdout(
        textTable(
          [{ heading: 'step' }, { heading: 'time', align: 'right' }, { heading: 'figure', align: 'right' }, { heading: 'target' }],
          steps.map((step) => [step.step, `${step.seconds.toFixed(2)} s`, step.figure, step.target ?? '']),
        ),
      );
      if ('skipped' in r) io.stdout(`R: ${r.skipped}\n`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  },
};
