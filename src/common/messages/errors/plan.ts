import { defineCatalog } from '../catalog';

/** Fieldwork plans: the table of assignments and quotas. */
export const planMessages = defineCatalog({
  'plan-exists': {
    kk: (p: { formId: string; assignments: number }) =>
      `«${p.formId}» сауалнамасының жоспары бар (${p.assignments} тапсырма). Оны ауыстыру үшін жаңасын ауыстыру белгісімен жүктеңіз.`,
    ru: (p: { formId: string; assignments: number }) =>
      `У анкеты «${p.formId}» уже есть план (заданий: ${p.assignments}). Чтобы заменить его, загрузите новый с пометкой «заменить».`,
    en: (p: { formId: string; assignments: number }) =>
      `The form "${p.formId}" already has a plan (${p.assignments} assignments); import the new one with replace (--replace) to swap it.`,
  },
  'plan-too-long': {
    kk: (p: { max: number }) => `Жоспарда тым көп жол бар: ең көбі ${p.max} тапсырма.`,
    ru: (p: { max: number }) => `В плане слишком много строк: не более ${p.max} заданий.`,
    en: (p: { max: number }) => `The plan has too many rows: at most ${p.max} assignments.`,
  },
  'plan-no-form': {
    kk: (p: { formId: string }) => `Бұл дерекқорда «${p.formId}» сауалнамасы жоқ.`,
    ru: (p: { formId: string }) => `В этой базе нет анкеты «${p.formId}».`,
    en: (p: { formId: string }) => `There is no form "${p.formId}" in this database.`,
  },
  'plan-invalid': {
    kk: (p: { problems: number }) => `Жоспар жүктелмеді: ${p.problems} қате табылды, ештеңе сақталған жоқ.`,
    ru: (p: { problems: number }) => `План не загружен: найдено ошибок — ${p.problems}, ничего не сохранено.`,
    en: (p: { problems: number }) => `The plan was not imported: ${p.problems} problem(s) found, nothing was stored.`,
  },
  'plan-not-saved': {
    kk: (p: { problems: number }) => `Жоспар сақталмады: ${p.problems} қате табылды, бұрынғы жоспар өзгерген жоқ.`,
    ru: (p: { problems: number }) => `План не сохранён: найдено ошибок — ${p.problems}, прежний план не изменён.`,
    en: (p: { problems: number }) => `The plan was not saved: ${p.problems} problem(s) found, the stored plan is unchanged.`,
  },
  'plan-quota-question': {
    kk: (p: { column: string; question: string }) =>
      `«${p.column}» бағаны: «${p.question}» — таңдау сұрағы емес; квота таңдау сұрағының жауабына ғана қойылады.`,
    ru: (p: { column: string; question: string }) =>
      `Столбец «${p.column}»: «${p.question}» — не вопрос с выбором ответа; квота ставится только на ответ такого вопроса.`,
    en: (p: { column: string; question: string }) =>
      `Column "${p.column}": "${p.question}" is not a choice question of the form; a quota counts one answer of such a question.`,
  },
  'plan-quota-choice': {
    kk: (p: { column: string; question: string; choice: string }) =>
      `«${p.column}» бағаны: «${p.question}» сұрағында «${p.choice}» жауабы жоқ.`,
    ru: (p: { column: string; question: string; choice: string }) =>
      `Столбец «${p.column}»: у вопроса «${p.question}» нет ответа «${p.choice}».`,
    en: (p: { column: string; question: string; choice: string }) =>
      `Column "${p.column}": the question "${p.question}" has no choice "${p.choice}".`,
  },
  'plan-unknown-column': {
    kk: (p: { column: string }) =>
      `«${p.column}» бағаны сауалнаманың сұрағы емес. Бағандар: «interviewer», «target», «id», сұрақтардың атаулары және «quota:СҰРАҚ=ЖАУАП».`,
    ru: (p: { column: string }) =>
      `Столбец «${p.column}» — не вопрос анкеты. Столбцы: «interviewer», «target», «id», имена вопросов и «quota:ВОПРОС=ОТВЕТ».`,
    en: (p: { column: string }) =>
      `The column "${p.column}" is not a question of the form. Columns are interviewer, target, id, question names and quota:QUESTION=CHOICE.`,
  },
  'plan-missing-column': {
    kk: (p: { column: string }) => `Жоспарда «${p.column}» бағаны жоқ.`,
    ru: (p: { column: string }) => `В плане нет столбца «${p.column}».`,
    en: (p: { column: string }) => `The plan has no "${p.column}" column.`,
  },
  'plan-repeated-column': {
    kk: (p: { column: string }) => `«${p.column}» бағаны екі рет берілген.`,
    ru: (p: { column: string }) => `Столбец «${p.column}» повторяется.`,
    en: (p: { column: string }) => `The column "${p.column}" appears twice.`,
  },
  'plan-no-interviewer': {
    kk: () => 'Интервьюердің аты жазылмаған.',
    ru: () => 'Не указан интервьюер.',
    en: () => 'The interviewer is missing.',
  },
  'plan-bad-target': {
    kk: (p: { value: string }) => `Жоспарлы сұхбат саны бүтін сан болуы керек, «${p.value}» емес.`,
    ru: (p: { value: string }) => `Плановое число интервью должно быть целым числом, а не «${p.value}».`,
    en: (p: { value: string }) => `The target must be a whole number of interviews, not "${p.value}".`,
  },
  'plan-bad-quota': {
    kk: (p: { value: string }) => `Квота бүтін сан болуы керек, «${p.value}» емес.`,
    ru: (p: { value: string }) => `Квота должна быть целым числом, а не «${p.value}».`,
    en: (p: { value: string }) => `A quota must be a whole number, not "${p.value}".`,
  },
  'plan-not-a-choice': {
    kk: (p: { value: string; question: string }) =>
      `«${p.value}» — «${p.question}» сұрағының жауаптарының бірі емес (жауаптың кодын жазыңыз).`,
    ru: (p: { value: string; question: string }) => `«${p.value}» — не вариант ответа на вопрос «${p.question}» (укажите код ответа).`,
    en: (p: { value: string; question: string }) =>
      `"${p.value}" is not a choice of the question "${p.question}" (give the choice's code).`,
  },
  'plan-not-a-number': {
    kk: (p: { value: string; question: string }) => `«${p.question}» сұрағына сан керек, «${p.value}» емес.`,
    ru: (p: { value: string; question: string }) => `Для вопроса «${p.question}» нужно число, а не «${p.value}».`,
    en: (p: { value: string; question: string }) => `The question "${p.question}" takes a number, not "${p.value}".`,
  },
  'plan-repeated-id': {
    kk: (p: { id: string; line: number }) => `«${p.id}» тапсырмасы ${p.line}-жолда бар.`,
    ru: (p: { id: string; line: number }) => `Задание «${p.id}» уже есть в строке ${p.line}.`,
    en: (p: { id: string; line: number }) => `The assignment id "${p.id}" is already used on row ${p.line}.`,
  },
  'plan-empty': {
    kk: () => 'Жоспарда бірде-бір тапсырма жоқ.',
    ru: () => 'В плане нет ни одного задания.',
    en: () => 'The plan has no assignments.',
  },
  'plan-package-malformed': {
    kk: (p: { detail: string }) => `Пакеттегі жұмыс жоспары бүлінген: ${p.detail}.`,
    ru: (p: { detail: string }) => `План работ в пакете повреждён: ${p.detail}.`,
    en: (p: { detail: string }) => `The fieldwork plan in the package is malformed: ${p.detail}.`,
  },
  'plan-interviewer-unknown': {
    kk: (p: { interviewer: string; formId: string }) => `«${p.formId}» жоспарында «${p.interviewer}» интервьюерінің тапсырмасы жоқ.`,
    ru: (p: { interviewer: string; formId: string }) => `В плане анкеты «${p.formId}» нет заданий интервьюера «${p.interviewer}».`,
    en: (p: { interviewer: string; formId: string }) =>
      `The plan of form "${p.formId}" has no assignments for the interviewer "${p.interviewer}".`,
  },
  'plan-package-recipient-needed': {
    kk: () => 'Пакет кімге арналғанын көрсетіңіз: бір интервьюер немесе барлығы.',
    ru: () => 'Укажите, кому предназначен пакет: одному интервьюеру или всем.',
    en: () => 'Say whom the package is for: one interviewer, or all of them.',
  },
  'plan-assignment-unknown': {
    kk: (p: { id: string; formId: string }) => `«${p.formId}» жоспарында «${p.id}» тапсырмасы жоқ.`,
    ru: (p: { id: string; formId: string }) => `В плане анкеты «${p.formId}» нет задания «${p.id}».`,
    en: (p: { id: string; formId: string }) => `The plan of form "${p.formId}" has no assignment "${p.id}".`,
  },
  'interview-not-draft-over-quota': {
    kk: () => 'Аяқталған сұхбатты квота толды деп тоқтатуға болмайды.',
    ru: () => 'Завершённое интервью нельзя прервать из-за заполненной квоты.',
    en: () => 'A finalized interview cannot be ended over quota.',
  },
  'package-review-malformed': {
    kk: (p: { index: number }) =>
      `Пакеттегі ${p.index}-тексеру шешімі бүлінген: сауалнаманың сәйкестендіргіші, шешім («қалдыру» не «қабылдамау»), себеп және уақыт қажет.`,
    ru: (p: { index: number }) =>
      `Решение проверки № ${p.index} в пакете повреждено: нужны идентификатор анкеты, решение («оставить» или «отклонить»), причина и время.`,
    en: (p: { index: number }) =>
      `Review ${p.index} in the package is malformed: it needs a response UUID, a verdict (keep or reject), a reason and a time.`,
  },
});
