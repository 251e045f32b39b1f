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
