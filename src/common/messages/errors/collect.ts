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
    ru: (p: { formId: string; position: string }) =>
      `В анкете «${p.formId}» нет вопроса или группы «${p.position}», на которых можно остановиться.`,
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
    en: (p: { count: number }) =>
      `${p.count} change${p.count === 1 ? '' : 's'} to repeated sections ${p.count === 1 ? 'was' : 'were'} not saved`,
  },
  'answers-not-saved': {
    kk: (p: { count: number }) => `${p.count} жауап сақталмады.`,
    ru: (p: { count: number }) =>
      `${p.count} ${plural('ru', p.count, { one: 'ответ не сохранён', few: 'ответа не сохранены', many: 'ответов не сохранены' })}.`,
    en: (p: { count: number }) => `${p.count} answer${p.count === 1 ? ' was' : 's were'} not saved`,
  },
  'answer-no-question': {
    kk: (p: { key: string }) => `Сауалнамада «${p.key}» сұрағы жоқ.`,
    ru: (p: { key: string }) => `В анкете нет вопроса «${p.key}».`,
    en: (p: { key: string }) => `the form has no question "${p.key}"`,
  },
  'answer-calculated': {
    kk: (p: { name: string }) => `«${p.name}» мәнін сауалнама өзі есептейді, оған жауап берілмейді.`,
    ru: (p: { name: string }) => `«${p.name}» вычисляется анкетой и ответа не принимает.`,
    en: (p: { name: string }) => `"${p.name}" is calculated by the form and takes no answer`,
  },
  'answer-metadata': {
    kk: (p: { name: string }) => `«${p.name}» мәнін құрылғы өзі жазады, оған жауап берілмейді.`,
    ru: (p: { name: string }) => `«${p.name}» записывается устройством и ответа не принимает.`,
    en: (p: { name: string }) => `"${p.name}" is recorded by the device and takes no answer`,
  },
  'answer-repeat-section': {
    kk: (p: { name: string }) =>
      `«${p.name}» — қайталанатын бөлім: оның сұрақтарына әр дана бойынша жауап беріңіз («${p.name}[1].…»), ал даналарды «instances» арқылы қосыңыз не алып тастаңыз.`,
    ru: (p: { name: string }) =>
      `«${p.name}» — повторяющийся раздел: отвечайте на его вопросы по экземплярам («${p.name}[1].…»), а экземпляры добавляйте и удаляйте через «instances».`,
    en: (p: { name: string }) =>
      `"${p.name}" is a repeated section: answer its questions instance by instance ("${p.name}[1].…") and add or remove instances with "instances"`,
  },
  'answer-takes-none': {
    kk: (p: { name: string; type: string }) => `«${p.name}» — «${p.type}» түрі, оған жауап берілмейді.`,
    ru: (p: { name: string; type: string }) => `«${p.name}» имеет тип «${p.type}» и ответа не принимает.`,
    en: (p: { name: string; type: string }) => `"${p.name}" is a ${p.type} and takes no answer`,
  },
  'answer-not-in-repeat': {
    kk: (p: { name: string; key: string }) =>
      `«${p.name}» қайталанатын бөлімде емес: оның жауабын «${p.key}» емес, «${p.name}» деп беріңіз.`,
    ru: (p: { name: string; key: string }) => `«${p.name}» не в повторяющемся разделе: давайте его ответ как «${p.name}», а не «${p.key}».`,
    en: (p: { name: string; key: string }) => `"${p.name}" is not in a repeated section: give its answer as "${p.name}", not "${p.key}"`,
  },
  'answer-needs-instance': {
    kk: (p: { name: string; repeat: string; example: string }) =>
      `«${p.name}» «${p.repeat}» қайталанатын бөлімінде: оның жауабын бір дана үшін беріңіз, мысалы «${p.example}».`,
    ru: (p: { name: string; repeat: string; example: string }) =>
      `«${p.name}» находится в повторяющемся разделе «${p.repeat}»: давайте его ответ для одного экземпляра, например «${p.example}».`,
    en: (p: { name: string; repeat: string; example: string }) =>
      `"${p.name}" is in the repeated section "${p.repeat}": give its answer for one instance, e.g. "${p.example}"`,
  },
  'answer-wrong-path': {
    kk: (p: { key: string; name: string; example: string }) =>
      `«${p.key}» жолы «${p.name}» сұрағына апармайды; оған «${p.example}» арқылы жетеді.`,
    ru: (p: { key: string; name: string; example: string }) => `«${p.key}» не ведёт к «${p.name}», к нему ведёт «${p.example}».`,
    en: (p: { key: string; name: string; example: string }) =>
      `"${p.key}" does not lead to "${p.name}", which is reached as "${p.example}"`,
  },
  'answer-read-only': {
    kk: (p: { name: string }) => `Сауалнамада «${p.name}» тек оқуға арналған және берілген жауабын сақтайды.`,
    ru: (p: { name: string }) => `«${p.name}» в анкете только для чтения и сохраняет данный ему ответ.`,
    en: (p: { name: string }) => `"${p.name}" is read-only in the form and keeps the answer it was given`,
  },
  'answer-not-text': {
    kk: (p: { key: string; given: string }) => `«${p.key}» сұрағының жауабы мәтін болуы керек, «${p.given}» емес.`,
    ru: (p: { key: string; given: string }) => `Ответ на «${p.key}» должен быть текстом, а не «${p.given}».`,
    en: (p: { key: string; given: string }) => `the answer to "${p.key}" must be text, not ${p.given}`,
  },
  'answer-too-long': {
    kk: (p: { key: string; max: number }) => `«${p.key}» сұрағының жауабы ${p.max} таңбадан ұзын.`,
    ru: (p: { key: string; max: number }) =>
      `Ответ на «${p.key}» длиннее ${p.max} ${plural('ru', p.max, { one: 'символа', many: 'символов' })}.`,
    en: (p: { key: string; max: number }) => `the answer to "${p.key}" is longer than ${p.max} characters`,
  },
  'answer-not-choices': {
    kk: (p: { names: string; name: string; count: number }) => `«${p.names}» — «${p.name}» сұрағының нұсқасы емес.`,
    ru: (p: { names: string; name: string; count: number }) =>
      `«${p.names}» — ${p.count === 1 ? 'не вариант' : 'не варианты'} вопроса «${p.name}».`,
    en: (p: { names: string; name: string; count: number }) =>
      `"${p.names}" ${p.count === 1 ? 'is not a choice' : 'are not choices'} of "${p.name}"`,
  },
  'answer-instance-missing': {
    kk: (p: { instance: string }) => `Бұл сұхбатта «${p.instance}» жоқ: оның ішінде жауап бермес бұрын сол дананы қосыңыз.`,
    ru: (p: { instance: string }) => `В этом интервью нет «${p.instance}»: добавьте этот экземпляр, прежде чем отвечать в нём.`,
    en: (p: { instance: string }) => `there is no ${p.instance} in this interview: add that instance before answering in it`,
  },
  'instances-change-invalid': {
    kk: (p: { given: string }) =>
      `«${p.given}» — қайталанатын бөлімнің өзгерісі емес: «{"add": "household"}» не «{"remove": "household[2]"}» деп жазыңыз.`,
    ru: (p: { given: string }) =>
      `«${p.given}» — не изменение повторяющегося раздела: пишите «{"add": "household"}» или «{"remove": "household[2]"}».`,
    en: (p: { given: string }) =>
      `${p.given} is not a change to a repeated section: write {"add": "household"} or {"remove": "household[2]"}`,
  },
  'instances-no-repeat': {
    kk: (p: { text: string }) => `Сауалнамада «${p.text}» қайталанатын бөлімі жоқ.`,
    ru: (p: { text: string }) => `В анкете нет повторяющегося раздела «${p.text}».`,
    en: (p: { text: string }) => `the form has no repeated section "${p.text}"`,
  },
  'instances-not-relevant': {
    kk: (p: { text: string }) => `Басқа жауаптарға қарағанда «${p.text}» сұралмайды, сондықтан оған дана қосылмайды.`,
    ru: (p: { text: string }) => `При других ответах «${p.text}» не задаётся, поэтому экземпляров не принимает.`,
    en: (p: { text: string }) => `"${p.text}" is not asked given the other answers, so it takes no instances`,
  },
  'instances-cannot-add': {
    kk: (p: { instance: string }) => `Бұл сұхбатта «${p.instance}» жоқ немесе оның жауаптарын оқу мүмкін емес.`,
    ru: (p: { instance: string }) => `В этом интервью нет «${p.instance}», или его ответы не читаются.`,
    en: (p: { instance: string }) => `there is no ${p.instance} in this interview, or its answers cannot be read`,
  },
  'instances-path-invalid': {
    kk: (p: { text: string }) => `«${p.text}» қайталанатын бөлімнің ешбір данасын атамайды («household[2]» сияқты жазыңыз).`,
    ru: (p: { text: string }) => `«${p.text}» не называет экземпляр повторяющегося раздела (пишите как «household[2]»).`,
    en: (p: { text: string }) => `"${p.text}" names no instance of a repeated section (write it like "household[2]")`,
  },
  'instances-instance-missing': {
    kk: (p: { text: string }) => `Бұл сұхбатта «${p.text}» жоқ.`,
    ru: (p: { text: string }) => `В этом интервью нет «${p.text}».`,
    en: (p: { text: string }) => `there is no ${p.text} in this interview`,
  },
  'instances-counted': {
    kk: (p: { name: string; count: string }) =>
      `«${p.name}» неше рет қайталанатынын сауалнама өзі белгілейді («${p.count}»), сондықтан оның даналары сол санға сай келеді және бір-бірден қосылмайды не алынбайды.`,
    ru: (p: { name: string; count: string }) =>
      `Сколько раз повторяется «${p.name}», задаёт анкета («${p.count}»), поэтому его экземпляры следуют этому числу и не добавляются и не удаляются по одному.`,
    en: (p: { name: string; count: string }) =>
      `the form sets how many times "${p.name}" repeats (repeat_count ${p.count}), so its instances follow that count and are not added or removed one by one`,
  },
  'responses-page-too-large': {
    kk: (p: { max: number; given: number }) => `Бір бетте ең көбі ${p.max} жауап болады, ${p.given} емес.`,
    ru: (p: { max: number; given: number }) =>
      `На странице не более ${p.max} ${plural('ru', p.max, { one: 'ответа', many: 'ответов' })}, а не ${p.given}.`,
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
    kk: (p: { file: string; line: number; text: string }) =>
      `«${p.file}», ${p.line}-жол: жабылатын тырнақшадан кейін күтпеген мәтін: «${p.text}».`,
    ru: (p: { file: string; line: number; text: string }) =>
      `«${p.file}», строка ${p.line}: неожиданный текст после закрывающей кавычки: «${p.text}».`,
    en: (p: { file: string; line: number; text: string }) =>
      `${p.file}, line ${p.line}: unexpected text after a closing quote: "${p.text}"`,
  },
  'import-workbook-damaged': {
    kk: (p: { file: string; detail: string }) =>
      `«${p.file}» файлын «Excel» кітабы ретінде оқу мүмкін емес; ол зақымдалған болуы мүмкін («${p.detail}»).`,
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
    kk: (p: { file: string; columns: string; count: number }) =>
      `«${p.file}»: «${p.columns}» бағаны сауалнаманың сұрағы емес; ештеңе импортталмады.`,
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
  'import-column-ambiguous': {
    kk: (p: { name: string; candidates: string }) =>
      `«${p.name}» бағаны бірнеше сұраққа сәйкес келеді: ${p.candidates}. Баған атауына топтың толық жолын жазыңыз (мысалы, «${p.candidates.split(', ')[0]}»).`,
    ru: (p: { name: string; candidates: string }) =>
      `Столбец «${p.name}» подходит нескольким вопросам: ${p.candidates}. Укажите в заголовке полный путь группы (например, «${p.candidates.split(', ')[0]}»).`,
    en: (p: { name: string; candidates: string }) =>
      `the column "${p.name}" fits several questions: ${p.candidates}. Write the full group path in its header (for example "${p.candidates.split(', ')[0]}")`,
  },
  'import-columns-system': {
    kk: (p: { columns: string; count: number }) =>
      `Жинау платформасы қосқан жіберу бағандары (${p.count}) жауап емес, олар оқылмай өтті: ${p.columns}.`,
    ru: (p: { columns: string; count: number }) =>
      `Служебные столбцы платформы сбора (${p.count}) не содержат ответов и пропущены: ${p.columns}.`,
    en: (p: { columns: string; count: number }) =>
      `Columns the collection platform adds about each submission (${p.count}) hold no answers and were read past: ${p.columns}.`,
  },
  'import-columns-options': {
    kk: (p: { columns: string; count: number }) =>
      `Көп жауапты сұрақтардың 0/1 бағандары (${p.count}) оқылмай өтті: жауаптың өз бағанында сол мән бар: ${p.columns}.`,
    ru: (p: { columns: string; count: number }) =>
      `Столбцы 0/1 вопросов с несколькими ответами (${p.count}) пропущены: то же содержится в столбце самого ответа: ${p.columns}.`,
    en: (p: { columns: string; count: number }) =>
      `The 0/1 columns of multiple-choice questions (${p.count}) were read past: the answer's own column holds the same: ${p.columns}.`,
  },
  'import-column-unknown': {
    kk: (p: { name: string; formId: string; version: string }) =>
      `«${p.name}» — «${p.formId}» сауалнамасының «${p.version}» нұсқасындағы сұрақ емес.`,
    ru: (p: { name: string; formId: string; version: string }) => `«${p.name}» — не вопрос анкеты «${p.formId}» версии «${p.version}».`,
    en: (p: { name: string; formId: string; version: string }) =>
      `"${p.name}" is not a question of form "${p.formId}" version ${p.version}`,
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
      `«${p.file}»: в ${p.invalid} из ${p.total} ${plural('ru', p.total, { one: 'строки', many: 'строк' })} есть проблемы, поэтому ничего не импортировано (исправьте их или импортируйте только допустимые строки).`,
    en: (p: { file: string; invalid: number; total: number }) =>
      `${p.file}: ${p.invalid} of ${p.total} rows have problems, so nothing was imported (fix them, or import the valid rows with --skip-invalid)`,
  },
  'import-reader-silent': {
    kk: () => 'Импорт тоқтады: файлды оқитын ағын екі минут бойы жауап бермеді.',
    ru: () => 'Импорт остановлен: поток, читающий файл, не отвечает две минуты.',
    en: () => 'the import stopped: the thread reading the file has not answered for two minutes',
  },
  'import-cell-without-column': {
    kk: (p: { value: string; column: number }) => `«${p.value}» мәні ${p.column}-бағанда тұр, ал тақырып жолында бұл бағанның атауы жоқ.`,
    ru: (p: { value: string; column: number }) =>
      `Значение «${p.value}» стоит в столбце ${p.column}, у которого нет названия в строке заголовков.`,
    en: (p: { value: string; column: number }) => `"${p.value}" stands in column ${p.column}, which has no name in the header`,
  },
  'import-thread-csv-only': {
    kk: (p: { file: string }) =>
      `«${p.file}»: импорттың оқу ағыны тек «CSV» файлдарын оқиды; бұл кестені Kelisim өз ағынында оқуы керек еді (бағдарламадағы қате).`,
    ru: (p: { file: string }) =>
      `«${p.file}»: поток чтения импорта читает только файлы «CSV»; эту таблицу Kelisim должен был читать в своём потоке (ошибка программы).`,
    en: (p: { file: string }) =>
      `${p.file}: the import's reading thread reads CSV files only; Kelisim should have read this table in its own thread (a bug)`,
  },
});
