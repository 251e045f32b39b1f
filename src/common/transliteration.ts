/**
 * Cyrillic letters of Kazakh and Russian in Latin, close to the 2021 Kazakh Latin alphabet (қ → q, ғ → gh): how a
 * form's title becomes its identifier, and the first step of reading a region's name whatever its alphabet.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  і: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Each Cyrillic letter of `text` in Latin (by `table`, the standard one unless given); other characters as they are. */
export function transliterate(text: string, table: Readonly<Record<string, string>> = CYRILLIC_TO_LATIN): string {
  return [...text].map((char) => table[char] ?? char).join('');
}
