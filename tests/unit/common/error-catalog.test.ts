import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../../src/common/messages/errors';
import { codedError, localizedMessage } from '../../../src/common/errors';
import { latinWords } from './latin-words';
import { ANSWER_PROBLEM_CODES, answerMessage, answerMessages, type AnswerMessage } from '../../../src/common/messages/form-runtime';

/** Each area's catalog file (src/common/messages/errors/*.ts) by name, as the index joins them (the index left out). */
async function areaModules(): Promise<[string, Record<string, unknown>][]> {
  const folder = path.resolve(import.meta.dirname, '../../../src/common/messages/errors');
  const files = fs.readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
  return Promise.all(
    files.map(async (file): Promise<[string, Record<string, unknown>]> => [
      file,
      (await import(path.join(folder, file))) as Record<string, unknown>,
    ]),
  );
}

const isPhrase = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  ['kk', 'ru', 'en'].every((language) => typeof (value as Record<string, unknown>)[language] === 'function');

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

  it('no code is defined in two area files (the index would keep one and silently drop the other)', async () => {
    const definedIn = new Map<string, string[]>();
    for (const [file, module] of await areaModules()) {
      for (const exported of Object.values(module)) {
        if (typeof exported !== 'object' || exported === null || !Object.values(exported as object).some(isPhrase)) continue;
        for (const [code, phrase] of Object.entries(exported))
          if (isPhrase(phrase)) definedIn.set(code, [...(definedIn.get(code) ?? []), file]);
      }
    }
    expect(definedIn.size).toBe(Object.keys(errorCatalog).length);
    expect([...definedIn].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('every reason an answer is refused has a code, and the code says what the interview says, in each language', () => {
    const values = { value: 'x', field: 'q', start: 0, end: 10, step: 2, expected: 3, actual: 1 };
    for (const key of Object.keys(answerMessages) as AnswerMessage[]) {
      const code = ANSWER_PROBLEM_CODES[key];
      expect(code in errorCatalog, key).toBe(true);
      for (const language of ['kk', 'ru', 'en'] as const) {
        const phrase = (errorCatalog as Record<string, Record<string, (p: unknown) => string>>)[code][language];
        expect(phrase(values)).toBe(answerMessage(key, language, values));
      }
    }
    // A form's own required_message or constraint_message is said as the form wrote it.
    expect(localizedMessage({ message: 'x', code: 'answer-constraint', params: { own: 'Жасы 18-ден асуы керек.' } }, 'ru')).toBe(
      'Жасы 18-ден асуы керек.',
    );
  });

  it('a coded error carries its English words, and translates by code', () => {
    const error = codedError('bad-input', 'expression-too-deep', { depth: 200 });
    expect(error.message).toBe('The expression is nested too deeply (more than 200 levels).');
    expect(error.toPayload()).toMatchObject({ code: 'expression-too-deep', params: { depth: 200 } });
    expect(localizedMessage(error.toPayload(), 'ru')).toBe('Выражение вложено слишком глубоко (более 200 уровней).');
    expect(localizedMessage({ message: 'plain' }, 'kk')).toBe('plain');
  });
});
