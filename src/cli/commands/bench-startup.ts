/**
 * `kelisim bench startup`: what a researcher waits for at the command line, end to end, each in a fresh process —
 * `kelisim --help`, `kelisim info` and `kelisim analyze breakdown` of 20 five-point items by 20 regions over 300,000
 * respondents — against `node -e 0` (Node's own start) and PSPP's CROSSTABS of the same items on the same CSV. A
 * benchmark, not a test: it prints the medians and the ratios (targets: --help under 0.15 s, the breakdown at most
 * 0.3× PSPP's time).
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
import { cliScript } from '../../app/paths';
import { BENCH_FORM_ID, benchForm, psppCrosstabsSyntax, writeBenchCsv, type BenchShape } from '../../bench/analysis/data';
import { countText, textTable } from '../text-table';

interface Timing {
  step: string;
  /** Median wall time of the runs, in seconds. */
  seconds: number;
  /** Median CPU time (user + system) of the runs, in seconds; steadier than wall time on a busy machine (Linux only). */
  cpuSeconds?: number;
  runs: number;
  /** Median seconds ÷ node -e 0's. */
  timesNode: number;
  /** Median seconds ÷ PSPP's CROSSTABS (absent when PSPP did not run). */
  timesPspp?: number;
  target?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * CPU seconds used by the children this process has waited for (Linux: cutime + cstime of /proc/self/stat, in clock
 * ticks of 1/100 s); undefined elsewhere.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = fs
      .readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so cutime (16) and cstime (17) are 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Median wall and CPU time of `runs` fresh processes; fails on a non-zero exit. */
function timeProcess(program: string, args: string[], runs: number): { seconds: number; cpuSeconds?: number } {
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = childrenCpuSeconds();
    const start = performance.now();
    const result = spawnSync(program, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    seconds.push((performance.now() - start) / 1000);
    const cpuAfter = childrenCpuSeconds();
    if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
    if (result.error || result.status !== 0) {
      throw codedError('bad-input', 'cli-bench-command-failed', {
        command: `${path.basename(program)} ${args.slice(0, 3).join(' ')}`,
        detail: (result.stderr || String(result.error ?? '')).trim().split('\n').slice(-2).join(' '),
      });
    }
  }
  return { seconds: median(seconds), ...(cpu.length ? { cpuSeconds: median(cpu) } : {}) };
}

function psppAvailable(): boolean {
  const version = spawnSync('pspp', ['--version'], { encoding: 'utf8' });
  return !version.error && version.status === 0;
}

