/**
 * `kelisim bench quality`: the evening's high-frequency checks at field scale. Builds N respondents of the bundled
 * survey with planted speeders, straight-liners, copies and a fabricating interviewer, then times the checks (cold:
 * the first run fills the column cache; warm: the next). A benchmark, not a test: it prints figures and the target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from '../command';
import { flag, printJson, stringOption } from '../command';
import { jsonOption } from '../session';
import { codedError } from '../../common/errors';
import { openSession } from '../../app/session';
import { insertDemoResponses } from '../../demo/seed';
import { runQualityChecks } from '../../quality';
import { storedFields } from '../../form/survey';
import { formOf, latestFormVersion } from '../../store/forms';
import { textTable } from '../text-table';
import { peakRssMb } from '../../bench/timing';

export const benchQualityCommand: Command = {
  name: 'bench quality',
  summary: 'time the quality checks over N responses of the bundled survey with planted problems (default 100,000)',
  options: {
    responses: { type: 'string', valueName: 'N', description: 'responses to check (default 100000)' },
    ...jsonOption,
  },
  async run(args, io) {
    const count = Number(stringOption(args, 'responses') ?? 100_000);
    if (!Number.isInteger(count) || count < 100)
      throw codedError('bad-input', 'cli-option-whole-number-from', {
        option: '--responses',
        minimum: 100,
        value: stringOption(args, 'responses') ?? '',
      });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-quality-'));
    try {
      const session = await openSession({ databasePath: path.join(folder, 'bench.db'), transport: 'cli' });
      const { formId } = await session.handlers['demo.seed']({ responses: 0, seed: 1 }, () => {});
      const version = latestFormVersion(session.db, formId)!;
      const questions = storedFields(formOf(version)).length;
      let start = performance.now();
      insertDemoResponses(session.db, formId, version.version, count, 7, {
        speeding: 0.02,
        straightlining: 0.02,
        duplicates: 0.005,
        nearDuplicates: 0.005,
      });
      const generateSeconds = (performance.now() - start) / 1000;
      const runs: { run: string; seconds: number; flagged: number }[] = [];
      for (const run of ['cold (fills the column cache)', 'warm']) {
        start = performance.now();
        const report = runQualityChecks(session.db, { formId, includeDemo: true });
        runs.push({ run, seconds: (performance.now() - start) / 1000, flagged: report.responses.length });
      }
      session.close();
      const result = {
        responses: count,
        questions,
        generateSeconds,
        runs,
        peakRssMb: peakRssMb(),
        targetSeconds: 3,
      };
      if (flag(args, 'json')) return printJson(io, result);
      io.stdout(
        `${count.toLocaleString('en-US')} responses × ${questions} stored questions (generated and written in ${generateSeconds.toFixed(1)} s)\n`,
      );
      io.stdout(
        textTable(
          [
            { heading: 'quality checks' },
            { heading: 'seconds', align: 'right' },
            { heading: 'flagged', align: 'right' },
            { heading: 'target' },
          ],
          runs.map((r) => [r.run, r.seconds.toFixed(2), String(r.flagged), '< 3 s']),
        ),
      );
      io.stdout(`peak memory ${result.peakRssMb} MB\n`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  },
};
