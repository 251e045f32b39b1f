/**
 * CSV files attached to a form: read as ODK reads them (RFC 4180), fuzzed against fast-csv's parser;
 * choices of select_one_from_file and of the search() appearance, with their filters; and the
 * type-ahead that finds a settlement among thousands.
 */
import { parseString } from '@fast-csv/parse';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import {
  checkForm,
  choiceSearch,
  choicesOf,
  compileForm,
  evaluateFormState,
  parseCsvAttachment,
  readCsvAttachment,
  validateAnswers,
} from '../../../src/form';
import { KelisimError } from '../../../src/common/errors';

/**
 * fast-csv's reading of the same text: rows of fields. Its ignoreEmpty would also drop a row whose
 * one quoted field is a line break, which is data; so blank lines (one empty field) are dropped here.
 */
function referenceRows(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** A seeded generator, so a failing case can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 16807) % 2147483647;
    return state % n;
  };
}

const PIECES = ['a', 'Алматы', 'б', ' ', ',', '"', '""', '\n', '\r\n', 'ә', 'x y', '1'];

function randomCsv(random: (n: number) => number): string {
  const width = 1 + random(4);
  const lines: string[] = [];
  for (let r = 0; r < 1 + random(6); r++) {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) {
      let value = '';
      for (let k = random(4); k > 0; k--) value += PIECES[random(PIECES.length)];
      // A field with a comma, quote or line break is quoted, its quotes doubled, as RFC 4180 writes it;
      // so is one of spaces only, which fast-csv would otherwise take for a blank line.
      const needsQuotes = /[",\r\n]/.test(value) || (value !== '' && value.trim() === '') || random(5) === 0;
      fields.push(needsQuotes ? `"${value.replace(/"/g, '""')}"` : value);
    }
    // Header names must be distinct and non-empty for an attachment: make row 0 so.
    lines.push(r === 0 ? fields.map((_, c) => `col${c}`).join(',') : fields.join(','));
  }
  return lines.join(random(2) ? '\r\n' : '\n') + (random(2) ? '\n' : '');
}

describe('reading an attached CSV', () => {
  it('agrees with fast-csv on 500 generated files (quotes, commas, line breaks, CRLF, Cyrillic)', async () => {
    const random = generator(20261204);
    for (let i = 0; i < 500; i++) {
      const text = randomCsv(random);
      const expected = (await referenceRows(text)).filter((row) => row.length > 1 || (row.length === 1 && row[0] !== ''));
      const parsed = parseCsvAttachment('fuzz.csv', text);
      const ours = [parsed.columns, ...parsed.rows.map((row) => parsed.columns.map((column) => row[column]))];
      expect(ours, text).toEqual(expected);
    }
  });

  it('refuses what it cannot read, naming the file and the row', () => {
    const refusal = (fileName: string, text: string | Uint8Array) => {
      try {
        readCsvAttachment(fileName, typeof text === 'string' ? new TextEncoder().encode(text) : text);
      } catch (error) {
        if (error instanceof KelisimError) return { code: error.code, message: error.message };
      }
      throw new Error('accepted');
    };
    expect(refusal('list.xlsx', 'name\n')).toMatchObject({ code: 'attachment-not-csv' });
    expect(refusal('list.csv', new Uint8Array([0x6e, 0x0a, 0xc3, 0x28]))).toMatchObject({ code: 'attachment-not-utf8' });
    expect(refusal('list.csv', 'name,label\na,"open\n')).toEqual({
      code: 'attachment-csv-quote',
      message: '"list.csv" row 2: a quoted value is not closed.',
    });
    expect(refusal('list.csv', 'name,label\na,A,extra\n')).toMatchObject({
      code: 'attachment-csv-width',
      message: '"list.csv" row 2 has 3 columns where the header has 2.',
    });
    expect(refusal('list.csv', 'name,name\n')).toMatchObject({ code: 'attachment-csv-header' });
  });

  it('keeps the text without a byte-order mark', () => {
    expect(readCsvAttachment('a.csv', new TextEncoder().encode('\uFEFFname,label\nx,X\n')).text).toBe('name,label\nx,X\n');
  });
});

const SETTLEMENTS = [
  'name,label::Kazakh (kk),label::Russian (ru),district',
  'esik,Есік,Есик,enbekshikazakh',
  'talgar,Талғар,Талгар,talgar',
  'masanchi,Масаншы,Масанчи,korday',
  'sortobe,Сортөбе,Сортобе,korday',
].join('\n');

