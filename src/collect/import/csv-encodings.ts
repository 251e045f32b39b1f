/** What the user may say a respondents CSV is written in (see text-decoding.ts). No Node: the API contract uses it. */
export const CSV_ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export function isCsvEncoding(value: string): value is CsvEncoding {
  return (CSV_ENCODINGS as readonly string[]).includes(value);
}
