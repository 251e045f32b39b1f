/**
 * Every catalog of words (src/common/messages): the screens' areas, the workbook, the form runtime
 * and the ready-made blocks. Each key exists in kk, ru and en with the same placeholders, no area
 * defines another's key, plural entries give the forms their language needs, and the Kazakh and
 * Russian words are Kazakh and Russian (the error catalog's test checks the coded errors so).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, plural, pluralCategory, pluralForm, type Language, type PluralMessage } from '../../../src/common/messages/catalog';
import { en, kk, ru, screenAreas } from '../../../src/common/messages/screens';
import { wordsIn } from '../../../src/common/messages/workbook';
import { answerMessages, interviewPhrases } from '../../../src/common/messages/form-runtime';
import * as blocks from '../../../src/common/messages/blocks';
import { errorText } from '../../../src/common/messages/errors';
import { latinWords } from './latin-words';

type Entry = string | PluralMessage;
const screens: Record<Language, Record<string, Entry>> = { en, kk, ru };

const forms = (entry: Entry): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholders = (entry: Entry): string[] =>
  [...new Set(forms(entry).flatMap((text) => [...text.matchAll(/(?<!\$)\{(\w+)\}/g)].map((m) => m[1])))].sort();

/** Every string under a value, with where it was: for the workbook's nested words and the blocks. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe("the screens' words", () => {
  it('every key in every language, no other key', () => {
    for (const language of LANGUAGES) expect(Object.keys(screens[language]).sort(), language).toEqual(Object.keys(en).sort());
  });

  it('no key is defined by two areas (a later area would silently win)', () => {
    for (const language of LANGUAGES) {
      const owners = new Map<string, string[]>();
      for (const [area, catalogs] of Object.entries(screenAreas)) {
        for (const key of Object.keys(catalogs[language])) owners.set(key, [...(owners.get(key) ?? []), area]);
      }
      expect(
        [...owners].filter(([, areas]) => areas.length > 1),
        language,
      ).toEqual([]);
      expect(owners.size, language).toBe(Object.keys(en).length);
    }
  });

  it('a translation fills the placeholders English fills, and no others', () => {
    const differing = Object.keys(en).flatMap((key) =>
      (['kk', 'ru'] as const)
        .filter((language) => placeholders(screens[language][key]).join() !== placeholders(screens.en[key]).join())
        .map(
          (language) => `${key} in ${language}: ${placeholders(screens[language][key]).join()} vs ${placeholders(screens.en[key]).join()}`,
        ),
    );
    expect(differing).toEqual([]);
  });

  it('plural entries are plural in every language and give the forms their language counts with', () => {
    // Russian words a count either neutrally ("всего версий: {count}", `other` only) or in all three forms.
    const complete: Record<Language, (entry: PluralMessage) => boolean> = {
      en: (entry) => Boolean(entry.one && entry.other),
      ru: (entry) => Object.keys(entry).join() === 'other' || Boolean(entry.one && entry.few && entry.many),
      kk: (entry) => Boolean(entry.other),
    };
    const wrong = Object.keys(en).flatMap((key) =>
      LANGUAGES.flatMap((language) => {
        const entry = screens[language][key];
        if (typeof entry === 'string') return typeof screens.en[key] === 'string' ? [] : [`${key} in ${language}: not plural`];
        return complete[language](entry) ? [] : [`${key} in ${language}: forms ${Object.keys(entry).join()}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('Kazakh and Russian words are not English', () => {
    const latin = Object.keys(en).flatMap((key) =>
      (['kk', 'ru'] as const).flatMap((language) =>
        forms(screens[language][key]).flatMap((text) => latinWords(text).map((word) => `${key} in ${language}: ${word} ("${text}")`)),
      ),
    );
    expect(latin).toEqual([]);
  });
});

describe('the plural rules shared by the screens, the CLI and the workbook', () => {
  it('Russian counts 1, 21, 101 as one; 2–4, 22–24 as few; 0, 5–20, 25, 111 as many', () => {
    const byCount = (counts: number[]) => counts.map((count) => pluralCategory('ru', count));
    expect(byCount([1, 21, 101, 1001])).toEqual(['one', 'one', 'one', 'one']);
    expect(byCount([2, 3, 4, 22, 34, 102])).toEqual(['few', 'few', 'few', 'few', 'few', 'few']);
    expect(byCount([0, 5, 11, 12, 14, 20, 25, 111, 1200])).toEqual(Array(9).fill('many'));
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 21)).toBe('other');
  });

  it("a screen's plural entry reads right for every kind of count", () => {
    const entry = ru['analysis.scaleName'] as PluralMessage;
    const scale = (count: number) => pluralForm(entry, 'ru', count).replace('{name}', 'T').replace('{count}', String(count));
    expect([1, 2, 5, 11, 21, 22].map(scale)).toEqual([
      'Шкала «T» (1 пункт)',
      'Шкала «T» (2 пункта)',
      'Шкала «T» (5 пунктов)',
      'Шкала «T» (11 пунктов)',
      'Шкала «T» (21 пункт)',
      'Шкала «T» (22 пункта)',
    ]);
    expect(pluralForm(kk['analysis.scaleName'] as PluralMessage, 'kk', 21)).toBe('«{name}» шкаласы ({count} тармақ)');
  });

  it('plural() inside a phrase: Kazakh keeps one form, English two, Russian three', () => {
    const forms = { one: 'ответ', few: 'ответа', many: 'ответов' };
    expect([1, 3, 5, 21, 111].map((n) => plural('ru', n, forms))).toEqual(['ответ', 'ответа', 'ответов', 'ответ', 'ответов']);
    expect([1, 2].map((n) => plural('en', n, { one: 'answer', many: 'answers' }))).toEqual(['answer', 'answers']);
    expect(plural('kk', 1, { one: 'x', many: 'жауап' })).toBe('жауап');
  });
});

describe('a count shown in Russian takes the form its number needs', () => {
  const screen = (key: keyof typeof en, count: number, params: Record<string, string | number> = {}) =>
    pluralForm(ru[key] as PluralMessage, 'ru', count).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? count));

  it('on the screens', () => {
    expect([1, 3, 5, 21].map((n) => screen('design.excluded', n))).toEqual([
      '1 ответ без переменной дизайна исключён из выборки.',
      '3 ответа без переменной дизайна исключены из выборки.',
      '5 ответов без переменной дизайна исключены из выборки.',
      '21 ответ без переменной дизайна исключён из выборки.',
    ]);
    expect([72, 75, 81].map((n) => screen('designer.name.tooLong', n, { bytes: n }))).toEqual([
      'Имя слишком длинное для SPSS (72 байта, допустимо не более 64).',
      'Имя слишком длинное для SPSS (75 байт, допустимо не более 64).',
      'Имя слишком длинное для SPSS (81 байт, допустимо не более 64).',
    ]);
    expect(screen('import.progressStatus', 21, { done: 7, total: 21 })).toBe('7 из 21 строки');
    expect(screen('quality.detail.straightlining', 4, { items: 4, group: 'Г', choice: '3' })).toBe('все 4 пункта блока «Г» с ответом 3');
    expect(screen('analysis.smallExpected', 1, { cells: 1, percent: 25 })).toMatch(/^В 1 ячейке \(25 %\)/);
  });

  it('in the coded errors the CLI, the screens and the workbook share', () => {
    expect(errorText('analysis-no-valid-answer', { count: 21, name: 'q' }, 'ru')).toBe(
      'Ни один из 21 анализируемого ответа не содержит допустимого ответа на «q».',
    );
    expect(errorText('analysis-no-valid-answer', { count: 1, name: 'q' }, 'en')).toBe(
      'none of the 1 analysed response has a valid answer to "q"',
    );
    expect(errorText('analysis-stats.correlate-too-many', { count: 22, limit: 20 }, 'ru')).toBe(
      'Для матрицы корреляций указано 22 переменные, а допустимо не более 20.',
    );
    expect(errorText('expression-too-deep', { depth: 201 }, 'ru')).toBe('Выражение вложено слишком глубоко (более 201 уровня).');
    expect(errorText('package-trailing-bytes', { file: 'a.kelisim', extra: 1 }, 'ru')).toBe(
      '«a.kelisim» повреждён (после его конца идёт 1 лишний байт).',
    );
    expect(errorText('package-trailing-bytes', { file: 'a.kelisim', extra: 3 }, 'ru')).toBe(
      '«a.kelisim» повреждён (после его конца идут 3 лишних байта).',
    );
  });
});

describe("the workbook's, the form runtime's and the blocks' words", () => {
  /** Codes the workbook's own sheets hold (paradata events and columns) and R's names it cites. */
  const SHEET_CODES = new Set([
    'start',
    'resume',
    'suspend',
    'question',
    'answer',
    'language',
    'back',
    'jump',
    'finalize',
    'reopen',
    'sequence',
    'statistic',
    'svyciprop',
  ]);

  it('the workbook has every entry in every language, Kazakh and Russian not English', () => {
    const english = strings(wordsIn('en'), 'words').map(([path]) => path);
    for (const language of ['kk', 'ru'] as const) {
      const words = strings(wordsIn(language), 'words');
      expect(
        words.map(([path]) => path),
        language,
      ).toEqual(english);
      expect(words.flatMap(([path, text]) => latinWords(text, SHEET_CODES).map((word) => `${path} in ${language}: ${word}`))).toEqual([]);
    }
  });

  it("the form runtime's messages and phrases read in kk, ru and en", () => {
    for (const [key, texts] of Object.entries({ ...answerMessages, ...interviewPhrases })) {
      for (const language of LANGUAGES) expect(texts[language].trim(), `${key} in ${language}`).not.toBe('');
      for (const language of ['kk', 'ru'] as const) expect(latinWords(texts[language]), `${key} in ${language}`).toEqual([]);
      expect(placeholders(texts.kk), key).toEqual(placeholders(texts.en));
      expect(placeholders(texts.ru), key).toEqual(placeholders(texts.en));
    }
  });

  it('the ready-made blocks read in kk, ru and en', () => {
    const texts = strings(blocks, 'blocks');
    for (const language of LANGUAGES) expect(texts.filter(([path]) => path.endsWith(`.${language}`)).length, language).toBeGreaterThan(20);
    const latin = texts
      .filter(([path]) => /\.(kk|ru)$/.test(path))
      .flatMap(([path, text]) => latinWords(text).map((word) => `${path}: ${word}`));
    expect(latin).toEqual([]);
  });
});
