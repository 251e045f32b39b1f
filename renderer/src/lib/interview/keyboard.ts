/**
 * Keyboard-first answering. Number keys pick choices: 1–9, and 0 for the tenth. A list of more than
 * ten choices takes two digits typed in quick succession ("1", "2" → the twelfth), as paper
 * questionnaires number their codes. No DOM here (see focus.ts), so tests run it under Node.
 */

/** How long the second digit of a two-digit choice number may wait after the first. */
export const DIGIT_PAUSE_MS = 800;

export class ChoiceNumberReader {
  #typed = '';
  #at = 0;
  #field = '';

  /**
   * The 0-based choice a digit picks in a list of `count` choices, or undefined when it picks
   * none (a first digit that may start a two-digit number still picks its own choice at once).
   */
  read(field: string, digit: string, count: number, now: number = Date.now()): number | undefined {
    if (count <= 10) {
      this.#typed = '';
      const number = digit === '0' ? 10 : Number(digit);
      return number <= count ? number - 1 : undefined;
    }
    const continues = field === this.#field && now - this.#at <= DIGIT_PAUSE_MS && this.#typed.length === 1;
    const typed = continues ? this.#typed + digit : digit;
    this.#field = field;
    this.#at = now;
    const number = Number(typed);
    if (continues && number >= 1 && number <= count) {
      this.#typed = '';
      return number - 1;
    }
    this.#typed = digit;
    return digit !== '0' && Number(digit) <= count ? Number(digit) - 1 : undefined;
  }
}

/** The number shown beside a choice: 1–9 and 0 for the tenth in short lists, 1…n in long ones. */
export function choiceKey(index: number, count: number): string {
  if (count <= 10) return index === 9 ? '0' : String(index + 1);
  return String(index + 1);
}

/**
 * The digit a key stands for, by the key's place on the keyboard rather than the character it
 * types: the Kazakh layout puts ә, і, ң, ғ, ү, ұ, қ, ө, һ on the number row, and a clerk typing
 * Kazakh answers must still pick choices with it. The numeric keypad counts too.
 */
export function digitOfKey(event: { code: string; key: string }): string | undefined {
  const placed = /^(?:Digit|Numpad)([0-9])$/.exec(event.code);
  if (placed) return placed[1];
  return /^[0-9]$/.test(event.key) ? event.key : undefined;
}