export const benchStartupCommand: Command = {
  name: 'bench startup',
  summary: 'benchmark: --help, info and a 300,000-respondent breakdown end to end, against node -e 0 and PSPP',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'respondents (default 300000)' },
    runs: { type: 'string', valueName: 'N', description: 'runs of each command; the median is reported (default 5)' },
    dir: {
      type: 'string',
      valueName: 'DIR',
      description: 'keep the CSV and database in this folder and reuse them (default: a temporary one)',
    },
    ...jsonOption,
  },
  async run(args, io) {
    const respondents = Number(stringOption(args, 'responses') ?? '300000');
    const runs = Number(stringOption(args, 'runs') ?? '5');
    if (!Number.isInteger(respondents) || respondents < 1)
      throw codedError('bad-input', 'cli-option-positive-whole-number', {
        option: '--responses',
        value: stringOption(args, 'responses') ?? '',
      });
    if (!Number.isInteger(runs) || runs < 1)
      throw codedError('bad-input', 'cli-option-positive-whole-number', { option: '--runs', value: stringOption(args, 'runs') ?? '' });
    const shape: BenchShape = { respondents, items: 20, regions: 20, scaleItems: 10, seed: 20261204 };
    const keep = stringOption(args, 'dir');
    const folder = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-startup-'));
    fs.mkdirSync(folder, { recursive: true });
    const csv = path.join(folder, `respondents-${respondents}.csv`);
    const database = path.join(folder, `startup-${respondents}.db`);
    const say = (text: string) => flag(args, 'json') || io.stderr(text);
    try {
      if (!fs.existsSync(database)) {
        say(`Building ${countText(respondents)} respondents × ${shape.items} items (setup, not timed) …\n`);
        await writeBenchCsv(csv, shape);
        const session = await openSession({ databasePath: database, transport: 'cli' });
        try {
          await session.handlers['forms.publish']({ form: benchForm(shape) }, () => {});
          await session.handlers['responses.import']({ formId: BENCH_FORM_ID, file: { path: csv } }, () => {});
        } finally {
          session.close();
        }
      }
      const kelisim = cliScript();
      const node = process.execPath;
      say(`Timing ${runs} runs of each …\n`);
      const nodeTime = timeProcess(node, ['-e', '0'], runs);
      const nodeSeconds = nodeTime.seconds;
      const measured: { step: string; seconds: number; cpuSeconds?: number; target?: string }[] = [
        { step: 'node -e 0', ...nodeTime },
        { step: 'kelisim --help', ...timeProcess(node, [kelisim, '--help'], runs), target: '< 0.15 s' },
        { step: 'kelisim info', ...timeProcess(node, [kelisim, 'info', '--db', database], runs) },
        {
          step: `kelisim analyze breakdown (${shape.items} items × region, ${countText(respondents)} respondents)`,
          ...timeProcess(
            node,
            [kelisim, 'analyze', 'breakdown', '--db', database, '--form', BENCH_FORM_ID, '--by', 'region', '--json'],
            runs,
          ),
          target: '≤ 0.3× PSPP',
        },
      ];
      let psppSeconds: number | undefined;
      if (psppAvailable()) {
        if (!fs.existsSync(csv)) await writeBenchCsv(csv, shape);
        const syntax = path.join(folder, 'crosstabs.sps');
        fs.writeFileSync(syntax, psppCrosstabsSyntax(csv, shape));
        const pspp = timeProcess('pspp', [syntax, '-o', '/dev/null'], Math.min(runs, 3));
        psppSeconds = pspp.seconds;
        measured.push({ step: 'PSPP CROSSTABS, same items, same CSV', ...pspp });
      }
      const timings: Timing[] = measured.map((entry) => ({
        ...entry,
        runs: entry.step.startsWith('PSPP') ? Math.min(runs, 3) : runs,
        timesNode: entry.seconds / nodeSeconds,
        ...(psppSeconds ? { timesPspp: entry.seconds / psppSeconds } : {}),
      }));
      const machine = { cores: os.cpus().length, node: process.versions.node, loadAverage: os.loadavg()[0] };
      if (flag(args, 'json')) return printJson(io, { respondents, items: shape.items, machine, timings });
      io.stdout(
        `\nKelisim start-up benchmark: ${countText(respondents)} respondents × ${shape.items} items × ${shape.regions} regions` +
          ` (${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)}; medians of ${runs} runs)\n\n`,
      );
      io.stdout(
        textTable(
          [
            { heading: 'command' },
            { heading: 'wall', align: 'right' },
            { heading: 'CPU', align: 'right' },
            { heading: '× node -e 0', align: 'right' },
            { heading: '× PSPP', align: 'right' },
            { heading: 'target' },
          ],
          timings.map((timing) => [
            timing.step,
            `${timing.seconds.toFixed(3)} s`,
            timing.cpuSeconds === undefined ? '' : `${timing.cpuSeconds.toFixed(2)} s`,
            timing.timesNode.toFixed(1),
            timing.timesPspp?.toFixed(2) ?? '',
            timing.target ?? '',
          ]),
        ),
      );
      io.stdout('Ratios are of wall times; on a busy machine the CPU column is the steadier figure.\n');
      if (psppSeconds === undefined) io.stdout('PSPP is not installed: no comparison with it.\n');
    } finally {
      if (!keep) fs.rmSync(folder, { recursive: true, force: true });
    }
  },
};
