/**
 * The type-ahead benchmark (issue 17): a CSV register of 10,000 settlements attached to a form,
 * searched as an interviewer types, keystroke by keystroke (target: under 50 ms per keystroke).
 * Measures, in Node, what the interview screen runs on each keystroke (the best 30 matches and
 * the count of all), and what it runs once per list and language (reading the CSV into choices
 * and folding their labels into the index).
 */
import { choiceSearch, fileChoices } from '../../form';
import type { FormDefinition } from '../../form';
import { distribution, TARGET_MS, type Distribution } from './run';
import { settlementCsv } from './settlements';

export { settlementCsv };

export interface TypeaheadBenchFigures {
  choices: number;
  targetMs: number;
  /** The attached CSV read into choices (once per form version). */
  readCsvMs: number;
  /** Labels folded into the search index (once per list and language, and after each answer when the list is filtered). */
  buildIndexMs: number;
  /** One keystroke: the best 30 matches and how many match in all. */
  keystroke: Distribution;
}

export function typeaheadForm(count: number): FormDefinition {
  return {
    formId: 'typeahead_bench',
    title: 'Type-ahead benchmark',
    version: '1',
    defaultLanguage: 'kk',
    languages: [
      { code: 'kk', name: 'Kazakh' },
      { code: 'ru', name: 'Russian' },
    ],
    survey: [{ type: 'select_one', name: 'settlement', listName: 'settlements.csv', label: { kk: 'Елді мекен', ru: 'Населённый пункт' } }],
    choiceLists: [],
    attachments: [{ fileName: 'settlements.csv', text: settlementCsv(count) }],
  };
}

/** What an interviewer types: names found letter by letter, a second word, a typo, and back-spacing. */
const TYPED = ['алматы', 'жаңақөл', 'қара ауылы', 'сайбе', 'тыраз', 'ақсай кенті', 'көлшы', 'нурса'];

function keystrokes(): string[] {
  const queries: string[] = [];
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) queries.push(word.slice(0, i));
    for (let i = word.length - 1; i >= 1; i--) queries.push(word.slice(0, i));
  }
  return queries;
}

export function runTypeaheadBenchmark(options: { choices?: number; log?: (line: string) => void } = {}): TypeaheadBenchFigures {
  const count = options.choices ?? 10_000;
  const form = typeaheadForm(count);
  let start = performance.now();
  const choices = fileChoices(form, form.survey[0]);
  const readCsvMs = performance.now() - start;
  start = performance.now();
  const index = choiceSearch(choices, (choice) => choice.label.kk ?? choice.name);
  const buildIndexMs = performance.now() - start;
  const samples: number[] = [];
  // Twice over: the first pass warms the JIT, as an interviewer's first interview of the day does.
  for (let round = 0; round < 2; round++) {
    for (const query of keystrokes()) {
      start = performance.now();
      const best = index.search(query, 30);
      if (best.length === 30) index.count(query);
      if (round === 1) samples.push(performance.now() - start);
    }
  }
  const figures: TypeaheadBenchFigures = {
    choices: choices.length,
    targetMs: TARGET_MS,
    readCsvMs,
    buildIndexMs,
    keystroke: distribution(samples),
  };
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  options.log?.(`${figures.choices} choices from an attached CSV; target ${TARGET_MS} ms per keystroke`);
  options.log?.(`  read the CSV into choices: ${ms(readCsvMs)} (once per form version)`);
  options.log?.(`  build the search index:    ${ms(buildIndexMs)} (once per list and language)`);
  options.log?.(
    `  keystroke (${figures.keystroke.count}): median ${ms(figures.keystroke.medianMs)}, p95 ${ms(figures.keystroke.p95Ms)}, max ${ms(figures.keystroke.maxMs)}`,
  );
  return figures;
}
