/** Synthetic settlement registers for the type-ahead benchmark and tests; imports nothing. */

const SYLLABLES = [
  'ал',
  'ма',
  'ты',
  'қа',
  'ра',
  'та',
  'ғай',
  'бе',
  'ке',
  'сай',
  'тө',
  'бе',
  'жаң',
  'са',
  'ну',
  'ыр',
  'ақ',
  'көл',
  'шы',
  'ғыс',
];
const KINDS = ['ауылы', 'кенті', 'қаласы', 'станциясы'];

/** A deterministic register of settlement names that look like Kazakhstan's (many share prefixes). */
export function settlementCsv(count: number): string {
  let state = 42;
  const random = (n: number) => {
    state = (state * 16807) % 2147483647;
    return state % n;
  };
  const lines = ['name,label::Kazakh (kk),label::Russian (ru),district'];
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let k = 2 + random(3); k > 0; k--) word += SYLLABLES[random(SYLLABLES.length)];
    const name = word[0].toUpperCase() + word.slice(1);
    lines.push(`s${i},${name} ${KINDS[random(KINDS.length)]},${name},d${random(200)}`);
  }
  return `${lines.join('\n')}\n`;
}
