import { defineCatalog, plural } from '../catalog';

/** Interviews, answers and responses (src/collect), and respondents tables imported from CSV or Excel (src/collect/import). */

/** What was refused on a finalized interview: the core names it in English, each language says it whole. */
const FINALIZED_ACTIONS: Record<string, { kk: string; ru: string }> = {
  changed: { kk: 'өзгертуге', ru: 'изменить' },
  'finalized again': { kk: 'қайта аяқтауға', ru: 'завершить повторно' },
  discarded: { kk: 'жоюға', ru: 'удалить' },
};

export const collectErrors = defineCatalog({
  'interview-needs-interviewer': {
    kk: () => 'Сұхбатты бастамас бұрын Баптауларда сауалнамашының атын енгізіңіз: әр жауап оны кім жүргізгенін жазады.',
    ru: () => 'Перед началом интервью введите имя интервьюера в Настройках: каждый ответ записывает, кто его провёл.',
    en: () => 'enter the interviewer name in Settings before starting an interview: every response records who conducted it',
  },
  'interview-cannot-finalize': {
    kk: (p: { count: number }) => `Сұхбатты аяқтау мүмкін емес: ${p.count} сұраққа назар аудару керек.`,
    ru: (p: { count: number }) =>
      `Интервью нельзя завершить: ${p.count} ${plural('ru', p.count, { one: 'вопрос требует', few: 'вопроса требуют', many: 'вопросов требуют' })} внимания.`,
    en: (p: { count: number }) => `the interview cannot be finalized: ${p.count} question${p.count === 1 ? ' needs' : 's need'} attention`,
  },
  'interview-not-finalized': {
    kk: () => 'Бұл сұхбат аяқталмаған, сондықтан қайта ашатын ештеңе жоқ.',
    ru: () => 'Это интервью не завершено, поэтому открывать заново нечего.',
    en: () => 'this interview is not finalized, so there is nothing to reopen',
  },
  'interview-finalized': {
    kk: (p: { action: string }) =>
      `Бұл сұхбат аяқталған, оны ${FINALIZED_ACTIONS[p.action]?.kk ?? 'өзгертуге'} болмайды; алдымен оны қайта ашыңыз (бұл оның нұсқа нөмірін арттырады).`,
    ru: (p: { action: string }) =>
      `Это интервью завершено, и его нельзя ${FINALIZED_ACTIONS[p.action]?.ru ?? 'изменить'}; сначала откройте его заново (это повышает номер его редакции).`,
    en: (p: { action: string }) => `this interview is finalized and cannot be ${p.action}; reopen it first (which raises its revision)`,
  },
  'interview-stop-unknown': {
    kk: (p: { formId: string; position: string }) => `«${p.formId}» сауалнамасында тоқтайтын «${p.position}» сұрағы не тобы жоқ.`,
    ru: (p: { formId: string; position: string }) => `В анкете «${p.formId}» нет вопроса или группы «${p.position}», на которых можно остановиться.`,
    en: (p: { formId: string; position: string }) => `the form "${p.formId}" has no question or group "${p.position}" to stop at`,
  },
  'instances-not-a-list': {
    kk: () => `«instances» — өзгерістер тізімі, мысалы «{"add": "household"}» не «{"remove": "household[2]"}».`,
    ru: () => `«instances» — это список изменений, например «{"add": "household"}» или «{"remove": "household[2]"}».`,
    en: () => `"instances" is a list of changes such as {"add": "household"} or {"remove": "household[2]"}`,
  },
  'instances-not-saved': {
    kk: (p: { count: number }) => `Қайталанатын бөлімдерге енгізілген ${p.count} өзгеріс сақталмады.`,
    ru: (p: { count: number }) =>
      `${p.count} ${plural('ru', p.count, { one: 'изменение', few: 'изменения', many: 'изменений' })} повторяющихся разделов не ${p.count === 1 ? 'сохранено' : 'сохранены'}.`,
    en: (p: { count: number }) => `${p.count} change${p.count === 1 ? '' : 's'} to repeated sections ${p.count === 1 ? 'was' : 'were'} not saved`,
  },
  'answers-not-saved': {
    kk: (p: { count: number }) => `${p.count} жауап сақталмады.`,
    ru: (p: { count: number }) => `${p.count} ${plural('ru', p.count, { one: 'ответ не сохранён', few: 'ответа не сохранены', many: 'ответов не сохранены' })}.`,
    en: (p: { count: number }) => `${p.count} answer${p.count === 1 ? ' was' : 's were'} not saved`,
  },
  'responses-page-too-large': {
    kk: (p: { max: number; given: number }) => `Бір бетте ең көбі ${p.max} жауап болады, ${p.given} емес.`,
    ru: (p: { max: number; given: number }) => `На странице не более ${p.max} ответов, а не ${p.given}.`,
    en: (p: { max: number; given: number }) => `a page holds at most ${p.max} responses, not ${p.given}`,
  },
  'responses-status-invalid': {
    kk: (p: { given: string }) => `Мәртебе «draft» не «final» болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Статус должен быть «draft» или «final», а не «${p.given}».`,
    en: (p: { given: string }) => `the status is "draft" or "final", not "${p.given}"`,
  },
  'import-old-excel': {
    kk: (p: { file: string }) => `«${p.file}» — «Excel 97–2003» кітабы («.xls»): оны «.xlsx» не «CSV» ретінде сақтап, соны импорттаңыз.`,
    ru: (p: { file: string }) => `«${p.file}» — книга «Excel 97–2003» («.xls»): сохраните её как «.xlsx» или «CSV» и импортируйте их.`,
    en: (p: { file: string }) => `${p.file} is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and import that`,
  },
  'import-csv-empty': {
    kk: (p: { file: string }) => `«${p.file}» бос: бірінші жол сұрақтарды атауы керек.`,
    ru: (p: { file: string }) => `«${p.file}» пуст: первая строка должна называть вопросы.`,
    en: (p: { file: string }) => `${p.file} is empty: the first line must name the questions`,
  },
  'csv-quote-unclosed': {
    kk: (p: { file: string; line: number }) => `«${p.file}», ${p.line}-жол: тырнақшадағы мән жабылмаған (бір «"» жоқ).`,
    ru: (p: { file: string; line: number }) => `«${p.file}», строка ${p.line}: значение в кавычках не закрыто (не хватает «"»).`,
    en: (p: { file: string; line: number }) => `${p.file}, line ${p.line}: a quoted value is never closed (a " is missing)`,
  },
  'csv-text-after-quote': {
    kk: (p: { file: string; line: number; text: string }) => `«${p.file}», ${p.line}-жол: жабылатын тырнақшадан кейін күтпеген мәтін: «${p.text}».`,
    ru: (p: { file: string; line: number; text: string }) => `«${p.file}», строка ${p.line}: неожиданный текст после закрывающей кавычки: «${p.text}».`,
    en: (p: { file: string; line: number; text: string }) => `${p.file}, line ${p.line}: unexpected text after a closing quote: "${p.text}"`,
  },
  'import-workbook-damaged': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» файлын «Excel» кітабы ретінде оқу мүмкін емес; ол зақымдалған болуы мүмкін («${p.detail}»).`,
    ru: (p: { file: string; detail: string }) => `«${p.file}» не читается как книга «Excel»; возможно, она повреждена («${p.detail}»).`,
    en: (p: { file: string; detail: string }) => `${p.file} cannot be read as an Excel workbook; it may be damaged (${p.detail})`,
  },
  'import-no-worksheet': {
    kk: (p: { file: string }) => `«${p.file}» кітабында парақ жоқ.`,
    ru: (p: { file: string }) => `В «${p.file}» нет листа.`,
    en: (p: { file: string }) => `${p.file} has no worksheet`,
  },
  'import-sheet-empty': {
    kk: (p: { file: string; sheet: string }) => `«${p.file}»: «${p.sheet}» парағы бос; оның бірінші жолы сұрақтарды атауы керек.`,
    ru: (p: { file: string; sheet: string }) => `«${p.file}»: лист «${p.sheet}» пуст; его первая строка должна называть вопросы.`,
    en: (p: { file: string; sheet: string }) => `${p.file}: the sheet ${p.sheet} is empty; its first row must name the questions`,
  },
  'import-columns-unknown': {
    kk: (p: { file: string; columns: string; count: number }) => `«${p.file}»: «${p.columns}» бағаны сауалнаманың сұрағы емес; ештеңе импортталмады.`,
    ru: (p: { file: string; columns: string; count: number }) =>
      `«${p.file}»: ${p.count === 1 ? 'столбец' : 'столбцы'} «${p.columns}» не ${p.count === 1 ? 'является вопросом' : 'являются вопросами'} анкеты; ничего не импортировано.`,
    en: (p: { file: string; columns: string; count: number }) =>
      `${p.file}: the column${p.count === 1 ? '' : 's'} ${p.columns} ${p.count === 1 ? 'is' : 'are'} not ${p.count === 1 ? 'a question' : 'questions'} of the form; nothing was imported`,
  },
  'import-header-problems': {
    kk: (p: { file: string }) => `«${p.file}»: тақырып жолында мәселелер бар; ештеңе импортталмады.`,
    ru: (p: { file: string }) => `«${p.file}»: в строке заголовков есть проблемы; ничего не импортировано.`,
    en: (p: { file: string }) => `${p.file}: the header has problems; nothing was imported`,
  },
  'import-column-twice': {
    kk: (p: { name: string }) => `«${p.name}» бағаны екі рет кездеседі.`,
    ru: (p: { name: string }) => `Столбец «${p.name}» встречается дважды.`,
    en: (p: { name: string }) => `the column "${p.name}" appears twice`,
  },
  'import-column-unknown': {
    kk: (p: { name: string; formId: string; version: string }) => `«${p.name}» — «${p.formId}» сауалнамасының «${p.version}» нұсқасындағы сұрақ емес.`,
    ru: (p: { name: string; formId: string; version: string }) => `«${p.name}» — не вопрос анкеты «${p.formId}» версии «${p.version}».`,
    en: (p: { name: string; formId: string; version: string }) => `"${p.name}" is not a question of form "${p.formId}" version ${p.version}`,
  },
  'import-no-question-columns': {
    kk: (p: { file: string; formId: string }) => `«${p.file}»: бірде-бір баған «${p.formId}» сауалнамасының сұрағымен аталмаған.`,
    ru: (p: { file: string; formId: string }) => `«${p.file}»: ни один столбец не назван по вопросу анкеты «${p.formId}».`,
    en: (p: { file: string; formId: string }) => `${p.file}: no column is named after a question of form "${p.formId}"`,
  },
  'import-rows-invalid': {
    kk: (p: { file: string; invalid: number; total: number }) =>
      `«${p.file}»: ${p.total} жолдың ${p.invalid} жолында мәселе бар, сондықтан ештеңе импортталмады (оларды түзетіңіз не тек жарамды жолдарды импорттаңыз).`,
    ru: (p: { file: string; invalid: number; total: number }) =>
      `«${p.file}»: в ${p.invalid} из ${p.total} строк есть проблемы, поэтому ничего не импортировано (исправьте их или импортируйте только допустимые строки).`,
    en: (p: { file: string; invalid: number; total: number }) =>
      `${p.file}: ${p.invalid} of ${p.total} rows have problems, so nothing was imported (fix them, or import the valid rows with --skip-invalid)`,
  },
  'import-reader-silent': {
    kk: () => 'Импорт тоқтады: файлды оқитын ағын екі минут бойы жауап бермеді.',
    ru: () => 'Импорт остановлен: поток, читающий файл, не отвечает две минуты.',
    en: () => 'the import stopped: the thread reading the file has not answered for two minutes',
  },
});
