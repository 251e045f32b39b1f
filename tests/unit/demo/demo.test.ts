import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsForm, validateAnswers, isAnswerError, compileForm, type FormDefinition } from '../../../src/form';
import { generateDemoResponses } from '../../../src/demo/generate';
import { reliability } from '../../../src/analysis/stats';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';

let form: FormDefinition;
beforeAll(async () => {
  form = await readXlsForm(new Uint8Array(fs.readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');
});

const responses = (count: number, seed: number) => [...generateDemoResponses(form, { count, seed })];

describe('the demo study', () => {
  it('produces only responses the survey accepts', () => {
    const compiled = compileForm(form);
    for (const response of responses(400, 7)) {
      const errors = validateAnswers(compiled, response.answers).filter(isAnswerError);
      expect(errors, JSON.stringify(response.answers)).toEqual([]);
    }
  });

  it('is reproducible by seed, ids included, and differs between seeds', () => {
    expect(responses(50, 3)).toEqual(responses(50, 3));
    expect(responses(50, 4).map((r) => r.uuid)).not.toEqual(responses(50, 3).map((r) => r.uuid));
  });

  it('spreads interviews over the regions in proportion to population', () => {
    const counts = new Map<string, number>();
    for (const response of responses(3000, 1)) {
      const region = response.answers.region;
      if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
    }
    expect(counts.size).toBe(20);
    // Turkistan (2.1 million people) well ahead of Ulytau (0.2 million).
    expect(counts.get('turkistan')!).toBeGreaterThan(4 * counts.get('ulytau')!);
  });

  it('gives the tolerance scale the internal consistency of a real attitude scale', () => {
    const sample = responses(1500, 2).filter((r) => r.answers.consent === 'yes');
    const items = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((n) => {
      const reversed = ['04', '06', '08', '10'].includes(n);
      const values = Float64Array.from(sample, (r) => {
        const value = Number(r.answers[`tol_${n}`]);
        return value >= 1 && value <= 5 ? value : NaN;
      });
      return { values, reverse: reversed ? { min: 1, max: 5 } : undefined };
    });
    const result = reliability(items);
    expect(result.alpha).toBeGreaterThan(0.75);
    expect(result.alpha).toBeLessThan(0.97);
    for (const item of result.items) expect(item.correctedItemTotal).toBeGreaterThan(0.3);
  });
});
