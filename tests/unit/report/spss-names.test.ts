import { describe, expect, it } from 'vitest';
import { cutToBytes, isValidSpssName, spssNames } from '../../../src/report/spss/names';
import { startsPsppCommand } from '../../../src/report/spss/syntax';

describe('SPSS variable names', () => {
  it('keeps names SPSS accepts, Kazakh and Russian letters included', () => {
    const names = ['region', 'tol_01', 'languages__kk', 'жасы', 'өңір.аты', 'end', 'Q1@x'];
    expect(spssNames(names)).toEqual(names);
  });

  it('renames what SPSS refuses, by rules a researcher can redo by hand', () => {
    expect(spssNames(['sub-district', '_private', '1st_choice', 'with', 'BY', 'total.'])).toEqual([
      'sub_district', // a hyphen is not allowed: _
      'v_private', // a name must start with a letter: v in front
      'v1st_choice',
      'with_', // reserved keywords (ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH) get _
      'BY_',
      'total_', // a name may not end in a period
    ]);
  });

  it('cuts long names to 64 bytes at a character boundary (a Cyrillic letter is two bytes)', () => {
    const long = 'очень_длинное_имя_переменной_на_русском_языке';
    const [name] = spssNames([long]);
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(64);
    expect(long.startsWith(name)).toBe(true);
    expect(name).toBe('очень_длинное_имя_переменной_на_ру'); // 29 letters × 2 bytes + 5 underscores = 63 bytes; one more letter would make 65
    expect(cutToBytes('аәб', 3)).toBe('а');
  });

  it('makes every name unique without regard to case, valid names keeping theirs', () => {
    // "a_b" is valid and keeps its name although "a-b", earlier in the list, would become "a_b" too.
    expect(spssNames(['a-b', 'a_b', 'Age', 'age', 'a.b'])).toEqual(['a_b_2', 'a_b', 'Age', 'age_2', 'a.b']);
    const many = spssNames(Array.from({ length: 3 }, () => `${'x'.repeat(70)}`));
    expect(many).toEqual(['x'.repeat(64), `${'x'.repeat(62)}_2`, `${'x'.repeat(62)}_3`]);
    expect(many.every(isValidSpssName)).toBe(true);
  });

  it('knows which first words make PSPP 1.6 start a new command mid-command', () => {
    // Found by running PSPP 1.6.2 on GET DATA lists with each word first on a line (see syntax.ts).
    expect(['comment', 'COMM', 'comme', 'doc', 'Document', 'define'].map(startsPsppCommand)).toEqual([true, true, true, true, true, true]);
    expect(['com', 'commentary', 'do', 'documents', 'def', 'title', 'end'].map(startsPsppCommand)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
