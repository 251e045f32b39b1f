import type { Choice } from './model';

/**
 * Type-ahead over long choice lists (a register of ~6,000 settlements attached as a CSV): every
 * word typed must occur in the label, case and letter forms aside; labels that start with the
 * text come first, then those with a word starting with it, then the rest, each in list order.
 * The labels are folded once when the index is built, so a keystroke is one pass of `includes`.
 */

/** Lower case, compatibility forms joined (NFKC), Russian ё read as е, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export interface ChoiceSearch {
  /**
   * At most `limit` choices matching `query` ('' matches everything), best first; only those named
   * in `offered` when given (a choice_filter's verdict, so the index outlives every answer).
   */
  search(query: string, limit?: number, offered?: ReadonlySet<string>): Choice[];
  /** How many choices match `query` in all (among `offered`). */
  count(query: string, offered?: ReadonlySet<string>): number;
}

export function choiceSearch(choices: readonly Choice[], labelOf: (choice: Choice) => string): ChoiceSearch {
  const folded = choices.map((choice) => foldForSearch(`${labelOf(choice)}`));
  const names = choices.map((choice) => foldForSearch(choice.name));
  const matches = (i: number, words: readonly string[], offered: ReadonlySet<string> | undefined) =>
    (!offered || offered.has(choices[i].name)) && words.every((word) => folded[i].includes(word) || names[i] === word);
  const wordsOf = (query: string) => foldForSearch(query).split(' ').filter(Boolean);
  return {
    search(query, limit = 50, offered) {
      const words = wordsOf(query);
      if (!words.length) return (offered ? choices.filter((choice) => offered.has(choice.name)) : choices).slice(0, limit);
      const first = words[0];
      const starts: Choice[] = [];
      const wordStarts: Choice[] = [];
      const rest: Choice[] = [];
      for (let i = 0; i < choices.length; i++) {
        if (!matches(i, words, offered)) continue;
        const label = folded[i];
        if (label.startsWith(first) || names[i] === first) starts.push(choices[i]);
        else if (label.includes(` ${first}`) || label.includes(`-${first}`)) wordStarts.push(choices[i]);
        else rest.push(choices[i]);
        // Enough that start with the text: nothing later can come before them.
        if (starts.length >= limit) break;
      }
      return [...starts, ...wordStarts, ...rest].slice(0, limit);
    },
    count(query, offered) {
      const words = wordsOf(query);
      if (!words.length && !offered) return choices.length;
      let n = 0;
      for (let i = 0; i < choices.length; i++) if (matches(i, words, offered)) n++;
      return n;
    },
  };
}
