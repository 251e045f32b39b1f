import { defineCatalog } from '../catalog';

/**
 * Expressions (src/form/expr) and what they read at run time: secondary instances, pulldata() and
 * the CSV files attached to a form; and what Kelisim will not run (a regex() pattern that needs backtracking).
 */
export const expressionErrors = defineCatalog({
  'regex-needs-backtracking': {
    kk: (p: { pattern: string }) =>
      `«regex()» үлгісі «${p.pattern}» кері сілтемені, алға не артқа қарауды немесе иеленуші кванторды қолданады: мұндай үлгіні бағдарлама сызықтық уақытта тексере алмайды, сондықтан оны орындамайды. Үлгіні осы құралдарсыз жазыңыз.`,
    ru: (p: { pattern: string }) =>
      `Шаблон «regex()» «${p.pattern}» использует обратную ссылку, просмотр вперёд или назад либо сверхжадный квантификатор: такой шаблон программа не может проверить за линейное время и поэтому не выполняет. Перепишите шаблон без этих средств.`,
    en: (p: { pattern: string }) =>
      `The regex() pattern "${p.pattern}" uses a back-reference, lookahead or lookbehind, or a possessive quantifier: Kelisim cannot check such a pattern in linear time, so it does not run it. Rewrite the pattern without them.`,
  },
  'xlsform-itext-unknown': {
    kk: (p: { id: string; text: string }) =>
      `«${p.text}» өрнегіндегі «jr:itext('${p.id}')» пішіннің ешбір мәтінін атамайды. Сұрақтың белгісі «/data/сұрақ:label» (түсіндірмесі «:hint»), ал жауап нұсқасы «тізім-0» түрінде аталады (нұсқаның тізімдегі нөлден басталған реті).`,
    ru: (p: { id: string; text: string }) =>
      `«jr:itext('${p.id}')» в выражении «${p.text}» не называет ни одного текста формы. Подпись вопроса называется «/data/вопрос:label» (подсказка — «:hint»), вариант ответа — «список-0» (его номер в списке, считая с нуля).`,
    en: (p: { id: string; text: string }) =>
      `jr:itext('${p.id}') in "${p.text}" names no text of this form. A question's label is named /data/question:label (its hint :hint), a choice list-0 (its place in the list, counting from 0).`,
  },
  'attachment-not-csv': {
    kk: (p: { file: string }) => `«${p.file}» файлы CSV емес: формаға тек .csv файлдарын тіркеуге болады.`,
    ru: (p: { file: string }) => `Файл «${p.file}» не CSV: к форме можно прикрепить только файлы .csv.`,
    en: (p: { file: string }) => `"${p.file}" is not a CSV file: only .csv files can be attached to a form.`,
  },
  'attachment-not-utf8': {
    kk: (p: { file: string }) => `«${p.file}» файлы UTF-8 кодтауында емес. Оны UTF-8 ретінде сақтап, қайта тіркеңіз.`,
    ru: (p: { file: string }) => `Файл «${p.file}» не в кодировке UTF-8. Сохраните его как UTF-8 и прикрепите снова.`,
    en: (p: { file: string }) => `"${p.file}" is not UTF-8 text. Save it as UTF-8 and attach it again.`,
  },
  'attachment-csv-quote': {
    kk: (p: { file: string; row: number }) => `«${p.file}» файлының ${p.row}-жолында тырнақша жабылмаған.`,
    ru: (p: { file: string; row: number }) => `В файле «${p.file}» в строке ${p.row} не закрыта кавычка.`,
    en: (p: { file: string; row: number }) => `"${p.file}" row ${p.row}: a quoted value is not closed.`,
  },
  'attachment-csv-width': {
    kk: (p: { file: string; row: number; found: number; expected: number }) =>
      `«${p.file}» файлының ${p.row}-жолында ${p.found} баған бар, ал тақырып жолында ${p.expected}.`,
    ru: (p: { file: string; row: number; found: number; expected: number }) =>
      `В файле «${p.file}» в строке ${p.row} столбцов: ${p.found}, а в заголовке: ${p.expected}.`,
    en: (p: { file: string; row: number; found: number; expected: number }) =>
      `"${p.file}" row ${p.row} has ${p.found} columns where the header has ${p.expected}.`,
  },
  'attachment-csv-header': {
    kk: (p: { file: string; column: string }) =>
      `«${p.file}» файлының тақырып жолында «${p.column}» бағаны жоқ немесе бос не қайталанған атау бар.`,
    ru: (p: { file: string; column: string }) =>
      `В заголовке файла «${p.file}» нет столбца «${p.column}», либо в нём пустое или повторяющееся имя.`,
    en: (p: { file: string; column: string }) =>
      `The header of "${p.file}" lacks the column "${p.column}", or has an empty or repeated column name.`,
  },
  'attachment-too-large': {
    kk: (p: { file: string; limit: string }) => `«${p.file}» файлы тым үлкен (шегі ${p.limit}).`,
    ru: (p: { file: string; limit: string }) => `Файл «${p.file}» слишком велик (предел ${p.limit}).`,
    en: (p: { file: string; limit: string }) => `"${p.file}" is too large (the limit is ${p.limit}).`,
  },
  'attachment-missing': {
    kk: (p: { file: string; field: string }) =>
      `«${p.field}» сұрағы «${p.file}» файлынан таңдау алады, бірақ бұл файл формаға тіркелмеген. Оны «kelisim form attach» арқылы тіркеңіз.`,
    ru: (p: { file: string; field: string }) =>
      `Вопрос «${p.field}» берёт варианты из файла «${p.file}», но этот файл не прикреплён к форме. Прикрепите его командой «kelisim form attach».`,
    en: (p: { file: string; field: string }) =>
      `The question "${p.field}" takes its choices from "${p.file}", which is not attached to the form. Attach it with \`kelisim form attach\`.`,
  },
});
