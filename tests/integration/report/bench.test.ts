import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
beforeAll(() => (temp = tempFolder('kelisim-bench-')));
afterAll(() => temp.cleanup());

describe('kelisim bench report', () => {
  it('builds the synthetic study, times the three exports and reports rows/s and peak memory', async () => {
    const run = await kelisim('bench', 'report', '--responses', '500', '--keep', temp.dir, '--json');
    expect(run.stderr).toBe('');
    const figures = JSON.parse(run.stdout);
    // 7 metadata columns + 100 questions + 6 option columns for each of the 5 multiple choices.
    expect(figures).toMatchObject({ responses: 500, questions: 100, columns: 137, targetPeakRssMegabytes: 500 });
    for (const name of ['workbook', 'csv', 'spss']) {
      expect(figures[name].rowsPerSecond).toBeGreaterThan(0);
      expect(figures[name].peakRssMegabytes).toBeLessThan(500);
    }
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['bench.csv', 'bench.db', 'bench.xlsx', 'bench_export.csv', 'bench_export.sps']);
    const text = await kelisim('bench', 'report', '--responses', '200');
    expect(text.stdout).toMatch(/Excel workbook .* rows\/s .* peak RSS \d+ MB/);
    expect(text.stdout).toMatch(/Peak memory of the whole run: \d+ MB/);
  });
});