const form: FormDefinition = {
  formId: 'places',
  title: 'Places',
  version: '1',
  defaultLanguage: 'kk',
  languages: [
    { code: 'kk', name: 'Kazakh' },
    { code: 'ru', name: 'Russian' },
  ],
  survey: [
    { type: 'select_one', name: 'district', listName: 'districts', label: { kk: 'Аудан', ru: 'Район' } },
    {
      type: 'select_one',
      name: 'settlement',
      listName: 'settlements.csv',
      label: { kk: 'Елді мекен', ru: 'Населённый пункт' },
      choiceFilter: 'district = ${district}',
    },
    { type: 'select_multiple', name: 'visited', listName: 'settlements.csv', label: { kk: 'Барған жерлер', ru: 'Где бывали' } },
    {
      type: 'select_one',
      name: 'nearby',
      listName: 'search_list',
      label: { kk: 'Көрші', ru: 'Сосед' },
      appearance: "search('settlements', 'matches', 'district', ${district})",
    },
  ],
  choiceLists: [
    {
      name: 'districts',
      choices: [
        { name: 'korday', label: { kk: 'Қордай', ru: 'Кордай' } },
        { name: 'talgar', label: { kk: 'Талғар', ru: 'Талгар' } },
      ],
    },
    // search(): the one row names the CSV column of the value (name) and of the label.
    { name: 'search_list', choices: [{ name: 'name', label: { kk: 'label::Russian (ru)', ru: 'label::Russian (ru)' } }] },
  ],
  attachments: [{ fileName: 'settlements.csv', text: SETTLEMENTS }],
};

describe('choices from an attached file', () => {
  it('are the CSV rows, labelled per language, filtered by choice_filter and by search()', () => {
    expect(checkForm(form)).toEqual([]);
    const compiled = compileForm(form);
    expect(choicesOf(form, form.survey[1]).map((c) => [c.name, c.label.kk, c.label.ru])).toEqual([
      ['esik', 'Есік', 'Есик'],
      ['talgar', 'Талғар', 'Талгар'],
      ['masanchi', 'Масаншы', 'Масанчи'],
      ['sortobe', 'Сортөбе', 'Сортобе'],
    ]);
    const state = evaluateFormState(compiled, { district: 'korday' });
    expect(state.choices.settlement).toEqual(['masanchi', 'sortobe']);
    expect(state.choices.nearby).toEqual(['masanchi', 'sortobe']);
    // search()'s label column (label::Russian (ru)) is the label whatever the interview language.
    expect(choicesOf(form, form.survey[3]).map((c) => c.label.kk)).toEqual(['Есик', 'Талгар', 'Масанчи', 'Сортобе']);
  });

  it('validate answers against the file: a name not in it, or filtered out, is refused', () => {
    const problems = validateAnswers(form, { district: 'korday', settlement: 'esik', visited: 'talgar unknown' });
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['settlement', 'choice'],
      ['visited', 'choice'],
    ]);
    expect(validateAnswers(form, { district: 'korday', settlement: 'masanchi', visited: 'talgar esik' })).toEqual([]);
  });

  it('a form whose file is not attached is refused with the file and the question named', () => {
    const problems = checkForm({ ...form, attachments: [] });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'attachment-missing',
          sheet: 'survey',
          row: 3,
          column: 'type',
          field: 'settlement',
        }),
      ]),
    );
  });
});

describe('type-ahead', () => {
  const choices = ['Алматы', 'Алмалы', 'Үшарал', 'Талдықорған', 'Жаңа Алмалы', 'Ақсу', 'Ёлкино'].map((label, i) => ({
    name: `s${i}`,
    label: { kk: label },
  }));
  const index = choiceSearch(choices, (c) => c.label.kk);
  const labels = (query: string) => index.search(query).map((c) => c.label.kk);

  it('puts labels starting with the text first, then word starts, then the rest, case aside', () => {
    expect(labels('алм')).toEqual(['Алматы', 'Алмалы', 'Жаңа Алмалы']);
    expect(labels('АЛМАЛ')).toEqual(['Алмалы', 'Жаңа Алмалы']);
    expect(labels('су')).toEqual(['Ақсу']);
    expect(labels('жаңа алм')).toEqual(['Жаңа Алмалы']);
    expect(labels('елкино')).toEqual(['Ёлкино']);
    expect(labels('s3')).toEqual(['Талдықорған']);
    expect(index.count('ал')).toBe(5);
    expect(index.search('', 2)).toHaveLength(2);
  });

  it('searches only the choices a choice_filter offers, when told which', () => {
    const offered = new Set(['s1', 's4']);
    expect(index.search('алм', 50, offered).map((c) => c.label.kk)).toEqual(['Алмалы', 'Жаңа Алмалы']);
    expect(index.count('алм', offered)).toBe(2);
    expect(index.count('', offered)).toBe(2);
    expect(index.search('', 50, offered)).toHaveLength(2);
  });
});
