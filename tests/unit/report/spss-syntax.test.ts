import { describe, expect, it } from 'vitest';
import { DictionaryMeasure } from '../../../src/report/spss/dictionary';
import { quote, spssSyntax } from '../../../src/report/spss/syntax';
import type { ExportVariable, ValueKind, ValueLabel } from '../../../src/report/variables';

function variable(name: string, kind: ValueKind, valueLabels: ValueLabel[] = [], label = ''): ExportVariable {
  return { name, spssName: name, kind, source: { from: 'answer', field: 0 }, label, typeName: kind, valueLabels };
}
const codes = (valid: string[], missing: string[]): ValueLabel[] => [
  ...valid.map((code) => ({ code, label: `L${code}`, missing: false })),
  ...missing.map((code) => ({ code, label: `M${code}`, missing: true })),
];
const facts = {
  csvFileName: 'study.csv',
  formId: 'study',
  title: 'Study',
  versions: ['1'],
  appVersion: '0.1.0',
  exportedAt: '2025-01-01T00:00:00Z',
  language: 'en',
};

function syntaxFor(variables: ExportVariable[], values: string[][]): string {
  const measure = new DictionaryMeasure(variables);
  for (const row of values) row.forEach((text, i) => measure.observe(i, text));
  return spssSyntax(measure.dictionary(), facts);
}

describe('the SPSS dictionary measured from the CSV', () => {
  it('declares numbers only where every value is one, strings exactly as wide as the longest answer in bytes', () => {
    const syntax = syntaxFor(
      [
        variable('age', 'integer'),
        variable('income', 'decimal'),
        variable('note', 'text'),
        variable('odd', 'integer'),
        variable('city', 'textCode', codes(['almaty_city'], [])),
      ],
      [
        ['34', '1234.5', 'Әбу', '7', 'x'],
        ['-5', '80', '', 'n/a', 'x'],
        ['', '', 'abc', '', ''],
      ],
    );
    expect(syntax).toContain('    age F3.0\n'); // two digits ("34") and room for a minus sign ("-5")
    expect(syntax).toContain('    income F6.0\n'); // read with no implied decimals …
    expect(syntax).toMatch(/FORMATS income \(F6\.1\)/); // … shown with the one decimal seen ("1234.5")
    expect(syntax).toContain('    note A6\n'); // "Әбу": three Cyrillic letters, two bytes each in UTF-8
    expect(syntax).toContain('    odd A3\n'); // "n/a" is not a number: the variable becomes a string
    expect(syntax).toContain('    city A11\n'); // as wide as the longest code even if unused
  });
});

describe('MISSING VALUES within what SPSS can say', () => {
  const missingLine = (valueLabels: ValueLabel[], kind: ValueKind = 'numericCode') =>
    syntaxFor([variable('q', kind, valueLabels)], [['1']])
      .split('\n')
      .find((line) => line.startsWith('MISSING VALUES'));

  it('lists up to three codes', () => {
    expect(missingLine(codes(['1', '2'], ['8', '9']))).toBe('MISSING VALUES q (8, 9)');
  });

  it('turns four or more codes into a range when no valid code lies inside it', () => {
    expect(missingLine(codes(['1', '2', '3'], ['96', '97', '98', '99']))).toBe('MISSING VALUES q (96 THRU 99)');
    // -1 lies below the valid codes: range over the rest, -1 beside it.
    expect(missingLine(codes(['1', '2', '3'], ['-1', '97', '98', '99']))).toBe('MISSING VALUES q (97 THRU 99, -1)');
  });

  it('keeps string missing codes of at most 8 bytes, the longest SPSS allows', () => {
    expect(missingLine(codes(['yes'], ['dk', 'refused', 'not_applicable']), 'textCode')).toBe("MISSING VALUES q ('dk', 'refused')");
  });
});

describe('quoted texts', () => {
  it('doubles quotes, flattens line breaks and keeps every line of syntax short', () => {
    expect(quote("Don't know")).toBe("'Don''t know'");
    expect(quote('one\ntwo')).toBe("'one two'");
    const long = 'Қазақстандағы ұлтаралық төзімділік туралы өте ұзын сұрақ '.repeat(6);
    const quoted = quote(long);
    expect(quoted.split('\n').every((line) => Buffer.byteLength(line, 'utf8') < 256)).toBe(true);
    expect(quoted.split('\n').length).toBeGreaterThan(3);
    // The pieces joined by + give back the text.
    expect(
      quoted
        .split('\n      + ')
        .map((piece) => piece.slice(1, -1))
        .join(''),
    ).toBe(long);
  });

  it('cuts variable labels to 255 bytes and value labels to 120 at a character boundary', () => {
    const label = 'ә'.repeat(200); // 400 bytes
    const syntax = syntaxFor([variable('q', 'numericCode', [{ code: '1', label, missing: false }], label)], [['1']]);
    const pieces = (command: string) => {
      const start = syntax.indexOf(command);
      const text = syntax.slice(start, syntax.indexOf('\n.', start));
      return [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]).join('');
    };
    expect(Buffer.byteLength(pieces('VARIABLE LABELS'), 'utf8')).toBe(254); // 127 letters; a 128th would make 256
    expect(Buffer.byteLength(pieces('VALUE LABELS'), 'utf8')).toBe(120);
  });
});
