/**
 * `kelisim bench analysis`: the statistics engine at field scale. Builds 1,000,000 respondents × 60 five-point items
 * over 20 regions as a CSV, imports it through the real import, and times the breakdown of every item by region,
 * the means of a 10-item scale by region and its reliability; where PSPP is installed, times PSPP's CROSSTABS on
 * the same CSV in the same run. A benchmark, not a test: it prints figures and the targets beside them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command, CliIo } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { codedError } from '../../common/errors';
import { openSession } from '../../app/session';
import { cliScript } from '../../app/paths';
import { BENCH_FORM_ID, BENCH_SCALE, benchForm, psppCrosstabsSyntax, writeBenchCsv, type BenchShape } from '../../bench/analysis/data';
import { countText, textTable } from '../text-table';
import { peakRssMb, timed } from '../../bench/timing';

interface Step {
  step: string;
  seconds: number;
  /** A rate or comparison to read beside the time. */
  figure: string;
  /** The process's peak resident memory so far, in MB (0: another program's). */
  peakRssMb: number;
  target?: string;
}

/** PSPP's wall time on the syntax, or why it could not run. */
function runPspp(syntaxFile: string): { seconds: number } | { skipped: string } {
  const version = spawnSync('pspp', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return { skipped: 'PSPP is not installed' };
  const start = performance.now();
  const run = spawnSync('pspp', [syntaxFile, '-o', '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) return { skipped: `PSPP failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}` };
  return { seconds };
}

/** Writes the CSV and imports it; then the analyses run in a fresh process (see below) and PSPP reads the same CSV. */
export async function runAnalysisBench(shape: BenchShape, options: { folder?: string; pspp: boolean }, io: CliIo, quiet: boolean) {
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-'));
  fs.mkdirSync(folder, { recursive: true });
  const csv = path.join(folder, CSV_FILE);
  const database = path.join(folder, DATABASE_FILE);
  for (const file of [database, `${database}-wal`, `${database}-shm`]) fs.rmSync(file, { force: true });
  const say = (text: string) => quiet || io.stderr(text);
  const steps: Step[] = [];
  const n = shape.respondents;
  try {
    say(`Writing ${countText(n)} respondents × ${shape.items} items to ${csv} …\n`);
    const written = await timed(() => writeBenchCsv(csv, shape));
    steps.push({
      step: 'write the CSV (setup)',
      seconds: written.seconds,
      figure: `${Math.round(fs.statSync(csv).size / 1e6)} MB`,
      peakRssMb: peakRssMb(),
    });

    say('Importing through kelisim responses import …\n');
    const session = await openSession({ databasePath: database, transport: 'cli' });
    try {
      await session.handlers['forms.publish']({ form: benchForm(shape) }, () => {});
      const imported = await timed(() => session.handlers['responses.import']({ formId: BENCH_FORM_ID, file: { path: csv } }, () => {}));
      if (imported.result.imported !== n) throw new Error(`the bench imported ${imported.result.imported} of ${n} rows`);
      steps.push({
        step: 'import (parse, check, write)',
        seconds: imported.seconds,
        figure: `${countText(Math.round(n / imported.seconds))} respondents/s`,
        target: '≥ 100 000 respondents/s',
        peakRssMb: peakRssMb(),
      });
    } finally {
      session.close();
    }

    say('Analyses, in a fresh process so that their memory is their own …\n');
    const analyses = analysesInFreshProcess(folder);
    steps.push(...analyses);
    const breakdownSeconds = analyses[0].seconds;

    let pspp: { seconds: number } | { skipped: string } = { skipped: 'not asked for (--skip-pspp)' };
    if (options.pspp) {
      say('PSPP CROSSTABS on the same CSV …\n');
      const syntax = path.join(folder, 'crosstabs.sps');
      fs.writeFileSync(syntax, psppCrosstabsSyntax(csv, shape));
      pspp = runPspp(syntax);
    }
    if ('seconds' in pspp) {
      steps.push({
        step: 'PSPP 1.6 CROSSTABS, same CSV, same tables',
        seconds: pspp.seconds,
        figure: `Kelisim ${(pspp.seconds / breakdownSeconds).toFixed(1)}× faster`,
        target: 'Kelisim faster',
        peakRssMb: 0,
      });
    }
    const comparison =
      'seconds' in pspp
        ? { psppSeconds: pspp.seconds, kelisimSeconds: breakdownSeconds, ratio: pspp.seconds / breakdownSeconds }
        : { skipped: pspp.skipped };
    return { shape, folder, steps, pspp: comparison };
  } finally {
    if (!options.folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

const CSV_FILE = 'respondents.csv';
const DATABASE_FILE = 'bench.db';

/** Runs `kelisim bench analysis --analyses-only` on the folder and reads back its steps. */
function analysesInFreshProcess(folder: string): Step[] {
  const bin = cliScript();
  const run = spawnSync(process.execPath, [bin, 'bench', 'analysis', '--analyses-only', '--dir', folder, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`the analyses failed: ${run.stderr.trim()}`);
  return (JSON.parse(run.stdout) as { steps: Step[] }).steps;
}

/** The timed analyses on the bench database: breakdown (twice), means of the scale by region, its reliability. */
export async function runBenchAnalyses(folder: string, scaleItems: number): Promise<Step[]> {
  const database = path.join(folder, DATABASE_FILE);
  if (!fs.existsSync(database)) throw codedError('bad-input', 'cli-bench-no-database', { folder, file: DATABASE_FILE });
  const session = await openSession({ databasePath: database, transport: 'cli', create: false });
  const steps: Step[] = [];
  try {
    const breakdown = await timed(() => session.handlers['analysis.breakdown']({ formId: BENCH_FORM_ID, by: 'region' }, () => {}));
    steps.push({
      step: `breakdown: ${breakdown.result.items.length} items × region, with statistics`,
      seconds: breakdown.seconds,
      figure: `${breakdown.result.items.length} tables`,
      target: '< 3 s, < 1 GB',
      peakRssMb: peakRssMb(),
    });
    const again = await timed(() => session.handlers['analysis.breakdown']({ formId: BENCH_FORM_ID, by: 'region' }, () => {}));
    steps.push({ step: 'the same breakdown again', seconds: again.seconds, figure: '', peakRssMb: peakRssMb() });
    const means = await timed(() =>
      session.handlers['analysis.means']({ formId: BENCH_FORM_ID, variable: BENCH_SCALE, by: 'region' }, () => {}),
    );
    steps.push({
      step: `means of the ${scaleItems}-item scale by region`,
      seconds: means.seconds,
      figure: `ANOVA F ${means.result.anova?.F.toFixed(1) ?? '—'}`,
      peakRssMb: peakRssMb(),
    });
    const alpha = await timed(() => session.handlers['analysis.reliability']({ formId: BENCH_FORM_ID, scale: BENCH_SCALE }, () => {}));
    steps.push({
      step: 'reliability of the scale',
      seconds: alpha.seconds,
      figure: `alpha ${alpha.result.alpha?.toFixed(3) ?? '—'}`,
      peakRssMb: peakRssMb(),
    });
  } finally {
    session.close();
  }
  return steps;
}

function wholeNumber(text: string, option: string): number {
  if (!/^[1-9]\d*$/.test(text.replace(/_/g, '')))
    throw codedError('bad-input', 'cli-option-positive-whole-number', { option, value: text });
  return Number(text.replace(/_/g, ''));
}

export const benchAnalysisCommand: Command = {
  name: 'bench analysis',
  summary: 'benchmark: import and break down 1,000,000 respondents × 60 items by 20 regions, against PSPP',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'respondents to build (default 1000000)' },
    dir: {
      type: 'string',
      valueName: 'DIR',
      description: 'keep the CSV, database and PSPP syntax in this folder (default: a temporary one, removed)',
    },
    'skip-pspp': { type: 'boolean', description: 'do not time PSPP' },
    'analyses-only': {
      type: 'boolean',
      description:
        'only time the analyses on the database a run left in --dir (the bench itself runs them so, in a fresh process, to measure their memory)',
    },
    ...jsonOption,
  },
  async run(args, io) {
    if (flag(args, 'analyses-only')) {
      const dir = stringOption(args, 'dir');
      if (!dir) throw codedError('bad-input', 'cli-bench-analyses-need-dir', {});
      const steps = await runBenchAnalyses(path.resolve(dir), 10);
      return printJson(io, { steps });
    }
    const shape: BenchShape = {
      respondents: wholeNumber(stringOption(args, 'responses') ?? '1000000', '--responses'),
      items: 60,
      regions: 20,
      scaleItems: 10,
      seed: 20261128,
    };
    const dir = stringOption(args, 'dir');
    const report = await runAnalysisBench(
      shape,
      { ...(dir ? { folder: path.resolve(dir) } : {}), pspp: !flag(args, 'skip-pspp') },
      io,
      flag(args, 'json'),
    );
    if (flag(args, 'json')) return printJson(io, report);
    io.stdout(
      `\nKelisim analysis benchmark: ${countText(shape.respondents)} respondents × ${shape.items} five-point items × ${shape.regions} regions` +
        ` (${os.cpus().length} cores, Node ${process.versions.node})\n\n`,
    );
    io.stdout(
      textTable(
        [
          { heading: 'step' },
          { heading: 'time', align: 'right' },
          { heading: 'figure', align: 'right' },
          { heading: 'target' },
          { heading: 'peak RSS', align: 'right' },
        ],
        report.steps.map((step) => [
          step.step,
          `${step.seconds.toFixed(2)} s`,
          step.figure,
          step.target ?? '',
          step.peakRssMb ? `${step.peakRssMb} MB` : '',
        ]),
      ),
    );
    io.stdout('Peak RSS: of the process at that step; the analyses run in a process of their own (Node and its modules included).\n');
    if ('skipped' in report.pspp) io.stdout(`PSPP: ${report.pspp.skipped}\n`);
  },
};
