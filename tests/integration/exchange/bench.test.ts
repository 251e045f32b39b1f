/** The exchange benchmark, run small: its counts must be what its laptops wrote. */
import { describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';

describe('kelisim bench exchange', () => {
  it('merges every laptop package once, then finds only duplicates in the same and in re-exported packages', async () => {
    const run = await kelisim('bench', 'exchange', '--packages', '3', '--responses', '40', '--json');
    expect(run.code, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout);
    // 3 laptops × 40 interviews = 120 responses, of the 60-field synthetic survey.
    expect(figures).toMatchObject({
      packages: 3,
      responsesPerPackage: 40,
      fields: 60,
      added: 120,
      reimportDuplicates: 120,
      resentDuplicates: 120,
    });
    expect(figures.mergeSeconds).toBeGreaterThan(0);
    expect(figures.reimportCpuSeconds).toBeGreaterThan(0);
    const refused = await kelisim('bench', 'exchange', '--packages', 'many');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--packages must be a whole number from 1, not "many"/);
  });
});
