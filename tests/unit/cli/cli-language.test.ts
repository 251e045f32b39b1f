/**
 * The CLI says its errors and problems in the user's language, from the same catalog as the screens: KELISIM_LANG,
 * else the locale (LC_ALL, LC_MESSAGES, LANG; the system's on Windows). Before, a Kazakh or Russian lead at the
 * terminal read every refusal in English.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliLanguage } from '../../../src/cli/language';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { brokenWorkbook } from '../../fixtures/form/broken';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { latinWords } from '../common/latin-words';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

/** The environment a user's shell gives, without the tests' own KELISIM_LANG. */
function shell(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, KELISIM_LANG: env.KELISIM_LANG ?? '' };
}

describe('the language of the CLI', () => {
  it('is KELISIM_LANG, else the locale in POSIX order, else English', () => {
    expect(cliLanguage({ KELISIM_LANG: 'kk', LANG: 'ru_RU.UTF-8' }, 'en-US')).toBe('kk');
    expect(cliLanguage({ LANG: 'ru_RU.UTF-8' }, 'en-US')).toBe('ru');
    expect(cliLanguage({ LANG: 'kk_KZ.UTF-8' }, 'en-US')).toBe('kk');
    expect(cliLanguage({ LC_ALL: 'kk_KZ.UTF-8', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' }, 'en-US')).toBe('kk');
    expect(cliLanguage({ LC_MESSAGES: 'ru_KZ.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('ru');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8' }, 'ru-RU')).toBe('en');
    expect(cliLanguage({ LANG: 'C.UTF-8' }, 'ru-RU')).toBe('en');
    expect(cliLanguage({ LANG: 'POSIX' }, 'ru-RU')).toBe('en');
    // Windows sets no LANG: the system's locale, as Intl reads it.
    expect(cliLanguage({}, 'ru-RU')).toBe('ru');
    expect(cliLanguage({}, 'kk-KZ')).toBe('kk');
    expect(cliLanguage({}, 'en-US')).toBe('en');
  });

  it('refuses a KELISIM_LANG it does not speak instead of guessing: exit 2, nothing run', () => {
    expect(() => cliLanguage({ KELISIM_LANG: 'de' })).toThrow(expect.objectContaining({ code: 'cli-language-unknown' }));
    const db = temp.file('study.db');
    const run = kelisimProcess(['init', '--db', db], { env: shell({ KELISIM_LANG: 'kz' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kelisim: KELISIM_LANG must be kk, ru or en, not "kz"\n');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('says a refusal and each problem of a broken workbook in Russian and in Kazakh, with sheet, row and column', async () => {
    const db = temp.file('study.db');
    const workbook = temp.file('broken.xlsx');
    fs.writeFileSync(workbook, await buildWorkbook(brokenWorkbook));

    const russian = kelisimProcess(['form', 'import', '--db', db, workbook], { env: shell({ LANG: 'ru_RU.UTF-8' }) });
    expect(russian.code).toBe(2);
    expect(russian.stderr).toMatch(/^kelisim form import: .*broken\.xlsx/);
    expect(russian.stderr).toMatch(/лист survey, строка 2, столбец type: /);
    expect(russian.stderr).toMatch(/строка 6, столбец relevant: /);

    const kazakh = kelisimProcess(['form', 'import', '--db', db, workbook], { env: shell({ KELISIM_LANG: 'kk', LANG: 'en_US.UTF-8' }) });
    expect(kazakh.code).toBe(2);
    expect(kazakh.stderr).toMatch(/парақ survey, жол 2, баған type: /);
    // Every message in Kazakh, after its place (file, sheet, row, column): no English sentence left.
    for (const line of kazakh.stderr.trim().split('\n')) {
      const message = line.replace(/^kelisim form import: /, '').replace(/^\s*\S*broken\.xlsx(, [^:]*)?: /, '');
      expect(message, line).toMatch(/[\u0400-\u04FF]/);
      expect(latinWords(message, new Set(['selct_one'])), line).toEqual([]);
    }

    // The same command in English, as before.
    const english = kelisimProcess(['form', 'import', '--db', db, workbook], { env: shell({ KELISIM_LANG: 'en' }) });
    expect(english.stderr).toMatch(/sheet survey, row 2, column type: .*selct_one/);
  });

  it('says a database refusal in the user language', () => {
    const missing = temp.file('nowhere/study.db');
    const run = kelisimProcess(['info', '--db', missing], { env: shell({ LANG: 'kk_KZ.UTF-8' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kelisim info: /);
    expect(run.stderr).toMatch(/[\u0400-\u04FF]/);
  });
});

describe("the CLI's own refusals and warnings", () => {
  it("say a command's flag refusals and the unencrypted-package warning in Russian and in Kazakh, the English as before", async () => {
    const db = temp.file('study.db');
    expect((await kelisim('init', '--db', db)).code).toBe(0);

    const status = ['responses', 'list', '--db', db, '--status', 'done'];
    const russian = kelisimProcess(status, { env: shell({ KELISIM_LANG: 'ru' }) });
    expect([russian.code, russian.stderr]).toEqual([
      2,
      'kelisim responses list: значение «--status» должно быть «draft» или «final», а не «done»\n',
    ]);
    const english = await kelisim(...status);
    expect([english.code, english.stderr]).toEqual([2, 'kelisim responses list: --status is "draft" or "final", not "done"\n']);

    const missing = temp.file('no-passphrase.txt');
    const passphrase = ['package', 'export', '--db', db, '--out', temp.file('p.kelisim'), '--passphrase-file', missing];
    const kazakh = kelisimProcess(passphrase, { env: shell({ LANG: 'kk_KZ.UTF-8' }) });
    expect([kazakh.code, kazakh.stderr]).toEqual([2, `kelisim package export: құпия сөз жазылған «${missing}» файлы оқылмады\n`]);
    expect((await kelisim(...passphrase)).stderr).toBe(`kelisim package export: cannot read the passphrase file ${missing}\n`);

    const plain = kelisimProcess(['package', 'export', '--db', db, '--out', temp.file('plain.kelisim'), '--no-encryption'], {
      env: shell({ KELISIM_LANG: 'kk' }),
    });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe(
      'kelisim package export: ескерту: пакет ШИФРЛАНБАҒАН: бұл файлды алған кез келген адам жауаптарды, соның ішінде ұлты мен дінін, оқи алады.\n',
    );
    for (const said of [russian.stderr, kazakh.stderr, plain.stderr]) {
      expect(latinWords(said.replace(/^kelisim [a-z ]+: /, ''))).toEqual([]);
    }
  });
});
