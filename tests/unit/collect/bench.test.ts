/**
 * The interview benchmark's own parts: the 300-question form is a valid form, the answers it
 * replays make a complete valid response, and the percentiles are nearest-rank ones.
 */
import { describe, expect, it } from 'vitest';
import { checkForm, countQuestions, validateAnswers } from '../../../src/form';
import { benchAnswers, benchForm } from '../../../src/bench/collect/form';
import { distribution } from '../../../src/bench/collect/run';

describe('the interview benchmark', () => {
  it('uses a valid form of 300 questions whose replayed answers are complete and valid', () => {
    const form = benchForm();
    expect(checkForm(form)).toEqual([]);
    const questions = form.survey.filter((row) => !['begin_group', 'end_group', 'calculate'].includes(row.type));
    expect(questions).toHaveLength(300);
    expect(countQuestions(form)).toBe(320); // and 20 calculations
    expect(validateAnswers(form, Object.fromEntries(benchAnswers()))).toEqual([]);
  });

  it('reports the median and the 95th percentile by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20
    // Nearest rank: the 10th of 20 sorted values is the median, the 19th the 95th percentile.
    expect(distribution(samples)).toEqual({ count: 20, medianMs: 10, p95Ms: 19, maxMs: 20 });
    expect(distribution([7])).toEqual({ count: 1, medianMs: 7, p95Ms: 7, maxMs: 7 });
  });
});

describe('the type-ahead benchmark', () => {
  it('searches a register read from its own CSV: every row a choice, names unique, figures for each keystroke', async () => {
    const { runTypeaheadBenchmark, typeaheadForm } = await import('../../../src/bench/collect/typeahead');
    const form = typeaheadForm(500);
    expect(checkForm(form)).toEqual([]);
    const figures = runTypeaheadBenchmark({ choices: 500 });
    expect(figures.choices).toBe(500);
    // 8 typed words, each typed letter by letter and erased again: 100 keystrokes.
    expect(figures.keystroke.count).toBe(100);
  });
});
