import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/store/answer-codec';

describe('answer codec', () => {
  const fields = ['region', 'age', 'note_text'];

  it('round-trips answered fields and leaves unanswered ones out', () => {
    const encoded = encodeAnswers(fields, { region: 'almaty', note_text: 'Екі жол\nбар' });
    expect(decodeAnswers(fields, encoded)).toEqual({ region: 'almaty', note_text: 'Екі жол\nбар' });
  });

  it('removes control characters that would break the stored layout and XML exports', () => {
    const encoded = encodeAnswers(fields, { note_text: 'a\x1fb\x00c\td' });
    expect(decodeAnswers(fields, encoded)).toEqual({ note_text: 'abc\td' });
  });
});

describe('answer codec, bulk path', () => {
  it('cleans a value that hides a separator or another control character', async () => {
    const { encodeAnswerArray, decodeAnswerArray } = await import('../../../src/store/answer-codec');
    expect(decodeAnswerArray(encodeAnswerArray(['a', 'b\x1fc', 'd']))).toEqual(['a', 'bc', 'd']);
    expect(decodeAnswerArray(encodeAnswerArray(['a\x07', '', 'ok']))).toEqual(['a', '', 'ok']);
    expect(decodeAnswerArray(encodeAnswerArray(['3', '4', 'Шымкент']))).toEqual(['3', '4', 'Шымкент']);
  });
});

describe('answer codec, bulk path on every kind of value', () => {
  it('encodes exactly as cleaning each value and joining with the separator would', async () => {
    const { encodeAnswerArray, cleanAnswerText } = await import('../../../src/store/answer-codec');
    const pieces = [
      '',
      '1',
      '5',
      'r05',
      'kk ru',
      '12.5',
      '2026-09-01T10:00:00.000+05:00',
      'Шымкент',
      'Әлия',
      '\t',
      'a\nb',
      'x\r\ny',
      '\x1f',
      '\x00',
      '\x7f',
      '~',
      ' ',
      'é',
      '😀',
    ];
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let row = 0; row < 3000; row++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 70) }, () =>
        Array.from({ length: Math.floor(random() * 3) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
      );
      expect(encodeAnswerArray(values)).toBe(values.map(cleanAnswerText).join('\x1f'));
    }
    // A value longer than the reused buffer.
    const long = ['1', 'x'.repeat(100_000), '2'];
    expect(encodeAnswerArray(long)).toBe(long.join('\x1f'));
  });
});
