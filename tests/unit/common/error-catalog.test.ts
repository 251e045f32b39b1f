import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../../src/common/messages/errors';
import { codedError, localizedMessage } from '../../../src/common/errors';
import { latinWords } from './latin-words';

/** Sample parameters: every placeholder a phrase may read gets a value that shows in its text. */
const sampleParams = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `«${key}»` : undefined) });

describe('the error catalog', () => {
  for (const [code, phrase] of Object.entries(errorCatalog)) {
    it(`${code} reads in kk, ru and en`, () => {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const text = (phrase as Record<string, (p: unknown) => string>)[language](sampleParams);
        expect(text.trim().length, `${code} in ${language}`).toBeGreaterThan(0);
        if (language !== 'en') expect(latinWords(text), `${code} in ${language}: "${text}"`).toEqual([]);
      }
    });
  }

  it('a coded error carries its English words, and translates by code', () => {
    const error = codedError('bad-input', 'expression-too-deep', { depth: 200 });
    expect(error.message).toBe('The expression is nested too deeply (more than 200 levels).');
    expect(error.toPayload()).toMatchObject({ code: 'expression-too-deep', params: { depth: 200 } });
    expect(localizedMessage(error.toPayload(), 'ru')).toBe('Выражение вложено слишком глубоко (более 200 уровней).');
    expect(localizedMessage({ message: 'plain' }, 'kk')).toBe('plain');
  });
});
