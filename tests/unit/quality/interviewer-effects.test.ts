/**
 * The intra-interviewer correlation against R: tests/fixtures/quality/interviewer-effects.R draws 12 interviewers'
 * workloads and answers, and computes ρ_int from R's anova() table (Kish's one-way ANOVA estimator, n₀ for unequal
 * workloads) and the design effect 1 + (m̄ − 1)·ρ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interviewerCorrelation } from '../../../src/quality/effects';
import { AnswerDictionary } from '../../../src/store/columns';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures', 'quality');
const reference = JSON.parse(fs.readFileSync(path.join(fixtures, 'interviewer-effects.json'), 'utf8'));

describe('interviewer effects', () => {
  it('equal R: ρ_int and its design effect from the one-way ANOVA', () => {
    const lines = fs.readFileSync(path.join(fixtures, 'interviewer-effects.csv'), 'utf8').trim().split('\n').slice(1);
    const dictionary = new AnswerDictionary();
    const codes = new Int32Array(lines.length);
    const values = new Float64Array(lines.length);
    lines.forEach((line, i) => {
      const [name, value] = line.split(',');
      codes[i] = dictionary.code(name.replaceAll('"', ''));
      values[i] = value === '' ? NaN : Number(value);
    });
    const rows = Int32Array.from(lines, (_, i) => i);
    const effect = interviewerCorrelation(values, { values: dictionary.values, codes }, rows);
    expect(effect.n).toBe(reference.n);
    expect(effect.interviewers).toBe(reference.interviewers);
    expect(effect.rho!).toBeCloseTo(reference.rho, 12);
    expect(effect.deff!).toBeCloseTo(reference.deff, 11);
  });

  it('has no estimate with a single interviewer', () => {
    const effect = interviewerCorrelation(
      Float64Array.of(1, 2, 3),
      { values: ['a'], codes: Int32Array.of(0, 0, 0) },
      Int32Array.of(0, 1, 2),
    );
    expect(effect.rho).toBeNull();
  });
});
